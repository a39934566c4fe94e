import type { Backup } from './backup-format';
import type { Clipping, SettingRecord, StoredImage, UserAnnotation } from '../model/stored-records';

/** One record of a backup, as the import reads them one after another. */
export type BackupItem =
  | {
      kind: 'clipping';
      clipping: Clipping;
      /** Its images; empty when the read was asked to skip image bytes. */
      images: StoredImage[];
      /** How many images it has (also when their bytes were skipped). */
      imageCount: number;
    }
  | { kind: 'annotation'; annotation: UserAnnotation }
  | { kind: 'setting'; setting: SettingRecord };

/** How one read of a backup reports progress and is cancelled. */
export interface ReadProgress {
  signal?: AbortSignal;
  /** Bytes (or records, for an old JSON backup) read so far, of `total`. */
  onProgress?: (done: number, total: number) => void;
}

/**
 * A validated backup that can be read record by record, more than once (the preview reads it
 * without images, the import reads it again with them). Every record it yields has passed the
 * record rules; a problem found while reading is thrown as a `BackupReadError`.
 */
export interface BackupSource {
  exportedAt: string;
  items(options: ReadProgress & { withImages: boolean }): AsyncGenerator<BackupItem>;
}

/** A backup that turned out to be damaged while it was being read: a sentence for the user. */
export class BackupReadError extends Error {
  override readonly name = 'BackupReadError';
}

/** An old single-JSON backup (format version 1), already parsed and validated in memory. */
export function jsonBackupSource(backup: Backup): BackupSource {
  return {
    exportedAt: backup.exportedAt,
    async *items(options) {
      const imagesOf = new Map<string, StoredImage[]>();
      for (const image of backup.images) {
        const list = imagesOf.get(image.clippingId) ?? [];
        list.push(image);
        imagesOf.set(image.clippingId, list);
      }
      const total = backup.clippings.length + backup.annotations.length;
      let done = 0;
      for (const clipping of backup.clippings) {
        options.signal?.throwIfAborted();
        const images = imagesOf.get(clipping.id) ?? [];
        yield {
          kind: 'clipping',
          clipping,
          images: options.withImages ? images : [],
          imageCount: images.length,
        };
        done += 1;
        if (done % 100 === 0) options.onProgress?.(done, total);
      }
      for (const annotation of backup.annotations) yield { kind: 'annotation', annotation };
      for (const setting of backup.settings) yield { kind: 'setting', setting };
      options.onProgress?.(total, total);
    },
  };
}
