// @vitest-environment node
// Node's Blob survives fake-indexeddb's structured clone (happy-dom's does not).
import { describe, expect, it } from 'vitest';
import type { openDB } from 'idb';
import { openReaderDb } from '../../../src/store/open-db';
import { DB_VERSION, migrations } from '../../../src/store/migrations';
import type { Clipping, UserAnnotation } from '../../../src/model/stored-records';
import { serializeBackup } from '../../../src/export/backup-format';
import { exportLibrary, importLibrary, snapshot } from './round-trip-helpers';

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

describe('migration 3: records the old import refused', () => {
  it('repairs a version-2 library so its backup imports again', async () => {
    const name = freshName();
    const old = await openReaderDb({ name, upTo: 2 });
    const raw = old as unknown as Awaited<ReturnType<typeof openDB>>;
    const inline = `data:image/png;base64,${'iVBORw0KGgo'.repeat(2000)}`;
    const bad: Clipping = {
      ...clipping('bad', 'k-bad', 5),
      url: 'file:///home/an/bài.html',
      metadata: {
        ...clipping('bad', 'k-bad', 5).metadata,
        title: `${'Tiêu đề '.repeat(2000)}👩🏽‍🔬`,
        canonicalUrl: 'android-app://com.example/https/example.com/a',
      },
      tags: [...Array.from({ length: 1200 }, (_, i) => `t${i % 1100}`), 'x'.repeat(300)],
      figures: [{ text: 'NaN đồng', kind: 'money', value: Number.NaN, start: 0, end: 3 }],
      missingImages: [inline],
    };
    const good = clipping('good', 'k-good', 6);
    await raw.put('clippings', bad);
    await raw.put('clippings', good);
    await raw.put('images', {
      id: 'img-inline',
      clippingId: 'bad',
      sourceUrl: inline,
      blob: new Blob(['<svg/>'], { type: 'text/html' }),
    });
    const highlight: UserAnnotation = {
      id: 'h1',
      canonicalKey: 'k-bad',
      clippingId: 'bad',
      selectors: [{ type: 'TextPositionSelector', start: -2, end: 3.5 }],
      quote: 'Thủy',
      color: 'pink',
      note: '',
      createdAt: 1.25,
      updatedAt: 2.75,
      orphan: false,
    };
    await raw.put('annotations', highlight);
    old.close();

    // Today's import refuses the old library's backup as it was…
    const before = await openReaderDb({ name: freshName() });
    const unfit = new Blob([
      await serializeBackup({
        clippings: [bad, good],
        annotations: [highlight],
        images: [],
        settings: [],
      }),
    ]);
    expect((await importLibrary(before, unfit)).ok).toBe(false);
    before.close();

    // …and reads it after the upgrade.
    const upgraded = await openReaderDb({ name });
    const repaired = await upgraded.get('clippings', 'bad');
    expect(repaired?.metadata.title?.length).toBeLessThanOrEqual(10_000);
    expect(repaired?.metadata.canonicalUrl).toBe(bad.metadata.canonicalUrl);
    expect(repaired?.tags).toHaveLength(1000);
    expect(repaired?.tags.every((t) => t.length <= 200)).toBe(true);
    expect(repaired?.figures).toEqual([]);
    expect(repaired?.missingImages).toEqual(['data:image/png;base64,']);
    expect(await upgraded.get('clippings', 'good')).toEqual(good);
    const image = await upgraded.get('images', 'img-inline');
    expect(image?.sourceUrl).toBe('data:image/png;base64,');
    expect(image?.blob.type).toBe('application/octet-stream');
    expect(await image?.blob.text()).toBe('<svg/>');
    expect((await upgraded.get('annotations', 'h1'))?.selectors).toEqual([
      { type: 'TextPositionSelector', start: 0, end: 4 },
    ]);

    const file = await exportLibrary(upgraded);
    const target = await openReaderDb({ name: freshName() });
    const imported = await importLibrary(target, file);
    expect(imported.ok, imported.ok ? '' : imported.error).toBe(true);
    expect(await snapshot(target)).toEqual(await snapshot(upgraded));
    upgraded.close();
    target.close();
  });
});

describe('migration 4: figure records for stored clippings', () => {
  it('reads subject, period and comparison for the figures of a version-3 clipping', async () => {
    const name = freshName();
    const old = await openReaderDb({ name, upTo: 3 });
    const raw = old as unknown as Awaited<ReturnType<typeof openDB>>;
    const text =
      'Tháng 4/2020, giá trị sản xuất công nghiệp của tỉnh Lai Châu đạt 202,6 tỷ đồng, giảm 41,6% so với cùng kỳ năm 2019.';
    const stored: Clipping = {
      ...clipping('lc', 'k-lc', 7),
      metadata: {
        ...clipping('lc', 'k-lc', 7).metadata,
        publishedTime: '2020-05-12T08:30:00+07:00',
      },
      text,
      figures: [
        {
          text: '202,6 tỷ đồng',
          kind: 'money',
          value: 202_600_000_000,
          currency: 'VND',
          start: 65,
          end: 78,
        },
        { text: '41,6%', kind: 'percent', value: 41.6, change: 'down', start: 85, end: 90 },
      ],
    };
    const plain = clipping('plain', 'k-plain', 8);
    await raw.put('clippings', stored);
    await raw.put('clippings', plain);
    old.close();

    const upgraded = await openReaderDb({ name });
    const figures = (await upgraded.get('clippings', 'lc'))?.figures ?? [];
    expect(figures.map((f) => f.record?.subject)).toEqual([
      'giá trị sản xuất công nghiệp',
      'giá trị sản xuất công nghiệp',
    ]);
    expect(figures[0]?.record).toMatchObject({
      entity: 'tỉnh Lai Châu',
      period: '2020-04',
      comparison: { change: -41.6, unit: '%', base: 'year-on-year', figure: 1 },
    });
    // Everything else of the figure is as it was.
    expect({ ...figures[1], record: undefined }).toEqual({
      ...stored.figures[1],
      record: undefined,
    });
    expect(await upgraded.get('clippings', 'plain')).toEqual(plain);

    // The records survive a backup round trip.
    const file = await exportLibrary(upgraded);
    const target = await openReaderDb({ name: freshName() });
    const imported = await importLibrary(target, file);
    expect(imported.ok, imported.ok ? '' : imported.error).toBe(true);
    expect((await target.get('clippings', 'lc'))?.figures).toEqual(figures);
    upgraded.close();
    target.close();
  });
});
