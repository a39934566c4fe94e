import { messageOf } from '../shared/result';

/** Turns an IndexedDB failure into a sentence a user can act on. */
export function describeStorageError(thrown: unknown): string {
  const name = thrown instanceof DOMException || thrown instanceof Error ? thrown.name : '';
  if (name === 'QuotaExceededError' || /quota/i.test(messageOf(thrown))) {
    return 'Storage is full: the browser refused more data. Nothing was changed; free space by deleting or exporting old clippings.';
  }
  // Already a sentence for the user (a stale copy of a highlight was refused).
  if (name === 'StaleWriteError' || name === 'UnstorableRecordError') return messageOf(thrown);
  if (name === 'ConstraintError')
    return 'This item already exists (a duplicate was refused). Nothing was changed.';
  if (name === 'VersionError')
    return 'The library was written by a newer version of Reader Assistant. Update the extension.';
  return `The library could not be written: ${messageOf(thrown)}. Nothing was changed.`;
}
