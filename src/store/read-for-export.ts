import type { Db } from './open-db';
import type { Clipping, SettingRecord, StoredImage, UserAnnotation } from '../model/stored-records';

/** How a long read reports progress and is cancelled. */
export interface ReadOptions {
  signal?: AbortSignal;
  /** Called after each chunk with the clippings read so far. */
  onProgress?: (done: number, total: number) => void;
  /** Also read each clipping's images (JSON backup, Markdown zip, HTML). */
  withImages?: boolean;
}

/** Clippings with what an export needs besides them. */
export interface ExportSource {
  clippings: Clipping[];
  /** Every annotation attached to one of the clippings (by canonical key or link). */
  annotations: UserAnnotation[];
  images: StoredImage[];
}

// Small enough that one chunk reads in a few milliseconds, so the page keeps painting between.
const CHUNK = 100;

/** Gives the event loop a turn: lets the page paint progress and handle a Cancel click. */
export function yieldToPage(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Reads the full records of `ids` (in that order) in short transactions, yielding between
 * chunks; throws the signal's reason when cancelled.
 */
export async function readForExport(
  db: Db,
  ids: readonly string[],
  options: ReadOptions = {},
): Promise<ExportSource> {
  const clippings: Clipping[] = [];
  const images: StoredImage[] = [];
  const annotations: UserAnnotation[] = [];
  const seenAnnotations = new Set<string>();
  for (let from = 0; from < ids.length; from += CHUNK) {
    options.signal?.throwIfAborted();
    const tx = db.transaction(['clippings', 'images', 'annotations']);
    for (const id of ids.slice(from, from + CHUNK)) {
      const c = await tx.objectStore('clippings').get(id);
      if (!c) continue;
      clippings.push(c);
      if (options.withImages) {
        images.push(...(await tx.objectStore('images').index('byClippingId').getAll(id)));
      }
      const byKey = await tx
        .objectStore('annotations')
        .index('byCanonicalKey')
        .getAll(c.canonicalKey);
      const byId = await tx.objectStore('annotations').index('byClippingId').getAll(id);
      for (const a of [...byKey, ...byId]) {
        if (seenAnnotations.has(a.id)) continue;
        seenAnnotations.add(a.id);
        annotations.push(a);
      }
    }
    await tx.done;
    options.onProgress?.(Math.min(from + CHUNK, ids.length), ids.length);
    await yieldToPage();
  }
  options.signal?.throwIfAborted();
  return { clippings, annotations, images };
}

/** Everything outside the clippings that a full backup carries. */
export async function readBackupExtras(
  db: Db,
): Promise<{ annotations: UserAnnotation[]; settings: SettingRecord[] }> {
  const tx = db.transaction(['annotations', 'settings']);
  const annotations = await tx.objectStore('annotations').getAll();
  const settings = await tx.objectStore('settings').getAll();
  await tx.done;
  return { annotations, settings };
}

/** Ids of every clipping, newest first (what "export all" exports, in list order). */
export async function allClippingIds(db: Db): Promise<string[]> {
  const keys = await db.getAllKeysFromIndex('clippings', 'bySavedAt');
  return keys.reverse();
}
