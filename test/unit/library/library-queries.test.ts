// @vitest-environment node
// Node's Blob survives fake-indexeddb's structured clone (happy-dom's does not).
import { describe, expect, it } from 'vitest';
import { saveClipping } from '../../../src/store/clippings-repository';
import {
  addTagToClippings,
  allClippingSummaries,
  annotationsByClipping,
  countAnnotations,
  deleteClippingsWithUndo,
  newestClippings,
  restoreDeleted,
  updateClipping,
} from '../../../src/store/library-queries';
import { openReaderDb, type Db } from '../../../src/store/open-db';
import { viAnnotations, viClipping, viImages } from '../export/export-fixtures';
import { makeClipping } from './library-fixtures';

async function seeded(): Promise<Db> {
  const db = await openReaderDb({ name: `queries-${Math.random().toString(36).slice(2)}` });
  await saveClipping(db, {
    clipping: viClipping(),
    images: viImages(),
    annotations: [...viAnnotations(), { ...viAnnotations()[0]!, id: 'ann-2', orphan: true }],
  });
  for (let i = 0; i < 5; i += 1)
    await saveClipping(db, {
      clipping: makeClipping(`c${i}`, { savedAt: 2_000_000_000_000 + i }),
      images: [],
      annotations: [],
    });
  return db;
}

describe('library queries', () => {
  it('reads the newest first screen, then everything without HTML', async () => {
    const db = await seeded();
    expect((await newestClippings(db, 2)).map((c) => c.id)).toEqual(['c4', 'c3']);
    const all = await allClippingSummaries(db);
    expect(all.map((c) => c.id)).toEqual(['c4', 'c3', 'c2', 'c1', 'c0', 'clip-vi']);
    expect(all.every((c) => !('html' in c))).toBe(true);
  });

  it('counts highlights and orphans per clipping', async () => {
    const db = await seeded();
    const counts = countAnnotations(
      await annotationsByClipping(db, await allClippingSummaries(db)),
    );
    expect(counts.get('clip-vi')).toEqual({ highlights: 2, orphans: 1 });
    expect(counts.get('c0')).toBeUndefined();
  });

  it('edits tags and note, bumping updatedAt', async () => {
    const db = await seeded();
    const next = await updateClipping(db, 'c1', { note: 'n', tags: ['a'] }, 42);
    expect(next).toMatchObject({ note: 'n', tags: ['a'], updatedAt: 42 });
    const tagged = await addTagToClippings(db, ['c1', 'c2', 'missing'], 'a', 43);
    expect(tagged.map((c) => c.id)).toEqual(['c2']);
  });

  it('deletes with images and undo restores exactly', async () => {
    const db = await seeded();
    const before = {
      clipping: await db.get('clippings', 'clip-vi'),
      images: (await db.getAll('images')).map((i) => i.id),
      annotations: await db.getAll('annotations'),
    };
    const deleted = await deleteClippingsWithUndo(db, ['clip-vi', 'c0']);
    expect(deleted.map((d) => d.clipping.id)).toEqual(['clip-vi', 'c0']);
    expect(await db.get('clippings', 'clip-vi')).toBeUndefined();
    expect(await db.getAll('images')).toEqual([]);
    expect((await db.getAll('annotations')).every((a) => a.clippingId === null)).toBe(true);
    await restoreDeleted(db, deleted);
    expect(await db.get('clippings', 'clip-vi')).toEqual(before.clipping);
    expect((await db.getAll('images')).map((i) => i.id)).toEqual(before.images);
    expect(await db.getAll('annotations')).toEqual(before.annotations);
    expect(await db.count('clippings')).toBe(6);
  });
});
