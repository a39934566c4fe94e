import { describe, expect, it } from 'vitest';
import type { TestPage } from './support/extension-browser';
import { BROWSER_NAMES } from './support/launch';
import {
  chooseFile,
  openLibraryPage,
  useExtensionSession,
  waitImportStatus,
} from './support/session';
import { serializeBackup } from '../../src/export/backup-format';
import type { Clipping } from '../../src/model/stored-records';
import { makeClipping, metadataTitled } from '../unit/library/library-fixtures';

const DAY = 24 * 60 * 60 * 1000;
const TITLE = 'Thủy điện Lai Châu: sản lượng quý III';
const MY_NOTE = 'Ghi chú của tôi: đối chiếu số liệu.';

function mine(updatedAt: number): Clipping {
  return makeClipping('mine-1', {
    url: 'https://baomoi.example/thuy-dien.html',
    canonicalKey: 'https://baomoi.example/thuy-dien.html',
    metadata: metadataTitled(TITLE),
    note: MY_NOTE,
    tags: ['năng lượng'],
    savedAt: updatedAt,
    updatedAt,
  });
}

const backupOf = (clippings: Clipping[]) =>
  serializeBackup({ clippings, annotations: [], images: [], settings: [] });

/** Every clipping in the extension's IndexedDB: note and tags, sorted by note. */
function stored(page: TestPage): Promise<{ note: string; tags: string[] }[]> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((ok, ko) => {
      const open = indexedDB.open('reader-assistant');
      open.onsuccess = () => ok(open.result);
      open.onerror = () => ko(open.error);
    });
    const all = await new Promise<{ note: string; tags: string[] }[]>((ok) => {
      const get = db.transaction('clippings').objectStore('clippings').getAll();
      get.onsuccess = () => ok(get.result as { note: string; tags: string[] }[]);
    });
    db.close();
    return all
      .map((c) => ({ note: c.note, tags: c.tags }))
      .sort((a, b) => (a.note < b.note ? -1 : 1));
  }, null);
}

function listed(page: TestPage): Promise<number> {
  return page.evaluate(
    () => document.querySelectorAll('[data-testid="clipping-item"]').length,
    null,
  );
}

describe.each(BROWSER_NAMES)('importing a shared or hostile backup in %s', (name) => {
  const session = useExtensionSession(name, { hostAccess: 'none' });
  let library: TestPage;
  let before: { note: string; tags: string[] }[];

  it("imports the user's own backup after a preview", async () => {
    library = await openLibraryPage(session);
    await library.waitFor(
      () => document.querySelector('[data-testid="import-file"]') !== null,
      null,
    );
    await chooseFile(library, 'mine.json', await backupOf([mine(Date.now() - DAY)]));
    await library.waitFor(
      () => document.querySelector('[data-testid="import-apply"]') !== null,
      null,
      30000,
    );
    expect(
      await library.evaluate(
        () => document.querySelector('[data-testid="import-counts"]')?.textContent ?? '',
        null,
      ),
    ).toMatch(/1 new/);
    await library.click('[data-testid="import-apply"]');
    expect(await waitImportStatus(library, 'Imported')).toMatch(/1 added/);
    await library.click('[data-testid="keep-import"]');
    await library.waitFor(
      () => document.querySelectorAll('[data-testid="clipping-item"]').length === 1,
      null,
    );
    before = await stored(library);
    expect(before).toEqual([{ note: MY_NOTE, tags: ['năng lượng'] }]);
  });

  it('refuses a backup dated in the future, naming the clipping, and changes nothing', async () => {
    const forged = { ...mine(Date.now() + 365 * DAY), note: 'replaced by a stranger', tags: [] };
    await chooseFile(library, 'forged.json', await backupOf([forged]));
    const status = await waitImportStatus(library, 'Nothing was imported');
    expect(status).toContain(TITLE);
    expect(status).toMatch(/dated in the future/);
    expect(
      await library.evaluate(() => document.querySelector('[data-testid="import-apply"]'), null),
    ).toBeNull();
    expect(await stored(library)).toEqual(before);
  });

  it('shows a conflict in the preview, keeps both by default, and "Undo import" restores the library', async () => {
    const theirs = {
      ...mine(Date.now() - 60_000),
      id: 'someone-else',
      note: 'Their note, from a shared file.',
      tags: ['spam'],
    };
    await chooseFile(library, 'shared.json', await backupOf([theirs]));
    await library.waitFor(
      () => document.querySelector('[data-testid="import-apply"]') !== null,
      null,
      30000,
    );
    const preview = await library.evaluate(
      () => ({
        counts: document.querySelector('[data-testid="import-counts"]')?.textContent ?? '',
        items: [...document.querySelectorAll('[data-testid="import-item"]')].map(
          (e) => e.textContent ?? '',
        ),
        choice: document.querySelector<HTMLSelectElement>('[data-testid="import-choice"]')?.value,
      }),
      null,
    );
    expect(preview.counts).toMatch(/1 conflicts/);
    expect(preview.items).toHaveLength(1);
    expect(preview.items[0]).toContain(TITLE);
    expect(preview.choice).toBe('keep-both');
    // Nothing is written by the preview.
    expect(await stored(library)).toEqual(before);

    await library.click('[data-testid="import-apply"]');
    expect(await waitImportStatus(library, 'Imported')).toMatch(/1 kept as both/);
    await library.waitFor(
      () => document.querySelectorAll('[data-testid="clipping-item"]').length === 2,
      null,
    );
    expect(await stored(library)).toEqual([
      { note: MY_NOTE, tags: ['năng lượng'] },
      { note: 'Their note, from a shared file.', tags: ['spam', 'imported copy'] },
    ]);

    await library.click('[data-testid="undo-import"]');
    await waitImportStatus(library, 'undone');
    await library.waitFor(
      () => document.querySelectorAll('[data-testid="clipping-item"]').length === 1,
      null,
    );
    expect(await listed(library)).toBe(1);
    expect(await stored(library)).toEqual(before);
    await library.close();
  }, 120000);
});
