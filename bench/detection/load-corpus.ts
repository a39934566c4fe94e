/**
 * The detection corpus as pages on disk: `pages.jsonl` (labels, in the repo) joined with the
 * page files, which never enter the repo. Shared pages are read where they are
 * (`CORPUS_DIR`, default `../shared/corpus`); pages from public repositories are read from the
 * cache `scripts/fetch-detection-corpus.ts` fills (`DETECTION_CORPUS_DIR`, default
 * `<repo>/.cache/detection-corpus`). Read a page's HTML with `readHtmlFile`
 * (`scripts/parse-html-file.ts`), which handles `.gz` and legacy encodings.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { corpusDir } from '../corpus';
import {
  parsePageEntries,
  type DetectionLabel,
  type DetectionSplit,
  type PageEntry,
  type PageKind,
} from './page-entries';

export interface DetectionPage {
  id: string;
  url: string;
  site: string;
  lang: string;
  label: DetectionLabel;
  kind: PageKind;
  split: DetectionSplit;
  /** Absolute path of the saved page (`.html`, or `.html.gz`). */
  file: string;
}

const here = path.dirname(fileURLToPath(import.meta.url));
export const repoRoot = path.resolve(here, '../..');
export const pagesFile = path.join(here, 'pages.jsonl');
export const detectionCorpusDir =
  process.env.DETECTION_CORPUS_DIR ?? path.join(repoRoot, '.cache/detection-corpus');

/** Where a page's file lives: in place for shared pages, in the cache under its id otherwise. */
export function pageFile(entry: PageEntry): string {
  return 'shared' in entry.source
    ? path.resolve(corpusDir, entry.source.shared)
    : path.join(detectionCorpusDir, entry.id);
}

export function readPageEntries(file = pagesFile): PageEntry[] {
  return parsePageEntries(readFileSync(file, 'utf8'));
}

/**
 * The labelled pages whose file is present, and the ids of those whose file is not (run the
 * fetch script, or set `CORPUS_DIR`). Throws when `pages.jsonl` breaks an invariant. `file`
 * reads another labels file (tests).
 */
export function loadDetectionPages(opts: { split?: DetectionSplit; file?: string } = {}): {
  pages: DetectionPage[];
  missing: string[];
} {
  const pages: DetectionPage[] = [];
  const missing: string[] = [];
  for (const entry of readPageEntries(opts.file)) {
    if (opts.split !== undefined && entry.split !== opts.split) continue;
    const file = pageFile(entry);
    if (!existsSync(file)) {
      missing.push(entry.id);
      continue;
    }
    const { id, url, site, lang, label, kind, split } = entry;
    pages.push({ id, url, site, lang, label, kind, split, file });
  }
  return { pages, missing };
}
