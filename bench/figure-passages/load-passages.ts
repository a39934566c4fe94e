/**
 * Reads `passages.jsonl`: for each labelled passage, the article text it was cut from (a page of
 * `shared/corpus` through the extension's own article path, or a pinned file of a public repo
 * from the cache `scripts/fetch-figure-passages.ts` fills), then the passage between its anchors.
 * Throws with every problem listed when a record does not hold; files not cached yet are
 * reported in `missing` rather than failing, so a checkout without the cache still runs.
 *
 * Env: CORPUS_DIR (default ../shared/corpus, as bench/figures.ts), FIGURE_PASSAGES_CACHE
 * (default .cache/figure-passages).
 */
import fs from 'node:fs';
import path from 'node:path';
import { articleTextFor, urlFor } from '../article-text';
import { normalizeText } from '../../src/annotate/normalize-text';
import {
  cutPassage,
  joinSegmented,
  plainMarkdown,
  labelProblems,
  setProblems,
  type Lang,
  type Passage,
  type PassageRecord,
  type Split,
} from './check-passages';

export type { Passage, PassageRecord } from './check-passages';

const HERE = path.dirname(new URL(import.meta.url).pathname);
export const PASSAGES_FILE = path.join(HERE, 'passages.jsonl');
const CORPUS_DIR = process.env.CORPUS_DIR ?? path.resolve('../shared/corpus');
export const CACHE_DIR =
  process.env.FIGURE_PASSAGES_CACHE ?? path.resolve('.cache/figure-passages');

export function readRecords(file = PASSAGES_FILE): PassageRecord[] {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line, i) => {
      try {
        return JSON.parse(line) as PassageRecord;
      } catch (e) {
        throw new Error(`${path.basename(file)} line ${i + 1}: ${(e as Error).message}`, {
          cause: e,
        });
      }
    });
}

/** Where the fetch script caches a repo file: `<cache>/<owner>/<name>/<path>`. */
export function cachePathFor(source: { repo: string; path: string }): string {
  return path.join(CACHE_DIR, source.repo, source.path);
}

/**
 * The normalised article text a record's source gives, or null when the file is not there.
 * HTML goes through the extension's article path; segmented text (`.seg`) is joined back into
 * prose; Markdown (`.md`) loses its heading marks and emphasis; other text is taken as it is.
 */
function articleText(record: PassageRecord): string | null {
  const file =
    'shared' in record.source
      ? path.resolve(CORPUS_DIR, '..', record.source.shared)
      : cachePathFor(record.source);
  if (!fs.existsSync(file)) return null;
  const raw = fs.readFileSync(file, 'utf8');
  if (/\.html?$/iu.test(file)) {
    const url = 'shared' in record.source ? urlFor(file) : `file://${file}`;
    return normalizeText(articleTextFor(raw, url));
  }
  if (/\.seg$/u.test(file)) return normalizeText(joinSegmented(raw));
  if (/\.md$/u.test(file)) return normalizeText(plainMarkdown(raw));
  return normalizeText(raw);
}

function sourceName(record: PassageRecord): string {
  return 'shared' in record.source
    ? `shared/${record.source.shared}`
    : `${record.source.repo}@${record.source.commit.slice(0, 8)}:${record.source.path}`;
}

export function loadPassages(opts: { split?: Split; lang?: Lang; file?: string } = {}): {
  passages: Passage[];
  missing: string[];
} {
  const records = readRecords(opts.file);
  const problems = setProblems(records);
  const passages: Passage[] = [];
  const missing: string[] = [];
  const articles = new Map<string, string | null>();
  for (const r of records) {
    if (opts.split && r.split !== opts.split) continue;
    if (opts.lang && r.lang !== opts.lang) continue;
    const key = sourceName(r);
    if (!articles.has(key)) articles.set(key, articleText(r));
    const article = articles.get(key);
    if (article == null) {
      missing.push(`${r.id}: ${key}`);
      continue;
    }
    let text: string;
    try {
      text = cutPassage(article, r.locate);
    } catch (e) {
      problems.push(`${r.id}: ${(e as Error).message}`);
      continue;
    }
    const labelled = [
      ...labelProblems(text, r.figures, 'figure'),
      ...labelProblems(text, r.projects, 'project'),
    ];
    problems.push(...labelled.map((p) => `${r.id}: ${p}`));
    const { id, lang, site, split, figures, projects } = r;
    passages.push({ id, lang, site, split, text, figures, projects });
  }
  if (problems.length)
    throw new Error(`figure passages: ${problems.length} problem(s)\n${problems.join('\n')}`);
  return { passages, missing };
}
