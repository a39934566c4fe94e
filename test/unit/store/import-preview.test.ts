// @vitest-environment node
// Node's Blob survives fake-indexeddb's structured clone (happy-dom's does not).
import { describe, expect, it } from 'vitest';
import { serializeBackup } from '../../../src/export/backup-format';
import { applyImport, IMPORTED_COPY_TAG, undoImport } from '../../../src/store/apply-import';
import { saveClipping } from '../../../src/store/clippings-repository';
import { importBackupText, jsonSource } from '../../../src/store/import-backup';
import { previewImport } from '../../../src/store/import-preview';
import { openReaderDb, type Db } from '../../../src/store/open-db';
import type { Clipping } from '../../../src/model/stored-records';
import { viAnnotations, viClipping, viImages } from '../export/export-fixtures';
import { makeClipping } from '../library/library-fixtures';
import { snapshot } from './round-trip-helpers';

const keep = (html: string) => html;
const DAY = 24 * 60 * 60 * 1000;

async function library(): Promise<Db> {
  const db = await openReaderDb({ name: `preview-${Math.random().toString(36).slice(2)}` });
  await saveClipping(db, {
    clipping: viClipping(),
    images: viImages(),
    annotations: viAnnotations(),
  });
  return db;
}

const backupOf = (clippings: Clipping[]) =>
  serializeBackup({ clippings, annotations: [], images: [], settings: [] });

function source(text: string) {
  const s = jsonSource(text);
  if (!s.ok) throw new Error(s.error);
  return s.value;
}

describe('an import that asks', () => {
  it('refuses a backup whose clipping is dated in the future, naming it, and writes nothing', async () => {
    const db = await library();
    const before = await snapshot(db);
    const forged = {
      ...viClipping(),
      note: 'replaced by a stranger',
      updatedAt: Date.now() + 400 * DAY,
    };
    const result = await importBackupText(db, await backupOf([forged]), keep);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toContain(`"${viClipping().metadata.title}"`);
      expect(result.error).toMatch(/is dated in the future \(updatedAt \d{4}-/);
    }
    expect(await snapshot(db)).toEqual(before);
  });

  it('accepts a clock a few hours ahead (less than a day)', async () => {
    const db = await library();
    const ahead = makeClipping('ahead', { updatedAt: Date.now() + 3 * 60 * 60 * 1000 });
    const result = await importBackupText(db, await backupOf([ahead]), keep);
    expect(result.ok && result.value.added).toBe(1);
  });

  it('a shared file for the same page does not replace the note, tags and images: both kept', async () => {
    const db = await library();
    const mine = (await db.get('clippings', 'clip-vi')) as Clipping;
    // The attack of issue 21: same URL, newer, other note and tags, no images.
    const theirs = {
      ...viClipping(),
      id: 'stranger',
      note: 'their note',
      tags: ['spam'],
      updatedAt: mine.updatedAt + 1000,
    };
    const result = await importBackupText(db, await backupOf([theirs]), keep);
    expect(result.ok && result.value).toMatchObject({ replaced: 0, keptBoth: 1 });
    expect(await db.get('clippings', 'clip-vi')).toEqual(mine);
    expect((await db.getAllFromIndex('images', 'byClippingId', 'clip-vi')).length).toBe(1);
    const copy = (await db.getAll('clippings')).find((c) => c.id !== 'clip-vi');
    expect(copy?.tags).toEqual(['spam', IMPORTED_COPY_TAG]);
    expect(copy?.canonicalKey).toMatch(/#imported-/);
  });

  it('counts new, newer, older, same and conflicts before anything is written', async () => {
    const db = await library();
    await saveClipping(db, {
      clipping: makeClipping('a', { updatedAt: 10 }),
      images: [],
      annotations: [],
    });
    await saveClipping(db, {
      clipping: makeClipping('b', { updatedAt: 10 }),
      images: [],
      annotations: [],
    });
    await saveClipping(db, { clipping: makeClipping('c'), images: [], annotations: [] });
    const mine = (await db.get('clippings', 'clip-vi')) as Clipping;
    const text = await backupOf([
      makeClipping('new-1'),
      makeClipping('new-2'),
      makeClipping('a', { updatedAt: 20, text: 'refreshed' }),
      makeClipping('b', { updatedAt: 5, text: 'stale' }),
      makeClipping('c'),
      { ...mine, note: 'other note', updatedAt: mine.updatedAt + 1 },
    ]);
    const before = await snapshot(db);
    const preview = await previewImport(db, source(text));
    expect(preview.counts).toEqual({ new: 2, newer: 1, older: 1, same: 1, conflict: 1 });
    expect(preview.items.find((i) => i.id === 'clip-vi')).toMatchObject({
      kind: 'conflict',
      localId: 'clip-vi',
      title: mine.metadata.title,
    });
    expect(await snapshot(db)).toEqual(before);
  });

  it('takes each item as chosen, and "Undo import" restores the library exactly', async () => {
    const db = await library();
    await saveClipping(db, {
      clipping: makeClipping('old', { updatedAt: 10 }),
      images: [],
      annotations: [],
    });
    const before = await snapshot(db);
    const mine = (await db.get('clippings', 'clip-vi')) as Clipping;
    const text = await backupOf([
      makeClipping('fresh'),
      makeClipping('old', { updatedAt: 20, note: '' }),
      { ...mine, note: 'their note', tags: [], updatedAt: mine.updatedAt + 1 },
    ]);
    const src = source(text);
    const preview = await previewImport(db, src);
    const choices = new Map([
      ['clip-vi', 'replace' as const],
      ['fresh', 'skip' as const],
    ]);
    const { summary, undo } = await applyImport(db, src, preview, choices, keep);
    expect(summary).toMatchObject({ added: 0, replaced: 2, skipped: 1, keptBoth: 0 });
    expect((await db.get('clippings', 'clip-vi'))?.note).toBe('their note');
    expect(await db.getAllFromIndex('images', 'byClippingId', 'clip-vi')).toEqual([]);
    expect(await db.get('clippings', 'fresh')).toBeUndefined();

    await undoImport(db, undo);
    expect(await snapshot(db)).toEqual(before);
  });

  it('undo removes an added clipping, a kept-both copy and their highlights', async () => {
    const db = await library();
    const before = await snapshot(db);
    const mine = (await db.get('clippings', 'clip-vi')) as Clipping;
    const text = await serializeBackup({
      clippings: [
        makeClipping('fresh'),
        { ...mine, note: 'theirs', updatedAt: mine.updatedAt + 1 },
      ],
      annotations: viAnnotations().map((a) => ({ ...a, id: 'their-highlight', note: 'x' })),
      images: viImages(),
      settings: [{ key: 'readerTheme', value: 'dark' }],
    });
    const src = source(text);
    const { summary, undo } = await applyImport(
      db,
      src,
      await previewImport(db, src),
      new Map(),
      keep,
    );
    expect(summary).toMatchObject({
      added: 1,
      keptBoth: 1,
      annotations: 1,
      images: 1,
      settings: 1,
    });
    const copy = (await db.getAll('clippings')).find((c) => c.tags.includes(IMPORTED_COPY_TAG));
    expect(copy).toBeDefined();
    // The copy's highlight follows the copy, not the live page of the original.
    const copied = await db.getAllFromIndex('annotations', 'byClippingId', copy?.id ?? '');
    expect(copied.map((a) => a.canonicalKey)).toEqual([copy?.canonicalKey]);
    // Its images were given ids of their own, and the article points at them.
    const images = await db.getAllFromIndex('images', 'byClippingId', copy?.id ?? '');
    expect(images).toHaveLength(1);
    expect(copy?.html).toContain(`ra-image:${images[0]?.id}`);
    await undoImport(db, undo);
    expect(await snapshot(db)).toEqual(before);
  });

  it('a cancel in the middle of an import takes back what was written', async () => {
    const db = await library();
    const before = await snapshot(db);
    const src = source(
      await backupOf([makeClipping('one'), makeClipping('two'), makeClipping('three')]),
    );
    const preview = await previewImport(db, src);
    const abort = new AbortController();
    // Cancel once the first clipping has been written.
    const cancelling = {
      exportedAt: src.exportedAt,
      async *items(options: Parameters<typeof src.items>[0]) {
        for await (const item of src.items(options)) {
          yield item;
          if (item.kind === 'clipping') abort.abort();
        }
      },
    };
    await expect(
      applyImport(db, cancelling, preview, new Map(), keep, { signal: abort.signal }),
    ).rejects.toThrow(/abort/i);
    expect(await snapshot(db)).toEqual(before);
  });
});
