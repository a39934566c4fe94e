import { describe, expect, it } from 'vitest';
import { putAnnotation, StaleWriteError } from '../../../src/store/annotations-repository';
import { openReaderDb, type Db } from '../../../src/store/open-db';
import type { UserAnnotation } from '../../../src/model/stored-records';
import {
  DEFAULT_SETTINGS,
  READER_FONT_SIZE,
  getSettings,
  setSetting,
} from '../../../src/store/settings-repository';
import { describeStorageError } from '../../../src/store/storage-error';

const fresh = (): Promise<Db> =>
  openReaderDb({ name: `settings-${Math.random().toString(36).slice(2)}` });

describe('settings', () => {
  it('ignores stored records named after inherited properties (toString, __proto__)', async () => {
    const db = await fresh();
    // What a backup or an old build may have left in the store.
    await db.put('settings', { key: 'toString', value: 'function' });
    await db.put('settings', { key: '__proto__', value: { readerTheme: 'dark' } });
    await db.put('settings', { key: 'constructor', value: 'x' });
    const settings = await getSettings(db);
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(Object.keys(settings).sort()).toEqual([
      'readerFont',
      'readerFontSize',
      'readerSpacing',
      'readerTheme',
      'readerWidth',
    ]);
    expect(typeof settings.toString).toBe('function');
    expect(Object.getPrototypeOf(settings)).toBe(Object.prototype);
    db.close();
  });

  it('refuses to write a setting that is not one', async () => {
    const db = await fresh();
    await expect(setSetting(db, 'toString' as 'readerTheme', 'dark')).rejects.toThrow(/Unknown/);
    expect(await db.getAll('settings')).toEqual([]);
    db.close();
  });

  it('clamps the reader font size on write and on read', async () => {
    const db = await fresh();
    await setSetting(db, 'readerFontSize', 1e9);
    expect(await db.get('settings', 'readerFontSize')).toEqual({
      key: 'readerFontSize',
      value: READER_FONT_SIZE.max,
    });
    await db.put('settings', { key: 'readerFontSize', value: -40 });
    expect((await getSettings(db)).readerFontSize).toBe(READER_FONT_SIZE.min);
    await db.put('settings', { key: 'readerFontSize', value: Number.POSITIVE_INFINITY });
    expect((await getSettings(db)).readerFontSize).toBe(DEFAULT_SETTINGS.readerFontSize);
    await db.put('settings', { key: 'readerTheme', value: 'neon' });
    expect((await getSettings(db)).readerTheme).toBe('auto');
    // The reader options: sepia, font, line width and spacing keep only their own choices.
    await setSetting(db, 'readerTheme', 'sepia');
    await setSetting(db, 'readerFont', 'sans');
    await setSetting(db, 'readerWidth', 'wide');
    await setSetting(db, 'readerSpacing', 'loose');
    expect(await getSettings(db)).toMatchObject({
      readerTheme: 'sepia',
      readerFont: 'sans',
      readerWidth: 'wide',
      readerSpacing: 'loose',
    });
    await expect(setSetting(db, 'readerWidth', 'huge' as 'wide')).rejects.toThrow(/valid/);
    await db.put('settings', { key: 'readerFont', value: 'comic' });
    expect((await getSettings(db)).readerFont).toBe('serif');
    db.close();
  });
});

function highlight(over: Partial<UserAnnotation> = {}): UserAnnotation {
  return {
    id: 'h1',
    canonicalKey: 'https://example.com/a',
    clippingId: null,
    selectors: [{ type: 'TextQuoteSelector', exact: 'Thủy điện', prefix: '', suffix: '' }],
    quote: 'Thủy điện',
    color: 'yellow',
    note: 'first',
    createdAt: 1_000,
    updatedAt: 1_000,
    orphan: false,
    ...over,
  };
}

describe('annotation compare-and-set', () => {
  it("refuses an open tab's stale copy after the note was edited in the library", async () => {
    const db = await fresh();
    const loaded = highlight();
    await putAnnotation(db, loaded);
    // The library edits the note (its copy is current).
    await putAnnotation(
      db,
      { ...loaded, note: 'edited in the library', updatedAt: 2_000 },
      {
        expectedUpdatedAt: loaded.updatedAt,
      },
    );
    // The tab, still holding the copy from 1 000, changes the colour later in time.
    const stale = { ...loaded, color: 'green' as const, updatedAt: 3_000 };
    const refused = putAnnotation(db, stale, { expectedUpdatedAt: loaded.updatedAt });
    await expect(refused).rejects.toBeInstanceOf(StaleWriteError);
    await refused.catch((thrown: unknown) =>
      expect(describeStorageError(thrown)).toMatch(/changed elsewhere.*not saved/),
    );
    expect((await db.get('annotations', 'h1'))?.note).toBe('edited in the library');
    db.close();
  });

  it('lets the later edit win when no base version is given', async () => {
    const db = await fresh();
    await putAnnotation(db, highlight({ note: 'newer', updatedAt: 5_000 }));
    await expect(putAnnotation(db, highlight({ note: 'older', updatedAt: 4_000 }))).rejects.toThrow(
      StaleWriteError,
    );
    await putAnnotation(db, highlight({ note: 'newest', updatedAt: 6_000 }));
    expect((await db.get('annotations', 'h1'))?.note).toBe('newest');
    db.close();
  });

  it('writes a new highlight and an up-to-date change', async () => {
    const db = await fresh();
    const first = highlight();
    await putAnnotation(db, first, { expectedUpdatedAt: 0 });
    await putAnnotation(
      db,
      { ...first, note: 'second', updatedAt: 1_500 },
      {
        expectedUpdatedAt: 1_000,
      },
    );
    expect((await db.get('annotations', 'h1'))?.note).toBe('second');
    db.close();
  });
});
