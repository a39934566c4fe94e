import { describe, expect, it } from 'vitest';
import { openReaderDb } from '../../../src/store/open-db';
import {
  allTags,
  deleteClipping,
  getClipping,
  imagesOf,
  listClippings,
  saveClipping,
} from '../../../src/store/clippings-repository';
import type { Clipping } from '../../../src/model/stored-records';
import { makeClipping } from '../library/library-fixtures';

const name = () => `repo-${Math.random().toString(36).slice(2)}`;

function clipping(id: string, key: string, savedAt: number, tags: string[] = []): Clipping {
  return makeClipping(id, {
    canonicalKey: key,
    savedAt,
    updatedAt: savedAt,
    tags,
    html: '',
    text: '',
  });
}

const image = (id: string) => ({
  id,
  clippingId: '',
  sourceUrl: `https://x/${id}`,
  blob: new Blob([id]),
});

describe('clippings repository', () => {
  it('saves a clipping with its images and lists newest first', async () => {
    const db = await openReaderDb({ name: name() });
    await saveClipping(db, {
      clipping: clipping('a', 'k1', 1),
      images: [image('i1')],
      annotations: [],
    });
    await saveClipping(db, { clipping: clipping('b', 'k2', 2), images: [], annotations: [] });
    expect((await listClippings(db)).map((c) => c.id)).toEqual(['b', 'a']);
    expect((await imagesOf(db, 'a')).map((i) => i.id)).toEqual(['i1']);
  });

  it('saving the same canonical URL again updates instead of duplicating', async () => {
    const db = await openReaderDb({ name: name() });
    await saveClipping(db, {
      clipping: clipping('a', 'same', 1, ['x']),
      images: [image('old')],
      annotations: [],
    });
    const second = await saveClipping(db, {
      clipping: { ...clipping('b', 'same', 5), text: 'new text' },
      images: [image('new')],
      annotations: [],
    });
    expect(second.id).toBe('a');
    expect(second.savedAt).toBe(1);
    expect(second.tags).toEqual(['x']);
    const all = await listClippings(db);
    expect(all).toHaveLength(1);
    expect(all[0]?.text).toBe('new text');
    expect((await imagesOf(db, 'a')).map((i) => i.id)).toEqual(['new']);
  });

  it('a save that fails midway leaves nothing half-written', async () => {
    const db = await openReaderDb({ name: name() });
    // Two images with one id but the second is not cloneable: the put throws after the clipping was written.
    const bad = { ...image('i'), blob: (() => undefined) as unknown as Blob };
    await expect(
      saveClipping(db, {
        clipping: clipping('a', 'k', 1),
        images: [image('ok'), bad],
        annotations: [],
      }),
    ).rejects.toThrow();
    expect(await getClipping(db, 'a')).toBeUndefined();
    expect(await db.getAll('images')).toEqual([]);
  });

  it('two saves at once both land', async () => {
    const db = await openReaderDb({ name: name() });
    await Promise.all([
      saveClipping(db, { clipping: clipping('a', 'k1', 1), images: [], annotations: [] }),
      saveClipping(db, { clipping: clipping('b', 'k2', 2), images: [], annotations: [] }),
    ]);
    expect((await listClippings(db)).map((c) => c.id).sort()).toEqual(['a', 'b']);
  });

  it('deletes a clipping with its images and counts tags', async () => {
    const db = await openReaderDb({ name: name() });
    await saveClipping(db, {
      clipping: clipping('a', 'k1', 1, ['vàng', 'giá']),
      images: [image('i1')],
      annotations: [],
    });
    await saveClipping(db, {
      clipping: clipping('b', 'k2', 2, ['vàng']),
      images: [],
      annotations: [],
    });
    expect(await allTags(db)).toEqual(['vàng', 'giá']);
    await deleteClipping(db, 'a');
    expect(await getClipping(db, 'a')).toBeUndefined();
    expect(await db.getAll('images')).toEqual([]);
  });
});
