import { canonicalKey } from '../shared/canonical-key';
import { fitBlobType, fitImageSource } from '../export/fit-record';
import { isRecordId } from '../export/record-shapes';
import type { ClippingDraft } from '../model/clipping-draft';
import { sendToTab } from '../messaging/send';
import { err, ok, type Result } from '../shared/result';
import { annotationsFor } from '../store/annotations-repository';
import { clippingFromDraft } from '../store/clipping-from-draft';
import { saveClipping } from '../store/clippings-repository';
import { openReaderDb } from '../store/open-db';
import type { StoredImage } from '../model/stored-records';
import { describeStorageError } from '../store/storage-error';
import type { SaveOutcome } from '../model/save-outcome';

/** Decodes a data: URL without fetch (extension CSP allows no connect to data:). */
export function blobFromDataUrl(dataUrl: string): Blob | null {
  const match = /^data:([^;,]*)(;base64)?,(.*)$/s.exec(dataUrl);
  if (!match) return null;
  const [, type = '', base64, payload = ''] = match;
  if (!base64) return new Blob([decodeURIComponent(payload)], { type });
  const binary = atob(payload);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return new Blob([bytes], { type });
}

/** Saves the article of a tab: one transaction with its images and the page's highlights. */
export async function saveClippingFromTab(
  tabId: number,
  extras: { tags?: string[]; note?: string } = {},
): Promise<Result<SaveOutcome>> {
  const reply = await sendToTab(tabId, 'getClippingDraft', null);
  if (!reply.ok) return err(`The page could not be read: ${reply.error}`);
  return saveDraft(reply.value, extras);
}

export async function saveDraft(
  draft: ClippingDraft,
  extras: { tags?: string[]; note?: string } = {},
): Promise<Result<SaveOutcome>> {
  if (!draft.html && !draft.text) return err('This page has no text to save.');
  const key = canonicalKey(draft.url, draft.canonicalUrl);
  const id = crypto.randomUUID();
  const now = Date.now();
  const images: StoredImage[] = [];
  const missing: SaveOutcome['imagesMissing'] = [];
  for (const image of draft.images) {
    const blob = image.dataUrl ? blobFromDataUrl(image.dataUrl) : null;
    // A data: image keeps only its header as the source: its bytes are the Blob.
    const sourceUrl = fitImageSource(image.url);
    if (blob && sourceUrl !== null && isRecordId(image.ref)) {
      const type = fitBlobType(blob.type);
      const kept = type === blob.type ? blob : new Blob([blob], { type });
      images.push({ id: image.ref, clippingId: id, sourceUrl, blob: kept });
    } else {
      missing.push({ url: image.url, problem: image.problem ?? 'not readable' });
    }
  }
  const clipping = clippingFromDraft(draft, {
    id,
    now,
    canonicalKey: key,
    ...extras,
    missingImages: missing.map((m) => m.url),
  });
  let db;
  try {
    db = await openReaderDb();
    const highlights = await annotationsFor(db, key);
    const bundle = { clipping, images, annotations: highlights };
    // Two tabs saving the same new article at once: the unique canonical-key index refuses the
    // second insert; a retry then finds the first and updates it.
    const saved = await saveClipping(db, bundle).catch((thrown: unknown) => {
      if (thrown instanceof DOMException && thrown.name === 'ConstraintError')
        return saveClipping(db!, bundle);
      throw thrown;
    });
    return ok({
      clippingId: saved.id,
      title: saved.metadata.title ?? saved.url,
      updated: saved.id !== id,
      imagesKept: images.length,
      imagesMissing: missing,
      wholePage: draft.wholePage,
    });
  } catch (thrown) {
    return err(describeStorageError(thrown));
  } finally {
    db?.close();
  }
}
