import { fitClipping } from '../export/fit-record';
import type { Db } from './open-db';
import type { Clipping, StoredImage, UserAnnotation } from '../model/stored-records';

/**
 * What the library list keeps in memory for each clipping: everything but the article HTML,
 * which only the reader and the exports need (it is most of a record's size).
 */
export type ClippingSummary = Omit<Clipping, 'html'>;

/** The user's highlights on one clipping, counted for the list. */
export interface AnnotationCounts {
  highlights: number;
  orphans: number;
}

function summaryOf(c: Clipping): ClippingSummary {
  // Destructured rather than `delete`d so the record from IndexedDB is never mutated.
  const { html: _html, ...summary } = c;
  return summary;
}

/**
 * The newest `limit` clippings, read with a cursor so the first screen does not wait for the
 * whole library (a 10,000-clipping `getAll` takes far longer than the 300 ms budget).
 */
export async function newestClippings(db: Db, limit: number): Promise<ClippingSummary[]> {
  const out: ClippingSummary[] = [];
  let cursor = await db.transaction('clippings').store.index('bySavedAt').openCursor(null, 'prev');
  while (cursor && out.length < limit) {
    out.push(summaryOf(cursor.value));
    cursor = await cursor.continue();
  }
  return out;
}

/** Every clipping without its HTML, newest first. */
export async function allClippingSummaries(db: Db): Promise<ClippingSummary[]> {
  const all = await db.getAllFromIndex('clippings', 'bySavedAt');
  const out: ClippingSummary[] = new Array<ClippingSummary>(all.length);
  for (let i = 0; i < all.length; i += 1) out[all.length - 1 - i] = summaryOf(all[i] as Clipping);
  return out;
}

/**
 * Which clipping an annotation belongs to: the page it was made on (canonical key) first, as
 * `highlightsOf` in the exports does, else the clipping it was linked to.
 */
function ownerOf(
  a: UserAnnotation,
  idByKey: ReadonlyMap<string, string>,
  ids: ReadonlySet<string>,
): string | undefined {
  const byKey = idByKey.get(a.canonicalKey);
  if (byKey !== undefined) return byKey;
  return a.clippingId !== null && ids.has(a.clippingId) ? a.clippingId : undefined;
}

/** Every annotation grouped by the clipping it belongs to (unattached ones are left out). */
export async function annotationsByClipping(
  db: Db,
  clippings: readonly Pick<Clipping, 'id' | 'canonicalKey'>[],
): Promise<Map<string, UserAnnotation[]>> {
  const idByKey = new Map(clippings.map((c) => [c.canonicalKey, c.id]));
  const ids = new Set(clippings.map((c) => c.id));
  const grouped = new Map<string, UserAnnotation[]>();
  for (const a of await db.getAll('annotations')) {
    const owner = ownerOf(a, idByKey, ids);
    if (owner === undefined) continue;
    const list = grouped.get(owner);
    if (list) list.push(a);
    else grouped.set(owner, [a]);
  }
  return grouped;
}

/** Highlight and orphan counts per clipping id. */
export function countAnnotations(
  grouped: ReadonlyMap<string, readonly UserAnnotation[]>,
): Map<string, AnnotationCounts> {
  const counts = new Map<string, AnnotationCounts>();
  for (const [id, list] of grouped) {
    counts.set(id, { highlights: list.length, orphans: list.filter((a) => a.orphan).length });
  }
  return counts;
}

/** The user's highlights on one clipping, oldest first. */
export async function annotationsOfClipping(
  db: Db,
  c: Pick<Clipping, 'id' | 'canonicalKey'>,
): Promise<UserAnnotation[]> {
  const byKey = await db.getAllFromIndex('annotations', 'byCanonicalKey', c.canonicalKey);
  const byId = await db.getAllFromIndex('annotations', 'byClippingId', c.id);
  const seen = new Set(byKey.map((a) => a.id));
  return [...byKey, ...byId.filter((a) => !seen.has(a.id))].sort(
    (a, b) => a.createdAt - b.createdAt,
  );
}

/** The fields of a clipping the library lets the user edit. */
export type ClippingEdit = Partial<Pick<Clipping, 'tags' | 'note'>>;

/** Changes tags or note of a clipping (and its `updatedAt`, which decides merges on import). */
export async function updateClipping(
  db: Db,
  id: string,
  edit: ClippingEdit,
  now = Date.now(),
): Promise<Clipping | undefined> {
  const tx = db.transaction('clippings', 'readwrite');
  const current = await tx.store.get(id);
  if (!current) {
    await tx.done;
    return undefined;
  }
  // The same rules as a save: a 300-character tag typed here must not break the next import.
  const next: Clipping = fitClipping({ ...current, ...edit, updatedAt: now });
  await tx.store.put(next);
  await tx.done;
  return next;
}

/** Adds one tag to many clippings in one transaction; returns the clippings that changed. */
export async function addTagToClippings(
  db: Db,
  ids: readonly string[],
  tag: string,
  now = Date.now(),
): Promise<Clipping[]> {
  const tx = db.transaction('clippings', 'readwrite');
  const changed: Clipping[] = [];
  for (const id of ids) {
    const c = await tx.store.get(id);
    if (!c || c.tags.includes(tag)) continue;
    const next = fitClipping({ ...c, tags: [...c.tags, tag], updatedAt: now });
    await tx.store.put(next);
    changed.push(next);
  }
  await tx.done;
  return changed;
}

/** What a delete removed, kept in memory so "Undo" can put it back exactly. */
export interface DeletedClipping {
  clipping: Clipping;
  images: StoredImage[];
  /** Annotations that were linked to it (deleting unlinks them; undo links them again). */
  linkedAnnotationIds: string[];
}

/**
 * Deletes clippings with their images in one transaction, like `deleteClipping`, but first
 * reads what it removes so the caller can offer undo.
 */
export async function deleteClippingsWithUndo(
  db: Db,
  ids: readonly string[],
): Promise<DeletedClipping[]> {
  const tx = db.transaction(['clippings', 'images', 'annotations'], 'readwrite');
  const clippings = tx.objectStore('clippings');
  const images = tx.objectStore('images');
  const annotations = tx.objectStore('annotations');
  const deleted: DeletedClipping[] = [];
  for (const id of ids) {
    const clipping = await clippings.get(id);
    if (!clipping) continue;
    const own = await images.index('byClippingId').getAll(id);
    for (const image of own) await images.delete(image.id);
    const linked = await annotations.index('byClippingId').getAll(id);
    for (const a of linked) await annotations.put({ ...a, clippingId: null });
    await clippings.delete(id);
    deleted.push({ clipping, images: own, linkedAnnotationIds: linked.map((a) => a.id) });
  }
  await tx.done;
  return deleted;
}

/** Puts deleted clippings back (the undo of `deleteClippingsWithUndo`), in one transaction. */
export async function restoreDeleted(db: Db, deleted: readonly DeletedClipping[]): Promise<void> {
  const tx = db.transaction(['clippings', 'images', 'annotations'], 'readwrite');
  for (const { clipping, images, linkedAnnotationIds } of deleted) {
    await tx.objectStore('clippings').put(clipping);
    for (const image of images) await tx.objectStore('images').put(image);
    for (const id of linkedAnnotationIds) {
      const a = await tx.objectStore('annotations').get(id);
      if (a) await tx.objectStore('annotations').put({ ...a, clippingId: clipping.id });
    }
  }
  await tx.done;
}
