// @vitest-environment node
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { splitForSite } from '../../../bench/detection/page-entries';

const COMMIT = '0123456789abcdef0123456789abcdef01234567';

function siteIn(split: 'dev' | 'test'): string {
  for (let i = 0; ; i += 1)
    if (splitForSite(`site${i}.example`) === split) return `site${i}.example`;
}

describe('loadDetectionPages', () => {
  let root: string;
  const saved = { corpus: process.env.CORPUS_DIR, cache: process.env.DETECTION_CORPUS_DIR };

  beforeEach(() => {
    root = mkdtempSync(path.join(tmpdir(), 'detection-corpus-'));
    process.env.CORPUS_DIR = path.join(root, 'shared');
    process.env.DETECTION_CORPUS_DIR = path.join(root, 'cache');
    // The directories are read when the modules load, so each test loads them afresh.
    vi.resetModules();
  });

  afterEach(() => {
    rmSync(root, { recursive: true, force: true });
    for (const [key, value] of [
      ['CORPUS_DIR', saved.corpus],
      ['DETECTION_CORPUS_DIR', saved.cache],
    ] as const) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  });

  function writeLabels(): string {
    const dev = siteIn('dev');
    const test = siteIn('test');
    const lines = [
      { id: 'shared/en/a.html', source: { shared: 'en/a.html' }, site: dev, kind: 'news' },
      {
        id: 'repo/tests/b.html.gz',
        source: { repo: 'owner/name', commit: COMMIT, path: 'tests/b.html.gz' },
        site: test,
        kind: 'front',
      },
      {
        id: 'repo/tests/c.html',
        source: { repo: 'owner/name', commit: COMMIT, path: 'tests/c.html' },
        site: dev,
        kind: 'blog',
      },
    ].map((e) =>
      JSON.stringify({
        ...e,
        url: '',
        lang: 'en',
        label: e.kind === 'front' ? 'not-article' : 'article',
        split: splitForSite(e.site),
      }),
    );
    const file = path.join(root, 'pages.jsonl');
    writeFileSync(file, `${lines.join('\n')}\n`);
    return file;
  }

  it('finds shared pages in CORPUS_DIR and repository pages in the cache under their id', async () => {
    const file = writeLabels();
    mkdirSync(path.join(root, 'shared/en'), { recursive: true });
    writeFileSync(path.join(root, 'shared/en/a.html'), '<p>a</p>');
    mkdirSync(path.join(root, 'cache/repo/tests'), { recursive: true });
    writeFileSync(path.join(root, 'cache/repo/tests/b.html.gz'), '');
    const { loadDetectionPages } = await import('../../../bench/detection/load-corpus');

    const all = loadDetectionPages({ file });
    expect(all.pages.map((p) => [p.id, p.file])).toEqual([
      ['shared/en/a.html', path.join(root, 'shared/en/a.html')],
      ['repo/tests/b.html.gz', path.join(root, 'cache/repo/tests/b.html.gz')],
    ]);
    expect(all.missing).toEqual(['repo/tests/c.html']);
  });

  it('keeps one split only when asked', async () => {
    const file = writeLabels();
    const { loadDetectionPages } = await import('../../../bench/detection/load-corpus');

    const test = loadDetectionPages({ split: 'test', file });
    expect(test.pages).toEqual([]);
    expect(test.missing).toEqual(['repo/tests/b.html.gz']);
    const dev = loadDetectionPages({ split: 'dev', file });
    expect(dev.missing).toEqual(['shared/en/a.html', 'repo/tests/c.html']);
  });
});
