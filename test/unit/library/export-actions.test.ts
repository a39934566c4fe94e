// @vitest-environment node
// Node's Blob survives fake-indexeddb's structured clone (happy-dom's does not).
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { saveClipping } from '../../../src/store/clippings-repository';
import { openReaderDb, type Db } from '../../../src/store/open-db';
import { buildExport } from '../../../src/ui/library/export-actions';
import {
  enClipping,
  makeParser,
  viAnnotations,
  viClipping,
  viImages,
} from '../export/export-fixtures';
import { makeClipping } from './library-fixtures';

async function seeded(extra = 0): Promise<Db> {
  const db = await openReaderDb({ name: `export-${Math.random().toString(36).slice(2)}` });
  await saveClipping(db, {
    clipping: viClipping(),
    images: viImages(),
    annotations: viAnnotations(),
  });
  await saveClipping(db, { clipping: enClipping(), images: [], annotations: [] });
  for (let i = 0; i < extra; i += 1)
    await saveClipping(db, { clipping: makeClipping(`x${i}`), images: [], annotations: [] });
  return db;
}

const parser = makeParser();

describe('buildExport', () => {
  it('one clipping with images → a zip with its Markdown and images', async () => {
    const db = await seeded();
    const file = await buildExport(db, 'markdown', { ids: ['clip-vi'], all: false }, { parser });
    expect(file.name).toMatch(/\.zip$/);
    const files = unzipSync(new Uint8Array(await file.blob.arrayBuffer()));
    const md = Object.entries(files).find(([n]) => n.endsWith('.md'))?.[1];
    expect(strFromU8(md as Uint8Array)).toContain('202,6 tỷ đồng');
    expect(Object.keys(files).some((n) => n.startsWith('images/'))).toBe(true);
  });

  it('one clipping without images → a .md file; citations for a selection', async () => {
    const db = await seeded();
    const md = await buildExport(db, 'markdown', { ids: ['clip-en'], all: false }, { parser });
    expect(md.name).toMatch(/^fed-raises-rates.*\.md$/);
    const bib = await buildExport(db, 'bibtex', { ids: ['clip-vi', 'clip-en'], all: false });
    expect((await bib.blob.text()).match(/^@/gm)).toHaveLength(2);
    const csv = await buildExport(db, 'csv', { ids: ['clip-vi'], all: false });
    expect((await csv.blob.text()).trim().split('\r\n')).toHaveLength(1 + 4);
  });

  it('"all" exports every clipping in the database, whatever ids the page had', async () => {
    const db = await seeded(3);
    const file = await buildExport(db, 'csl', { ids: ['clip-vi'], all: true });
    expect(JSON.parse(await file.blob.text())).toHaveLength(5);
  });

  it('reports progress and stops when cancelled', async () => {
    const db = await seeded(250);
    const progress: number[] = [];
    const abort = new AbortController();
    const run = buildExport(
      db,
      'json',
      { ids: [], all: true },
      {
        signal: abort.signal,
        onProgress: (f) => {
          progress.push(f);
          if (f > 0.1) abort.abort();
        },
      },
    );
    await expect(run).rejects.toThrow();
    expect(progress.length).toBeGreaterThan(0);
    expect(Math.max(...progress)).toBeLessThan(1);
    const done: number[] = [];
    await buildExport(db, 'json', { ids: [], all: true }, { onProgress: (f) => done.push(f) });
    expect(done.at(-1)).toBe(1);
  });
});

describe('export file names', () => {
  it('Markdown and HTML of the same selection download under different names', async () => {
    const db = await seeded();
    const scope = { ids: ['clip-vi', 'clip-en'], all: false };
    const now = new Date('2026-12-07T00:00:00Z');
    const md = await buildExport(db, 'markdown', scope, { parser, now });
    const html = await buildExport(db, 'html', scope, { parser, now });
    expect(md.name).toBe('reader-assistant-2-clippings-2026-12-07-markdown.zip');
    expect(html.name).toBe('reader-assistant-2-clippings-2026-12-07-html.zip');
  });

  it('writes plain-BibTeX @misc when asked', async () => {
    const db = await seeded();
    const scope = { ids: ['clip-vi'], all: false };
    const bib = await buildExport(db, 'bibtex', scope, { bibtexDialect: 'bibtex' });
    expect(await bib.blob.text()).toMatch(/^@misc\{/);
  });
});
