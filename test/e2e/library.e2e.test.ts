import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { TestPage } from './support/extension-browser';
import { BROWSER_NAMES, launch } from './support/launch';
import {
  bytesOf,
  exportFile,
  openLibrary,
  saveFixture,
  textOf,
  type Captured,
} from './support/downloads';
import { openImport, useExtensionSession, waitImportStatus } from './support/session';

const SEED = '/seed/laichau.html';
const ENGLISH = '/library/english-article.html';
const SEED_TITLE = 'Lai Châu';
const ENGLISH_TITLE = "Vietnam's exports climb 8.6%";
const NOTE = 'Đối chiếu với Cục Thống kê trước khi trích dẫn.';

function itemTitles(page: TestPage): Promise<string[]> {
  return page.evaluate(
    () =>
      [
        ...document.querySelectorAll('[data-testid="clipping-item"] [data-testid="open-clipping"]'),
      ].map((e) => e.textContent ?? ''),
    null,
  );
}

async function search(page: TestPage, query: string): Promise<string[]> {
  await page.evaluate((q) => {
    const input = document.querySelector<HTMLInputElement>('[data-testid="search-input"]');
    if (!input) throw new Error('no search input');
    input.value = q;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }, query);
  // A query shows "n of m clippings" once its results are in; an empty one shows the total.
  await page.waitFor((empty) => {
    const status = document.querySelector('[data-testid="list-status"]')?.textContent ?? '';
    // "…" marks a provisional status (loading, or titles only while the index is built).
    if (status.includes('…')) return false;
    return empty ? !/\d+\D+\d+/.test(status) && /\d/.test(status) : /\d+\D+\d+/.test(status);
  }, query.trim() === '');
  return itemTitles(page);
}

/** The text of a Markdown export, whether a lone `.md` or the `.md` inside a zip with images. */
function markdownOf(c: Captured): string {
  if (c.name.endsWith('.md')) return textOf(c);
  const files = unzipSync(bytesOf(c));
  const md = Object.keys(files).find((n) => n.endsWith('.md'));
  return md ? strFromU8(files[md] as Uint8Array) : '';
}

/** A small BibTeX reader: every entry `@type{key, field = {…}, …}` with balanced braces. */
function parseBibtex(text: string): { type: string; key: string; fields: Map<string, string> }[] {
  const entries = [];
  const re = /@(\w+)\{([^,\s]+),/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    let depth = 1;
    let i = re.lastIndex;
    for (; i < text.length && depth > 0; i += 1) {
      if (text[i] === '\\') i += 1;
      else if (text[i] === '{') depth += 1;
      else if (text[i] === '}') depth -= 1;
    }
    if (depth !== 0) throw new Error(`unbalanced braces in entry ${m[2]}`);
    const body = text.slice(re.lastIndex, i - 1);
    const fields = new Map<string, string>();
    for (const f of body.matchAll(/(\w+)\s*=\s*\{((?:[^{}]|\{[^{}]*\})*)\}/g))
      fields.set(f[1] as string, f[2] as string);
    entries.push({ type: m[1] as string, key: m[2] as string, fields });
    re.lastIndex = i;
  }
  return entries;
}

/** Every clipping note, read from the extension's IndexedDB. */
function storedNotes(page: TestPage): Promise<string[]> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((ok, ko) => {
      const open = indexedDB.open('reader-assistant');
      open.onsuccess = () => ok(open.result);
      open.onerror = () => ko(open.error);
    });
    const all = await new Promise<{ note: string }[]>((ok) => {
      const get = db.transaction('clippings').objectStore('clippings').getAll();
      get.onsuccess = () => ok(get.result as { note: string }[]);
    });
    db.close();
    return all.map((c) => c.note);
  }, null);
}

async function until(check: () => Promise<boolean>, timeoutMs = 10000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 100));
  }
}

const zipEntries = (c: Captured) => unzipSync(bytesOf(c));

/** A backup without its export time, for comparing two libraries: entry name → content. */
function backupBody(c: Captured): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const [entry, bytes] of Object.entries(zipEntries(c))) {
    if (entry.endsWith('.bin')) body[entry] = Buffer.from(bytes).toString('base64');
    else body[entry] = JSON.parse(strFromU8(bytes)) as unknown;
  }
  const { exportedAt: _at, ...manifest } = body['manifest.json'] as Record<string, unknown>;
  body['manifest.json'] = manifest;
  return body;
}

/** Chooses a binary file (base64) in the library's import input. */
async function chooseBytes(page: TestPage, name: string, base64: string): Promise<void> {
  await openImport(page);
  await page.evaluate(
    ({ n, b }) => {
      const input = document.querySelector<HTMLInputElement>('[data-testid="import-file"]');
      if (!input) throw new Error('no import input');
      const binary = atob(b);
      const bytes = new Uint8Array(binary.length);
      for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
      const data = new DataTransfer();
      data.items.add(new File([bytes], n, { type: 'application/zip' }));
      input.files = data.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    },
    { n: name, b: base64 },
  );
}

describe.each(BROWSER_NAMES)('library in %s', (name) => {
  const session = useExtensionSession(name, { hostAccess: 'granted' });
  let library: TestPage;
  let backup: Captured;

  it('lists two saved fixtures, newest first', async () => {
    await saveFixture(session, SEED);
    await saveFixture(session, ENGLISH);
    library = await openLibrary(session.browser, 2);
    const titles = await itemTitles(library);
    expect(titles[0]).toContain(ENGLISH_TITLE);
    expect(titles[1]).toContain(SEED_TITLE);
  }, 120000);

  it('searches with and without diacritics, highlighting matches', async () => {
    expect(await search(library, 'thuy dien')).toEqual([expect.stringContaining(SEED_TITLE)]);
    expect(await search(library, 'Thủy điện')).toEqual([expect.stringContaining(SEED_TITLE)]);
    const marks = await library.evaluate(
      () =>
        [...document.querySelectorAll('[data-testid="clipping-item"] mark')].map((m) =>
          (m.textContent ?? '')
            .normalize('NFD')
            .replace(/\p{M}/gu, '')
            .replace(/đ/g, 'd')
            .toLowerCase(),
        ),
      null,
    );
    // Matches are marked whatever their diacritics: "Thủy" and "điện" for "thuy dien".
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.every((m) => m === 'thuy' || m === 'dien')).toBe(true);
    expect(await search(library, 'electronics')).toEqual([expect.stringContaining(ENGLISH_TITLE)]);
    expect(await search(library, 'xuat khau')).toEqual([expect.stringContaining(SEED_TITLE)]);
    await search(library, '');
    await library.waitFor(
      () => document.querySelectorAll('[data-testid="clipping-item"]').length === 2,
      null,
    );
  });

  it('searches a quoted phrase in word order, marking the phrase, not every "năm"', async () => {
    expect(await search(library, '"Nậm Voi"')).toEqual([expect.stringContaining(SEED_TITLE)]);
    const marks = await library.evaluate(
      () =>
        [...document.querySelectorAll('[data-testid="clipping-item"] .clip-snippet mark')].map(
          (m) => m.textContent ?? '',
        ),
      null,
    );
    // The seed has "năm" and "với" everywhere; only the phrase itself is marked.
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.every((m) => m === 'Nậm Voi')).toBe(true);
    // The same words in another order, or every word but one absent, find nothing.
    expect(await search(library, '"Voi Nậm"')).toEqual([]);
    expect(await search(library, 'Nậm electronics')).toEqual([]);
    await search(library, '');
    await library.waitFor(
      () => document.querySelectorAll('[data-testid="clipping-item"]').length === 2,
      null,
    );
  });

  it('opens a clipping offline with its stored images, and keeps a note', async () => {
    const requestsBefore = session.server.requests.length;
    await library.evaluate((title) => {
      const row = [...document.querySelectorAll('[data-testid="clipping-item"]')].find((r) =>
        (r.textContent ?? '').includes(title),
      );
      row?.querySelector<HTMLElement>('[data-testid="open-clipping"]')?.click();
    }, SEED_TITLE);
    await library.waitFor(
      () =>
        (document.querySelector('[data-testid="reader-content"]')?.textContent ?? '').length > 500,
      null,
    );
    await library.waitFor(() => {
      const imgs = [
        ...document.querySelectorAll<HTMLImageElement>('[data-testid="reader-content"] img'),
      ];
      return (
        imgs.length > 0 &&
        imgs.every((i) => i.src.startsWith('blob:') && i.complete && i.naturalWidth > 0)
      );
    }, null);
    const reader = await library.evaluate(
      () => ({
        text: document.querySelector('[data-testid="reader-content"]')?.textContent ?? '',
        figures: document.querySelectorAll('[data-testid="reader-content"] mark.ra-figure').length,
        hash: location.hash,
      }),
      null,
    );
    expect(reader.text).toContain('202,6 tỷ đồng');
    expect(reader.figures).toBeGreaterThan(5);
    expect(reader.hash).toMatch(/^#clipping=/);
    // Nothing was fetched from the site: the reader works from IndexedDB alone.
    expect(session.server.requests.slice(requestsBefore)).toEqual([]);

    await library.evaluate((note) => {
      const area = document.querySelector<HTMLTextAreaElement>('[data-testid="clipping-note"]');
      if (!area) throw new Error('no note field');
      area.focus();
      area.value = note;
      area.dispatchEvent(new Event('input', { bubbles: true }));
      area.blur();
    }, NOTE);
    // Saved on blur, asynchronously: wait for IndexedDB to have it before reloading.
    await until(async () => (await storedNotes(library)).includes(NOTE));
    await library.reload();
    await library.waitFor(
      (note) =>
        (document.querySelector<HTMLTextAreaElement>('[data-testid="clipping-note"]')?.value ??
          '') === note,
      NOTE,
    );
  });

  it('exports the open clipping in every format', async () => {
    const md = markdownOf(await exportFile(library, 'export-markdown'));
    expect(md).toContain(SEED_TITLE);
    expect(md).toContain('202,6 tỷ đồng');
    expect(md).toContain(NOTE);
    // The seed's `Thủy điện A Mé 1, 2`: the list's second member is named in full, not `2`.
    expect(md).toMatch(/^- Thủy điện A Mé 2$/m);
    expect(md).not.toMatch(/^- 2$/m);

    const csv = textOf(await exportFile(library, 'export-csv'));
    const rows = csv
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    // Every text cell quoted; the separator follows the browser's locale (`,` or `;`).
    expect(rows[0]).toMatch(/^"clipping title"([,;])"url"\1"published"\1"text"\1"kind"\1"value"/);
    expect(rows.length - 1).toBe(20);

    const bib = textOf(await exportFile(library, 'export-bibtex'));
    const entries = parseBibtex(bib);
    expect(entries).toHaveLength(1);
    expect(entries[0]?.type).toBe('online');
    expect(entries[0]?.fields.get('title')).toContain('Lai Châu');
    expect(entries[0]?.fields.get('url')).toContain('congthuong.vn');

    const ris = textOf(await exportFile(library, 'export-ris'));
    expect(ris).toMatch(/^TY {2}- NEWS/m);
    expect(ris).toMatch(/^ER {2}-/m);
    expect(ris).toContain('Lai Châu');

    const csl = JSON.parse(textOf(await exportFile(library, 'export-csl'))) as { title: string }[];
    expect(csl).toHaveLength(1);
    expect(csl[0]?.title).toContain('Lai Châu');

    const html = textOf(await exportFile(library, 'export-html'));
    expect(html).toContain('202,6 tỷ đồng');
    expect(html).toContain('<li>Thủy điện A Mé 2</li>');
    expect(html).not.toContain('<li>2</li>');
    expect(html).toMatch(/<img[^>]+src="data:image\/svg\+xml;base64,/);

    const backupZip = zipEntries(await exportFile(library, 'export-json'));
    expect(JSON.parse(strFromU8(backupZip['manifest.json'] as Uint8Array))).toMatchObject({
      format: 'reader-assistant-backup',
      clippings: 1,
    });
    const entry = JSON.parse(strFromU8(backupZip['clippings/000001.json'] as Uint8Array)) as {
      clipping: { note: string };
      images: unknown[];
    };
    expect(entry.clipping.note).toBe(NOTE);
    expect(entry.images.length).toBeGreaterThan(0);
    expect(Object.keys(backupZip).filter((n) => n.endsWith('.bin')).length).toBe(
      entry.images.length,
    );
  });

  it('exports the whole library as a zip backup', async () => {
    await library.click('[data-testid="close-reader"]');
    await library.waitFor(
      () => document.querySelectorAll('[data-testid="clipping-item"]').length === 2,
      null,
    );
    backup = await exportFile(library, 'export-json');
    expect(backup.name).toMatch(/\.zip$/);
    const files = zipEntries(backup);
    expect(Object.keys(files).filter((n) => /^clippings\/\d+\.json$/.test(n))).toHaveLength(2);
    expect(Object.keys(files).filter((n) => n.endsWith('.bin')).length).toBeGreaterThanOrEqual(3);
  });

  it('imports the backup into a fresh profile and shows the same library; a bad file changes nothing', async () => {
    const fresh = await launch(name, 'none');
    try {
      const page = await fresh.newPage();
      await page.goto(fresh.extensionUrl('library.html'));
      await page.waitFor(
        () => document.querySelector('[data-testid="import-file"]') !== null,
        null,
      );
      await chooseBytes(page, backup.name, backup.base64);
      await page.waitFor(
        () => document.querySelector('[data-testid="import-apply"]') !== null,
        null,
        30000,
      );
      await page.click('[data-testid="import-apply"]');
      expect(await waitImportStatus(page, 'Imported')).toMatch(/2 added/);
      await page.waitFor(
        () => document.querySelectorAll('[data-testid="clipping-item"]').length === 2,
        null,
      );
      expect(await itemTitles(page)).toEqual(await itemTitles(library));
      // Same data: the fresh profile's own backup equals the original.
      const again = await exportFile(page, 'export-json');
      expect(backupBody(again)).toEqual(backupBody(backup));

      const bytes = bytesOf(backup);
      const half = Buffer.from(bytes.subarray(0, Math.floor(bytes.length / 2))).toString('base64');
      await chooseBytes(page, 'broken.zip', half);
      expect(await waitImportStatus(page, 'Nothing was imported')).toMatch(/truncated|damaged/);
      const newer = { ...zipEntries(backup) };
      newer['manifest.json'] = strToU8(
        strFromU8(newer['manifest.json'] as Uint8Array).replace('"version":2', '"version":7'),
      );
      await chooseBytes(page, 'evil.zip', Buffer.from(zipSync(newer)).toString('base64'));
      expect(await waitImportStatus(page, 'newer version')).toMatch(/Nothing was imported/);
      const after = await exportFile(page, 'export-json');
      expect(backupBody(after)).toEqual(backupBody(backup));
    } finally {
      await fresh.close();
    }
  }, 120000);
});
