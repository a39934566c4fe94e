import { allOrNothing } from './all-or-nothing';
import type { Db } from './open-db';
import type { Clipping, StoredImage, UserAnnotation } from '../model/stored-records';
import { assertStorable, fitImageBlob } from './storable';

/** Everything one save writes; it lands in one transaction or not at all. */
export interface ClippingBundle {
  clipping: Clipping;
  images: StoredImage[];
  annotations: UserAnnotation[];
}

/**
 * Saves a clipping with its images and annotations. Saving the same article again (same
 * canonical key) updates the existing clipping: it keeps its id, first-saved time and the
 * user's tags and note when the new save brings none, and its images are replaced.
 */
export async function saveClipping(db: Db, bundle: ClippingBundle): Promise<Clipping> {
  const owner = bundle.clipping.id;
  const fitted = bundle.images.map((image) => ({ ...fitImageBlob(image), clippingId: owner }));
  assertStorable({
    clippings: [bundle.clipping],
    images: fitted,
    annotations: bundle.annotations.map((a) => ({ ...a, clippingId: owner })),
  });
  const tx = db.transaction(['clippings', 'images', 'annotations'], 'readwrite');
  const clippings = tx.objectStore('clippings');
  const images = tx.objectStore('images');
  const annotations = tx.objectStore('annotations');
  return allOrNothing(tx, async () => {
    const existing = await clippings.index('byCanonicalKey').get(bundle.clipping.canonicalKey);
    const clipping: Clipping = existing
      ? {
          ...bundle.clipping,
          id: existing.id,
          savedAt: existing.savedAt,
          tags: bundle.clipping.tags.length > 0 ? bundle.clipping.tags : existing.tags,
          note: bundle.clipping.note || existing.note,
        }
      : bundle.clipping;
    if (existing) {
      for (const key of await images.index('byClippingId').getAllKeys(existing.id))
        await images.delete(key);
    }
    await clippings.put(clipping);
    for (const image of fitted) await images.put({ ...image, clippingId: clipping.id });
    for (const annotation of bundle.annotations)
      await annotations.put({ ...annotation, clippingId: clipping.id });
    return clipping;
  });
}

/** Clippings, newest first. */
export async function listClippings(db: Db): Promise<Clipping[]> {
  const all = await db.getAllFromIndex('clippings', 'bySavedAt');
  return all.reverse();
}

export function getClipping(db: Db, id: string): Promise<Clipping | undefined> {
  return db.get('clippings', id);
}

export function findClippingByKey(db: Db, canonicalKey: string): Promise<Clipping | undefined> {
  return db.getFromIndex('clippings', 'byCanonicalKey', canonicalKey);
}

export function imagesOf(db: Db, clippingId: string): Promise<StoredImage[]> {
  return db.getAllFromIndex('images', 'byClippingId', clippingId);
}

/** Deletes a clipping with its images; its annotations stay with the page, unlinked. */
export async function deleteClipping(db: Db, id: string): Promise<void> {
  const tx = db.transaction(['clippings', 'images', 'annotations'], 'readwrite');
  for (const key of await tx.objectStore('images').index('byClippingId').getAllKeys(id)) {
    await tx.objectStore('images').delete(key);
  }
  for (const annotation of await tx.objectStore('annotations').index('byClippingId').getAll(id)) {
    await tx.objectStore('annotations').put({ ...annotation, clippingId: null });
  }
  await tx.objectStore('clippings').delete(id);
  await tx.done;
}

/** Every distinct tag, most used first, for completion. */
export async function allTags(db: Db): Promise<string[]> {
  const counts = new Map<string, number>();
  let cursor = await db.transaction('clippings').store.index('byTag').openKeyCursor();
  while (cursor) {
    const tag = String(cursor.key);
    counts.set(tag, (counts.get(tag) ?? 0) + 1);
    cursor = await cursor.continue();
  }
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([t]) => t);
}
