/**
 * The corpus pages the browser benchmarks load, per set, as paths relative to CORPUS_DIR (the
 * server mounts that folder; nothing is copied into the repo).
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

/** Where the shared corpus lives; `CORPUS_DIR` overrides. */
export const corpusDir = process.env.CORPUS_DIR ?? path.resolve('../shared/corpus');

/** One page of one set. */
export interface BenchPage {
  set: string;
  id: string;
  /** Path under `corpusDir`. */
  file: string;
  /** The page's original address, handed to detection (the served URL is 127.0.0.1). */
  url?: string;
}

/** The sets in report order. */
export const SETS = ['seed', 'vi', 'en', 'non-article', 'article-extraction-benchmark'] as const;

interface ManifestEntry {
  file: string;
  url?: string;
}

function manifestPages(set: 'vi' | 'en' | 'non-article'): BenchPage[] {
  const entries = JSON.parse(
    readFileSync(path.join(corpusDir, set, 'manifest.json'), 'utf8'),
  ) as ManifestEntry[];
  return entries.map((m) => ({
    set,
    id: m.file,
    file: `${set}/${m.file}`,
    ...(m.url !== undefined && /^https?:\/\/\S+$/.test(m.url) ? { url: m.url } : {}),
  }));
}

/**
 * An evenly spaced sample of the 181 Zyte pages: the whole set takes minutes in a browser and
 * the ratio we report settles well before that.
 */
function zytePages(sample: number): BenchPage[] {
  const dir = path.join(corpusDir, 'article-extraction-benchmark');
  const truth = JSON.parse(readFileSync(path.join(dir, 'ground-truth.json'), 'utf8')) as Record<
    string,
    { url?: string }
  >;
  const ids = readdirSync(path.join(dir, 'html'))
    .filter((f) => f.endsWith('.html.gz'))
    .map((f) => f.slice(0, -'.html.gz'.length))
    .sort();
  const step = Math.max(1, ids.length / Math.max(1, sample));
  const picked: string[] = [];
  for (let i = 0; i < ids.length && picked.length < sample; i += step)
    picked.push(ids[Math.floor(i)] as string);
  return picked.map((id) => ({
    set: 'article-extraction-benchmark',
    id,
    file: `article-extraction-benchmark/html/${id}.html.gz`,
    ...(truth[id]?.url ? { url: truth[id].url } : {}),
  }));
}

/** Pages per set; `limit` caps each set (for quick runs while developing). */
export function benchPages(options: {
  zyteSample: number;
  limit?: number;
}): Map<string, BenchPage[]> {
  const sets = new Map<string, BenchPage[]>([
    [
      'seed',
      [
        {
          set: 'seed',
          id: 'laichau',
          file: 'seed/laichau.html',
          url: 'https://congthuong.vn/nganh-cong-thuong-lai-chau-no-luc-on-dinh-san-xuat-xuat-khau.html',
        },
      ],
    ],
    ['vi', manifestPages('vi')],
    ['en', manifestPages('en')],
    ['non-article', manifestPages('non-article')],
    ['article-extraction-benchmark', zytePages(options.zyteSample)],
  ]);
  if (options.limit !== undefined) {
    for (const [set, pages] of sets) sets.set(set, pages.slice(0, options.limit));
  }
  return sets;
}
