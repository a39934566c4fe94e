import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The loader reads its cache directory from the environment when it is imported.
const cache = fs.mkdtempSync(path.join(os.tmpdir(), 'figure-passages-'));
process.env.FIGURE_PASSAGES_CACHE = cache;
const { loadPassages } = await import('../../../bench/figure-passages/load-passages');

const commit = 'a'.repeat(40);
const record = (over: Record<string, unknown>) =>
  JSON.stringify({
    id: 'seg-1',
    lang: 'vi',
    source: { repo: 'someone/news', commit, path: 'data/1.txt.seg' },
    locate: { start: 'Nhà máy nhiệt điện', end: '1.200 MW.' },
    site: 'news',
    split: 'dev',
    figures: [{ text: '1.200 MW', kind: 'quantity', value: 1200, unit: 'MW', context: '1.200 MW' }],
    projects: [
      {
        text: 'Nhà máy nhiệt điện (NMNĐ) Thái Bình 2',
        name: 'Thái Bình 2',
        context: 'Nhà máy nhiệt điện (NMNĐ) Thái Bình 2',
      },
    ],
    ...over,
  });

function writeJsonl(lines: string[]): string {
  const file = path.join(cache, `passages-${Math.random().toString(36).slice(2)}.jsonl`);
  fs.writeFileSync(file, lines.join('\n') + '\n');
  return file;
}

beforeAll(() => {
  const seg = path.join(cache, 'someone/news/data/1.txt.seg');
  fs.mkdirSync(path.dirname(seg), { recursive: true });
  fs.writeFileSync(
    seg,
    'Tiêu_đề\n\nNhà_máy nhiệt_điện ( NMNĐ ) Thái_Bình 2 có công_suất 1.200 MW .\nHết .\n',
  );
});
afterAll(() => fs.rmSync(cache, { recursive: true, force: true }));

describe('loading labelled passages', () => {
  it('cuts the passage out of the cached, re-joined text and keeps its labels', () => {
    const { passages, missing } = loadPassages({ file: writeJsonl([record({})]) });
    expect(missing).toEqual([]);
    expect(passages).toHaveLength(1);
    expect(passages[0]?.text).toBe('Nhà máy nhiệt điện (NMNĐ) Thái Bình 2 có công suất 1.200 MW.');
    expect(passages[0]?.figures[0]?.value).toBe(1200);
  });

  it('lists a source not in the cache as missing instead of failing', () => {
    const file = writeJsonl([
      record({ id: 'gone', source: { repo: 'someone/news', commit, path: 'data/2.txt' } }),
    ]);
    expect(loadPassages({ file }).missing).toEqual([`gone: someone/news@aaaaaaaa:data/2.txt`]);
  });

  it('filters by split and language', () => {
    const file = writeJsonl([record({}), record({ id: 'seg-2', lang: 'en' })]);
    expect(loadPassages({ file, lang: 'en' }).passages.map((p) => p.id)).toEqual(['seg-2']);
    expect(loadPassages({ file, split: 'test' }).passages).toEqual([]);
  });

  it('throws with the passage id when a label or the split does not hold', () => {
    const file = writeJsonl([
      record({
        figures: [{ text: '60 MW', kind: 'quantity', value: 60, unit: 'MW', context: 'là 60 MW' }],
      }),
      record({ id: 'seg-2', split: 'test' }),
    ]);
    expect(() => loadPassages({ file })).toThrow(
      /site "news" is in both splits[\s\S]*seg-1: figure 1 "60 MW": context "là 60 MW" not in the passage/,
    );
  });
});
