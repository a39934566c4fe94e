/**
 * The pages of the reference browser bench (`reference-bench.ts`): every corpus page that has a
 * truth — a body text (the Zyte benchmark, fundus, the Vietnamese publishers' own markup, the
 * seed) or trafilatura's must-keep / must-hide snippets — with the address it was published at,
 * where the bench serves it. Truths come from `bench/corpus.ts`, as `bench:extract` scores them.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { corpusDir, loadCorpus } from '../corpus';

/** One page of one set. */
export interface ReferencePage {
  set: ReferenceSet;
  id: string;
  /** Absolute path of the saved page. */
  file: string;
  /** Where it was published: the bench serves it there. */
  url: string;
  /** The article's body text, when the set has one (headline and byline left out). */
  truth?: () => string;
  /** trafilatura's snippets: must stay visible (`with`), must be hidden (`without`). */
  mustKeep: string[];
  mustHide: string[];
}

/** Report order. `en-snippets` is trafilatura's subset: snippets, no body text. */
export const REFERENCE_SETS = ['seed', 'vi', 'en', 'en-snippets', 'aeb'] as const;
export type ReferenceSet = (typeof REFERENCE_SETS)[number];

export const SET_NAMES: Record<ReferenceSet, string> = {
  seed: 'seed (congthuong.vn)',
  vi: 'Vietnamese (vi/)',
  en: 'fundus en (en/fundus-*)',
  'en-snippets': 'trafilatura en snippets (en/trafilatura-*)',
  aeb: 'article-extraction-benchmark sample',
};

interface Snippets {
  original_key?: string;
  with?: string[];
  without?: string[];
}

/** An evenly spaced sample of `ids` (sorted), as the cost bench samples the Zyte pages. */
function evenSample<T>(items: readonly T[], sample: number): T[] {
  const step = Math.max(1, items.length / Math.max(1, sample));
  const picked: T[] = [];
  for (let i = 0; i < items.length && picked.length < sample; i += step)
    picked.push(items[Math.floor(i)] as T);
  return picked;
}

/**
 * The pages per set. `aebSample` Zyte pages, evenly spaced; `limit` caps every set (quick runs
 * while developing); `only` keeps the pages whose id contains one of its strings.
 */
export function referencePages(options: {
  aebSample: number;
  limit?: number;
  only?: string[];
}): Map<ReferenceSet, ReferencePage[]> {
  const corpus = loadCorpus();
  const http = (url: string | undefined): url is string =>
    url !== undefined && /^https?:\/\/\S+$/.test(url);
  const fromCorpus = (name: string, set: ReferenceSet) =>
    (corpus.get(name) ?? [])
      .filter((c) => c.truth !== undefined && http(c.url))
      .map((c): ReferencePage => ({
        set,
        id: c.id,
        file: c.file,
        url: c.url as string,
        ...(c.truth ? { truth: c.truth } : {}),
        mustKeep: [],
        mustHide: [],
      }));
  const snippets = JSON.parse(
    readFileSync(path.join(corpusDir, 'en', 'trafilatura-evaldata-subset.json'), 'utf8'),
  ) as Record<string, Snippets>;
  const enUrls = new Map(
    (corpus.get('en') ?? []).map((c) => [c.id, c.url] as [string, string | undefined]),
  );
  const snippetPages = Object.entries(snippets).flatMap(([file, s]): ReferencePage[] => {
    const url = enUrls.get(file) ?? s.original_key;
    if (!http(url)) return [];
    return [
      {
        set: 'en-snippets',
        id: file,
        file: path.join(corpusDir, 'en', file),
        url,
        mustKeep: s.with ?? [],
        mustHide: s.without ?? [],
      },
    ];
  });
  const aeb = fromCorpus('article-extraction-benchmark', 'aeb').sort((a, b) =>
    a.id.localeCompare(b.id),
  );
  const sets = new Map<ReferenceSet, ReferencePage[]>([
    ['seed', fromCorpus('seed', 'seed')],
    ['vi', fromCorpus('vi', 'vi')],
    ['en', fromCorpus('en', 'en')],
    ['en-snippets', snippetPages],
    ['aeb', evenSample(aeb, options.aebSample)],
  ]);
  for (const [set, pages] of sets) {
    let kept = pages;
    if (options.only !== undefined && options.only.length > 0)
      kept = kept.filter((p) => options.only?.some((o) => p.id.includes(o)));
    if (options.limit !== undefined) kept = kept.slice(0, options.limit);
    sets.set(set, kept);
  }
  return sets;
}
