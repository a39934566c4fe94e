import { sendToTab } from '../../messaging/send';
import { err, messageOf, ok, type Result } from '../../messaging/result';
import { clippingFromDraft } from '../../store/clipping-from-draft';
import { saveClipping } from '../../store/clippings-repository';
import { openReaderDb } from '../../store/open-db';
import type { Clipping } from '../../store/schema';
import { describeStorageError } from '../../store/storage-error';

/** Gathers the article from the tab and stores it; every failure comes back as a sentence. */
export async function saveClippingFromTab(tabId: number): Promise<Result<Clipping>> {
  const draft = await sendToTab(tabId, 'getClippingDraft', null);
  if (!draft.ok) return err(`The page could not be read: ${draft.error}`);
  try {
    const db = await openReaderDb();
    const now = Date.now();
    const clipping = clippingFromDraft(draft.value, {
      id: crypto.randomUUID(),
      now,
      canonicalKey: draft.value.canonicalUrl ?? draft.value.url,
    });
    const saved = await saveClipping(db, { clipping, images: [], annotations: [] });
    db.close();
    return ok(saved);
  } catch (thrown) {
    return err(describeStorageError(thrown) || messageOf(thrown));
  }
}
