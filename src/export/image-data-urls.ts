import type { StoredImage } from '../model/stored-records';
import { bytesToBase64 } from './base64';

/**
 * `data:` URLs of stored images by id, for `clippingToHtml`. Reading a Blob is asynchronous,
 * so the caller awaits this once and the HTML export itself stays synchronous.
 */
export async function readImageDataUrls(
  images: readonly StoredImage[],
): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const image of images) {
    const bytes = new Uint8Array(await image.blob.arrayBuffer());
    const type = /^image\/[a-z0-9.+-]+$/.test(image.blob.type)
      ? image.blob.type
      : 'application/octet-stream';
    out.set(image.id, `data:${type};base64,${bytesToBase64(bytes)}`);
  }
  return out;
}
