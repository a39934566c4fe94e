import { BACKUP_FORMAT, BACKUP_VERSION, toBackupImage } from '../../export/backup-format';
import type { BackupContents } from '../../export/backup-format';
import { yieldToPage } from '../../store/read-for-export';

/** Progress and cancellation of a long write. */
export interface BlobWriteOptions {
  signal?: AbortSignal;
  onProgress?: (done: number, total: number) => void;
}

/**
 * The same file as `serializeBackup`, written as Blob parts one record at a time. A library of
 * 10,000 clippings is hundreds of MB of JSON: one `JSON.stringify` would freeze the page for
 * seconds and hold the whole text twice; parts let the page paint and cancel between records.
 */
export async function backupBlob(
  contents: BackupContents,
  exportedAt: Date,
  options: BlobWriteOptions = {},
): Promise<Blob> {
  const total = contents.clippings.length + contents.images.length;
  let done = 0;
  // Strings are turned into Blobs a chunk at a time: encoding 60 MB of text to UTF-8 in one
  // `new Blob(strings)` took over half a second in one block; a Blob of Blobs does not copy.
  const blobs: Blob[] = [];
  let parts: string[] = [
    `{"format":${JSON.stringify(BACKUP_FORMAT)},"version":${BACKUP_VERSION},` +
      `"exportedAt":${JSON.stringify(exportedAt.toISOString())},"clippings":[`,
  ];
  const flush = () => {
    blobs.push(new Blob(parts));
    parts = [];
  };
  const step = async (every: number) => {
    done += 1;
    if (done % every === 0) {
      flush();
      options.onProgress?.(done, total);
      await yieldToPage();
      options.signal?.throwIfAborted();
    }
  };
  for (const [i, c] of contents.clippings.entries()) {
    parts.push((i === 0 ? '' : ',') + JSON.stringify(c));
    await step(200);
  }
  parts.push('],"annotations":' + JSON.stringify(contents.annotations) + ',"images":[');
  for (const [i, image] of contents.images.entries()) {
    parts.push((i === 0 ? '' : ',') + JSON.stringify(await toBackupImage(image)));
    await step(20);
  }
  parts.push('],"settings":' + JSON.stringify(contents.settings) + '}');
  flush();
  options.onProgress?.(total, total);
  return new Blob(blobs, { type: 'application/json' });
}
