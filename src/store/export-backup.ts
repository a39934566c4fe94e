import { writeBackupZip, type ByteSink } from '../export/backup-zip-write';
import type { Db } from './open-db';
import { readBackupExtras, readForExport } from './read-for-export';
import type { Clipping, StoredImage, UserAnnotation } from '../model/stored-records';

// Clippings read per transaction: few, because each comes with its images.
const CHUNK = 20;

/**
 * Writes the clippings `ids` (with their images and highlights) as a zip backup to `sink`, reading
 * a few clippings at a time: memory holds one chunk, whatever the library's size. `all` makes it
 * a full backup (every highlight, the settings).
 */
export async function exportBackupZip(
  db: Db,
  scope: { ids: readonly string[]; all: boolean },
  sink: ByteSink,
  options: {
    signal?: AbortSignal;
    onProgress?: (done: number, total: number) => void;
    now?: Date;
  } = {},
): Promise<void> {
  const linked = new Map<string, UserAnnotation>();
  async function* clippings(): AsyncGenerator<{ clipping: Clipping; images: StoredImage[] }> {
    for (let from = 0; from < scope.ids.length; from += CHUNK) {
      const chunk = await readForExport(db, scope.ids.slice(from, from + CHUNK), {
        withImages: true,
        ...(options.signal && { signal: options.signal }),
      });
      if (!scope.all) for (const a of chunk.annotations) linked.set(a.id, a);
      for (const clipping of chunk.clippings) {
        yield { clipping, images: chunk.images.filter((i) => i.clippingId === clipping.id) };
      }
    }
  }
  const extras = scope.all ? await readBackupExtras(db) : null;
  await writeBackupZip(
    {
      exportedAt: options.now ?? new Date(),
      clippingCount: scope.ids.length,
      clippings: clippings(),
      // Read lazily: the partial export's highlights are known once its clippings are read.
      annotations: {
        *[Symbol.iterator]() {
          yield* extras ? extras.annotations : linked.values();
        },
      },
      settings: extras?.settings ?? [],
    },
    sink,
    options,
  );
}
