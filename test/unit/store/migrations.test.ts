import { describe, expect, it } from 'vitest';
import type { openDB } from 'idb';
import { openReaderDb } from '../../../src/store/open-db';
import { DB_VERSION, migrations } from '../../../src/store/migrations';
import type { Clipping, UserAnnotation } from '../../../src/store/schema';

let n = 0;
const freshName = () => `test-db-${++n}-${Math.random().toString(36).slice(2)}`;

function clipping(id: string, key: string, savedAt: number): Clipping {
  return {
    id,
    url: `https://example.vn/${id}`,
    canonicalKey: key,
    metadata: {
      title: `Bài ${id}`,
      byline: null,
      authors: [],
      siteName: 'example.vn',
      publishedTime: '2024-05-01T00:00:00Z',
      modifiedTime: null,
      canonicalUrl: null,
      lang: 'vi',
      description: null,
      doi: null,
    },
    html: '<p>Thủy điện</p>',
    text: 'Thủy điện',
    figures: [],
    projects: [],
    tags: ['năng lượng'],
    note: '',
    savedAt,
    updatedAt: savedAt,
    missingImages: [],
  };
}

describe('schema migrations', () => {
  it('versions are consecutive from 1 and DB_VERSION is the last', () => {
    expect(migrations.map((m) => m.version)).toEqual(migrations.map((_, i) => i + 1));
    expect(DB_VERSION).toBe(migrations.length);
  });

  it('creates every store at the current version', async () => {
    const db = await openReaderDb({ name: freshName() });
    expect([...db.objectStoreNames].sort()).toEqual([
      'annotations',
      'clippings',
      'images',
      'settings',
    ]);
    expect([...db.transaction('clippings').store.indexNames].sort()).toEqual([
      'byCanonicalKey',
      'byPublished',
      'bySavedAt',
      'bySite',
      'byTag',
    ]);
    db.close();
  });

  for (const from of migrations.slice(0, -1).map((m) => m.version)) {
    it(`upgrading a version-${from} database keeps every record`, async () => {
      const name = freshName();
      const old = await openReaderDb({ name, upTo: from });
      const records = [clipping('a', 'k-a', 1), clipping('b', 'k-b', 2)];
      const annotation: UserAnnotation = {
        id: 'n1',
        canonicalKey: 'k-a',
        clippingId: 'a',
        selectors: [{ type: 'TextQuoteSelector', exact: 'Thủy điện', prefix: '', suffix: '' }],
        quote: 'Thủy điện',
        color: 'yellow',
        note: 'ghi chú',
        createdAt: 1,
        updatedAt: 1,
        orphan: false,
      };
      // Write through the raw idb API: the typed schema is today's, not version `from`'s.
      const raw = old as unknown as Awaited<ReturnType<typeof openDB>>;
      for (const r of records) await raw.put('clippings', r);
      await raw.put('annotations', annotation);
      await raw.put('images', {
        id: 'img1',
        clippingId: 'a',
        sourceUrl: 'https://x/1.png',
        blob: new Blob(['png']),
      });
      await raw.put('settings', { key: 'readerFontSize', value: 21 });
      old.close();

      const upgraded = await openReaderDb({ name });
      expect(upgraded.version).toBe(DB_VERSION);
      expect(await upgraded.getAll('clippings')).toEqual(records);
      expect(await upgraded.getAll('annotations')).toEqual([annotation]);
      expect((await upgraded.getAll('images')).map((i) => i.id)).toEqual(['img1']);
      expect(await upgraded.getAll('settings')).toEqual([{ key: 'readerFontSize', value: 21 }]);
      // The new indexes serve the old data.
      expect(await upgraded.getAllKeysFromIndex('clippings', 'byPublished')).toEqual(['a', 'b']);
      upgraded.close();
    });
  }
});
