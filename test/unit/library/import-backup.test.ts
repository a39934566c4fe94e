// @vitest-environment node
// Node's own Blob survives fake-indexeddb's structured clone; DOM emulations' Blobs do not.
import { readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import { JSDOM } from 'jsdom';
import type { WindowLike } from 'dompurify';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { serializeBackup } from '../../../src/export/backup-format';
import { saveClipping } from '../../../src/store/clippings-repository';
import { BackupReadError } from '../../../src/export/backup-source';
import {
  describeImportError,
  importBackupText,
  importSource,
  OLD_JSON_MAX_BYTES,
  openBackupFile,
} from '../../../src/store/import-backup';
import { openReaderDb, type Db } from '../../../src/store/open-db';
import type { Clipping } from '../../../src/model/stored-records';
import { setSetting } from '../../../src/store/settings-repository';
import { buildExport } from '../../../src/ui/library/export-actions';
import { sanitizeArticleHtml } from '../../../src/ui/reader/sanitize-article';
import {
  enClipping,
  makeParser,
  viAnnotations,
  viClipping,
  viImages,
} from '../export/export-fixtures';
import { makeClipping } from './library-fixtures';

const domWindow = new JSDOM('').window as unknown as WindowLike;
const sanitize = (html: string) => sanitizeArticleHtml(html, domWindow);
const dbName = () => `import-${Math.random().toString(36).slice(2)}`;

/** Every record of every store, images as bytes, so two databases compare with toEqual. */
async function dump(db: Db) {
  const images = await Promise.all(
    (await db.getAll('images')).map(async ({ blob, ...rest }) => ({
      ...rest,
      type: blob.type,
      bytes: Array.from(new Uint8Array(await blob.arrayBuffer())),
    })),
  );
  return {
    clippings: await db.getAll('clippings'),
    annotations: await db.getAll('annotations'),
    images,
    settings: await db.getAll('settings'),
  };
}

async function seeded(): Promise<Db> {
  const db = await openReaderDb({ name: dbName() });
  await saveClipping(db, {
    clipping: viClipping(),
    images: viImages(),
    annotations: viAnnotations(),
  });
  await saveClipping(db, { clipping: enClipping(), images: [], annotations: [] });
  await setSetting(db, 'readerFontSize', 21);
  return db;
}

/** A backup in the old single-JSON format (version 1), as earlier versions wrote it. */
async function backupText(db: Db): Promise<string> {
  return serializeBackup({
    clippings: (await db.getAll('clippings')).sort((a, b) => b.savedAt - a.savedAt),
    annotations: await db.getAll('annotations'),
    images: await db.getAll('images'),
    settings: await db.getAll('settings'),
  });
}

async function wipe(db: Db): Promise<void> {
  const tx = db.transaction(['clippings', 'images', 'annotations', 'settings'], 'readwrite');
  await Promise.all(
    (['clippings', 'images', 'annotations', 'settings'] as const).map((n) =>
      tx.objectStore(n).clear(),
    ),
  );
  await tx.done;
}

afterEach(() => vi.restoreAllMocks());

describe('JSON backup round trip', () => {
  it('export all → wipe → import gives back identical data', async () => {
    const db = await seeded();
    const before = await dump(db);
    const text = await backupText(db);
    await wipe(db);
    expect((await dump(db)).clippings).toEqual([]);
    const result = await importBackupText(db, text, sanitize);
    expect(result).toEqual({
      ok: true,
      value: {
        added: 2,
        replaced: 0,
        keptBoth: 0,
        skipped: 0,
        annotations: 1,
        images: 1,
        settings: 1,
      },
    });
    expect(await dump(db)).toEqual(before);
  });

  it("the library's backup button writes a zip that imports back identically", async () => {
    const db = await seeded();
    const before = await dump(db);
    const ids = (await db.getAllKeys('clippings')).map(String);
    const file = await buildExport(db, 'json', { ids, all: true }, { parser: makeParser() });
    expect(file.name).toMatch(/^reader-assistant-backup-2-clippings-.*\.zip$/);
    expect(Object.keys(unzipSync(new Uint8Array(await file.blob.arrayBuffer()))).sort()).toEqual([
      'annotations/000001.json',
      'clippings/000001.json',
      'clippings/000002-0.bin',
      'clippings/000002.json',
      'manifest.json',
      'settings.json',
    ]);
    await wipe(db);
    const source = await openBackupFile(file.blob);
    const result = await importSource(db, source, sanitize);
    expect(result.ok && result.value.summary).toMatchObject({ added: 2, images: 1 });
    expect(await dump(db)).toEqual(before);
  });

  it('still imports a single-JSON backup file written by earlier versions', async () => {
    const db = await openReaderDb({ name: dbName() });
    const file = new Blob([
      readFileSync(new URL('../export/golden/backup-v1.json', import.meta.url)),
    ]);
    const result = await importSource(db, await openBackupFile(file), sanitize);
    expect(result.ok && result.value.summary).toMatchObject({
      added: 2,
      annotations: 1,
      images: 1,
    });
    expect((await db.getAllKeys('clippings')).sort()).toEqual(['clip-en', 'clip-vi']);
    const image = (await db.getAll('images'))[0];
    expect(image?.blob.type).toBe(viImages()[0]?.blob.type);
  });

  it('refuses an old single-JSON backup over the size limit with a sentence, before reading it', async () => {
    const golden = readFileSync(new URL('../export/golden/backup-v1.json', import.meta.url));
    const file = new Blob([golden]);
    const text = vi.spyOn(file, 'text');
    const limit = golden.byteLength - 1;
    await expect(openBackupFile(file, limit)).rejects.toThrow(
      new RegExp(
        `old single-file backup \\(${Math.ceil(golden.byteLength / 1024)} KB\\) is too large.*Nothing was imported`,
      ),
    );
    await expect(openBackupFile(file, limit)).rejects.toBeInstanceOf(BackupReadError);
    expect(text).not.toHaveBeenCalled();
    // At the limit it is read as before.
    expect((await openBackupFile(file, golden.byteLength)).exportedAt).toMatch(/^\d{4}-/);
  });

  it('a file the engine cannot hold as one string gets the same sentence, not "Invalid string length"', async () => {
    const golden = readFileSync(new URL('../export/golden/backup-v1.json', import.meta.url));
    const file = new Blob([golden]);
    vi.spyOn(file, 'text').mockRejectedValue(new RangeError('Invalid string length'));
    const thrown = await openBackupFile(file).catch((e: unknown) => e);
    expect(thrown).toBeInstanceOf(BackupReadError);
    expect(describeImportError(thrown)).toMatch(/too large to import.*up to 500 MB/);
  });

  it('the size limit always fits in a string of the engine with the smallest limit (V8: 2^29 - 24 characters)', () => {
    // A UTF-8 file of n bytes decodes to at most n UTF-16 code units.
    expect(OLD_JSON_MAX_BYTES).toBeLessThanOrEqual(2 ** 29 - 24);
    expect(OLD_JSON_MAX_BYTES).toBeGreaterThan(400 * 1024 * 1024);
  });

  it('importing the same file twice changes nothing and duplicates nothing', async () => {
    const db = await seeded();
    const text = await backupText(db);
    const before = await dump(db);
    const again = await importBackupText(db, text, sanitize);
    expect(again.ok && again.value).toMatchObject({
      added: 0,
      replaced: 0,
      keptBoth: 0,
      skipped: 2,
    });
    expect(await dump(db)).toEqual(before);
  });
});

describe('merge', () => {
  it('the newer version wins, matched by id or by canonical URL; a conflict keeps both', async () => {
    const db = await seeded();
    const text = await backupText(db);
    const file = JSON.parse(text) as { clippings: Clipping[] };
    // Local edit after the backup: local must win for the Vietnamese clipping.
    const vi = (await db.get('clippings', 'clip-vi')) as Clipping;
    await db.put('clippings', { ...vi, note: 'local, newer', updatedAt: vi.updatedAt + 10 });
    // The backup's English clipping is newer and was saved under another id elsewhere.
    const en = file.clippings.find((c) => c.id === 'clip-en') as Clipping;
    file.clippings = file.clippings.map((c) =>
      c.id === 'clip-en'
        ? { ...en, id: 'other-device-id', note: 'from backup', updatedAt: en.updatedAt + 10 }
        : c,
    );
    const result = await importBackupText(db, JSON.stringify(file), sanitize);
    // Both sides changed the Vietnamese note: a conflict, kept as two clippings by default.
    expect(result.ok && result.value).toMatchObject({ added: 0, replaced: 1, keptBoth: 1 });
    const all = await db.getAll('clippings');
    expect(all).toHaveLength(3);
    expect(all.find((c) => c.id === 'clip-vi')?.note).toBe('local, newer');
    const copy = all.find((c) => c.tags.includes('imported copy'));
    expect(copy?.note).toBe(vi.note);
    // Same article, so it keeps the local id: links and the reader URL stay valid.
    expect(all.find((c) => c.id === 'clip-en')?.note).toBe('from backup');
  });

  it('adds new clippings next to existing ones', async () => {
    const db = await seeded();
    const other = await openReaderDb({ name: dbName() });
    await saveClipping(other, { clipping: makeClipping('new-one'), images: [], annotations: [] });
    const text = await backupText(other);
    const result = await importBackupText(db, text, sanitize);
    expect(result.ok && result.value).toMatchObject({ added: 1 });
    expect((await db.getAllKeys('clippings')).sort()).toEqual(['clip-en', 'clip-vi', 'new-one']);
  });

  it('sanitises article HTML again before storing it', async () => {
    const db = await openReaderDb({ name: dbName() });
    const hostile = makeClipping('evil', {
      html: '<p onclick="steal()">Hi<script>alert(1)</script><img src="x" onerror="boom()"><a href="javascript:alert(1)">x</a></p>',
    });
    const text = await serializeBackup({
      clippings: [hostile],
      annotations: [],
      images: [],
      settings: [],
    });
    expect((await importBackupText(db, text, sanitize)).ok).toBe(true);
    const stored = (await db.get('clippings', 'evil'))?.html ?? '';
    expect(stored).toContain('Hi');
    expect(stored).not.toMatch(/script|onclick|onerror|javascript:/i);
  });
});

describe('a bad file leaves the library unchanged', () => {
  const cases: [string, (text: string) => string, RegExp][] = [
    ['truncated', (t) => t.slice(0, Math.floor(t.length / 2)), /truncated/],
    ['not JSON', () => 'PK\u0003\u0004 zip bytes', /not valid JSON/],
    ['another app', () => '{"format":"other","version":1}', /not a Reader Assistant backup/],
    ['newer version', (t) => t.replace('"version":1', '"version":99'), /newer version/],
    ['empty', () => '', /empty/],
    ['wrong shape', (t) => t.replace('"savedAt":', '"savedAt":"yesterday","x":'), /damaged/],
  ];
  it.each(cases)('%s', async (_name, corrupt, message) => {
    const db = await seeded();
    const text = await backupText(db);
    await db.put('clippings', makeClipping('only-here'));
    const before = await dump(db);
    const result = await importBackupText(db, corrupt(text), sanitize);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
    expect(await dump(db)).toEqual(before);
  });

  it('a failure in the middle of writing rolls everything back (one transaction)', async () => {
    const db = await seeded();
    const text = await backupText(db);
    await wipe(db);
    const put = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
      this: IDBObjectStore,
      value: unknown,
      key?: IDBValidKey,
    ) {
      // Clippings are written first; fail on the image, after they were.
      if (this.name === 'images') throw new DOMException('disk full', 'QuotaExceededError');
      return put.call(this, value, key);
    });
    const result = await importBackupText(db, text, sanitize);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/Storage is full/);
    vi.restoreAllMocks();
    expect(await dump(db)).toEqual({ clippings: [], annotations: [], images: [], settings: [] });
  });
});
