import { fitAnnotation, fitBlobType, fitClipping, fitImageSource } from '../../export/fit-record';
import type { Clipping, StoredImage, UserAnnotation } from '../../model/stored-records';
import type { Migration } from './migration';

/** Rewrites every record of `store` that `fit` changes, in the upgrade transaction. */
function refit<T>(tx: IDBTransaction, store: string, fit: (record: T) => T): void {
  const request = tx.objectStore(store).openCursor();
  request.onsuccess = () => {
    const cursor = request.result;
    if (!cursor) return;
    const record = cursor.value as T;
    const fitted = fit(record);
    if (fitted !== record) cursor.update(fitted);
    cursor.continue();
  };
}

/** The fitted record, or the same object when fitting changed nothing (compared as JSON). */
function changedOnly<T>(fit: (record: T) => T): (record: T) => T {
  return (record) => {
    const fitted = fit(record);
    return JSON.stringify(fitted) === JSON.stringify(record) ? record : fitted;
  };
}

function fitImage(image: StoredImage): StoredImage {
  const sourceUrl = fitImageSource(image.sourceUrl) ?? 'about:blank';
  const blob = image.blob instanceof Blob ? image.blob : new Blob([]);
  const type = fitBlobType(blob.type);
  if (sourceUrl === image.sourceUrl && type === blob.type) return image;
  return { ...image, sourceUrl, blob: type === blob.type ? blob : new Blob([blob], { type }) };
}

/**
 * Version 3: before it, saving accepted what import refused (inline `data:` images as their whole
 * data: URL, titles over 10,000 characters, more than 1,000 tags or tags over 200 characters,
 * figures with no finite value, highlights with fractional offsets), so one such record made the
 * user's whole backup unreadable. Fits every record to the shared record rules.
 */
export const fitRecords: Migration = {
  version: 3,
  description: 'fit stored records to the rules import checks (round-trip repair)',
  upgrade(_db, tx) {
    refit<Clipping>(tx, 'clippings', changedOnly(fitClipping));
    refit<UserAnnotation>(tx, 'annotations', changedOnly(fitAnnotation));
    refit<StoredImage>(tx, 'images', fitImage);
  },
};
