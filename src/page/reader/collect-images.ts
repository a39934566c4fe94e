import type { DraftImage } from '../../model/clipping-draft';

/** Bounds so one huge page cannot exhaust memory or the message size limit. */
const MAX_IMAGE_BYTES = 8 * 1024 * 1024;
const MAX_TOTAL_BYTES = 32 * 1024 * 1024;
const TIMEOUT_MS = 10000;

function readAsDataUrl(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(blob);
  });
}

/**
 * Reads the article's images so the clipping works offline. These are the only requests the
 * extension makes, and only when the user saves: the page's own images, usually from the
 * cache. A cross-origin image without CORS is refused by the browser; the clipping then keeps
 * its URL and says so.
 */
export async function collectImages(
  urls: readonly string[],
  signal?: AbortSignal,
): Promise<DraftImage[]> {
  const images: DraftImage[] = [];
  let total = 0;
  for (const url of urls) {
    // Globally unique, so html `ra-image:<ref>` points at the stored image whatever clipping it lands in.
    const ref = crypto.randomUUID();
    try {
      const timeout = AbortSignal.timeout(TIMEOUT_MS);
      const response = await fetch(url, {
        cache: 'force-cache',
        credentials: 'same-origin',
        signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
      });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const blob = await response.blob();
      if (!blob.type.startsWith('image/'))
        throw new Error(`not an image (${blob.type || 'unknown type'})`);
      if (blob.size > MAX_IMAGE_BYTES) throw new Error('larger than 8 MB');
      if (total + blob.size > MAX_TOTAL_BYTES)
        throw new Error('the clipping already holds 32 MB of images');
      total += blob.size;
      images.push({ ref, url, dataUrl: await readAsDataUrl(blob) });
    } catch (error) {
      const reason = error instanceof Error ? error.message : 'refused';
      images.push({
        ref,
        url,
        dataUrl: null,
        problem: reason === 'Failed to fetch' ? 'refused by the site (CORS)' : reason,
      });
    }
  }
  return images;
}
