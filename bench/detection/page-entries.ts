/**
 * The labelled lines of `pages.jsonl` and the invariants every reader relies on: unique ids,
 * a label from a closed set, and each site's pages in one split only, the split being the one
 * the site-hash rule gives (so the split cannot drift when pages are added or relabelled).
 * Pure: no file access, so the validation is unit-tested on literal lines.
 */
import { createHash } from 'node:crypto';

export type DetectionLabel = 'article' | 'not-article';
export type DetectionSplit = 'dev' | 'test';

export const PAGE_KINDS = [
  'news',
  'blog',
  'magazine',
  'front',
  'section',
  'tag',
  'search',
  'product',
  'docs',
  'wiki',
  'forum',
  'video',
  'lyrics',
  'login',
  'gallery',
  'listing',
  'profile',
  'other',
] as const;
export type PageKind = (typeof PAGE_KINDS)[number];

/** Kinds that are articles by definition; every other kind is a not-article. */
const ARTICLE_KINDS: ReadonlySet<string> = new Set(['news', 'blog', 'magazine']);

export type PageSource = { repo: string; commit: string; path: string } | { shared: string };

export interface PageEntry {
  id: string;
  source: PageSource;
  url: string;
  site: string;
  lang: string;
  label: DetectionLabel;
  kind: PageKind;
  split: DetectionSplit;
  note?: string;
}

/**
 * The split of a site: the first 32 bits of SHA-256 of its registrable domain, 60 % to dev.
 * Decided once from the name alone, so adding a site never moves another.
 */
export function splitForSite(site: string): DetectionSplit {
  const hash = createHash('sha256').update(site).digest();
  return hash.readUInt32BE(0) % 100 < 60 ? 'dev' : 'test';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function nonEmpty(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0;
}

function parseSource(value: unknown): PageSource | string {
  if (!isRecord(value)) return 'source must be an object';
  if ('shared' in value) {
    return nonEmpty(value.shared) ? { shared: value.shared } : 'source.shared must be a path';
  }
  const { repo, commit, path } = value;
  if (!nonEmpty(repo) || !/^[\w.-]+\/[\w.-]+$/.test(repo)) return 'source.repo must be owner/name';
  if (typeof commit !== 'string' || !/^[0-9a-f]{40}$/.test(commit)) {
    return 'source.commit must be 40 hex digits';
  }
  if (!nonEmpty(path)) return 'source.path must be a path';
  return { repo, commit, path };
}

/** One line parsed and checked on its own; a string is the reason it is invalid. */
export function parsePageLine(line: string): PageEntry | string {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return 'not JSON';
  }
  if (!isRecord(value)) return 'not a JSON object';
  const { id, url, site, lang, label, kind, split, note } = value;
  if (!nonEmpty(id)) return 'id must be a non-empty string';
  const source = parseSource(value.source);
  if (typeof source === 'string') return `${id}: ${source}`;
  if (typeof url !== 'string') return `${id}: url must be a string`;
  if (!nonEmpty(site) || site.includes('/')) return `${id}: site must be a domain`;
  if (typeof lang !== 'string' || !/^[a-z]{2}$/.test(lang)) {
    return `${id}: lang must be an ISO 639-1 code`;
  }
  if (label !== 'article' && label !== 'not-article') {
    return `${id}: label must be "article" or "not-article", not ${JSON.stringify(label)}`;
  }
  if (typeof kind !== 'string' || !(PAGE_KINDS as readonly string[]).includes(kind)) {
    return `${id}: unknown kind ${JSON.stringify(kind)}`;
  }
  if (ARTICLE_KINDS.has(kind) !== (label === 'article')) {
    return `${id}: kind ${kind} does not go with label ${label}`;
  }
  if (split !== 'dev' && split !== 'test') return `${id}: split must be "dev" or "test"`;
  if (note !== undefined && typeof note !== 'string') return `${id}: note must be a string`;
  const entry: PageEntry = { id, source, url, site, lang, label, kind: kind as PageKind, split };
  if (note !== undefined) entry.note = note;
  return entry;
}

/**
 * Parses the whole file and checks the cross-line invariants. Throws one error listing every
 * problem (with line numbers), so a bad edit is fixed in one pass.
 */
export function parsePageEntries(text: string): PageEntry[] {
  const entries: PageEntry[] = [];
  const problems: string[] = [];
  const lineOfId = new Map<string, number>();
  const splitOfSite = new Map<string, { split: DetectionSplit; line: number }>();
  text.split('\n').forEach((raw, index) => {
    const line = raw.trim();
    const number = index + 1;
    if (line === '') return;
    const entry = parsePageLine(line);
    if (typeof entry === 'string') {
      problems.push(`line ${number}: ${entry}`);
      return;
    }
    const firstLine = lineOfId.get(entry.id);
    if (firstLine !== undefined) {
      problems.push(`line ${number}: duplicate id ${entry.id} (first on line ${firstLine})`);
      return;
    }
    lineOfId.set(entry.id, number);
    const seen = splitOfSite.get(entry.site);
    if (seen !== undefined && seen.split !== entry.split) {
      problems.push(
        `line ${number}: site ${entry.site} is in ${entry.split} but in ${seen.split} on line ${seen.line}`,
      );
      return;
    }
    splitOfSite.set(entry.site, { split: entry.split, line: number });
    if (entry.split !== splitForSite(entry.site)) {
      problems.push(
        `line ${number}: site ${entry.site} belongs to ${splitForSite(entry.site)} by the site-hash rule, not ${entry.split}`,
      );
      return;
    }
    entries.push(entry);
  });
  if (problems.length > 0) {
    throw new Error(`pages.jsonl is invalid:\n${problems.join('\n')}`);
  }
  return entries;
}
