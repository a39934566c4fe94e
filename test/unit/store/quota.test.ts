import { afterEach, describe, expect, it, vi } from 'vitest';
import { openReaderDb } from '../../../src/store/open-db';
import { listClippings, saveClipping } from '../../../src/store/clippings-repository';
import { describeStorageError } from '../../../src/store/storage-error';
import type { Clipping } from '../../../src/model/stored-records';
import { makeClipping } from '../library/library-fixtures';

const clipping = (id: string, key: string): Clipping =>
  makeClipping(id, {
    url: `https://example.vn/${id}`,
    canonicalKey: key,
    savedAt: 1,
    updatedAt: 1,
  });

afterEach(() => vi.restoreAllMocks());

describe('a full disk quota', () => {
  it('gives a clear message and loses nothing already saved', async () => {
    const db = await openReaderDb({ name: `quota-${Math.random()}` });
    await saveClipping(db, { clipping: clipping('old', 'k-old'), images: [], annotations: [] });

    // The browser refuses the image write of the next save, as it does when the quota is full.
    const realPut = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
      this: IDBObjectStore,
      ...args
    ) {
      if (this.name === 'images')
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return realPut.apply(this, args);
    });
    const image = {
      id: 'img',
      clippingId: '',
      sourceUrl: 'https://example.vn/a.png',
      blob: new Blob(['png']),
    };
    const failure = await saveClipping(db, {
      clipping: clipping('new', 'k-new'),
      images: [image],
      annotations: [],
    }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(failure).toBeInstanceOf(DOMException);
    expect(describeStorageError(failure)).toMatch(/Storage is full.*Nothing was changed/);
    vi.restoreAllMocks();

    expect((await listClippings(db)).map((c) => c.id)).toEqual(['old']);
    expect(await db.getAll('images')).toEqual([]);
  });

  it('names the other failures a user can act on', () => {
    expect(describeStorageError(new DOMException('x', 'VersionError'))).toMatch(/newer version/);
    expect(describeStorageError(new DOMException('x', 'ConstraintError'))).toMatch(
      /already exists/,
    );
    expect(describeStorageError(new Error('disk on fire'))).toMatch(
      /disk on fire.*Nothing was changed/,
    );
  });
});
