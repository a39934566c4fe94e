import MiniSearch, { type Options, type SearchResult } from 'minisearch';
import { foldDiacritics } from '../../export/fold-diacritics';
import type { ClippingSummary } from '../../store/library-queries';
import type { UserAnnotation } from '../../store/schema';

/**
 * A search term with case and diacritics folded: NFD, combining marks removed, `đ` → `d`
 * (NFD leaves `đ` whole). `Thủy điện` and `thuy dien` both index as `thuy`, `dien`.
 */
export function foldTerm(term: string): string {
  return foldDiacritics(term.normalize('NFC')).toLowerCase();
}

// Indexing folds every word of every article; the vocabulary is small next to the word count,
// so remembering folds made indexing about three times faster in bench/library.ts.
const folded = new Map<string, string>();
const MAX_REMEMBERED = 200_000;

function processTerm(term: string): string | null {
  let out = folded.get(term);
  if (out === undefined) {
    out = foldTerm(term);
    if (folded.size >= MAX_REMEMBERED) folded.clear();
    folded.set(term, out);
  }
  return out || null;
}

/** Changes whenever what is indexed or how changes, so cached indexes of older builds are not used. */
export const SEARCH_INDEX_VERSION = 2;

/** What is indexed for one clipping. */
interface SearchDocument {
  id: string;
  title: string;
  site: string;
  text: string;
  note: string;
  /** The user's highlighted quotes and their notes. */
  highlights: string;
}

/** One hit: the clipping id and the indexed (folded) words it matched, for highlighting. */
export interface SearchHit {
  id: string;
  score: number;
  terms: string[];
}

function documentOf(c: ClippingSummary, annotations: readonly UserAnnotation[]): SearchDocument {
  return {
    id: c.id,
    title: c.metadata.title ?? c.url,
    site: c.metadata.siteName ?? '',
    text: c.text,
    note: c.note,
    highlights: annotations.map((a) => `${a.quote}\n${a.note}`).join('\n'),
  };
}

const OPTIONS: Options<SearchDocument> = {
  fields: ['title', 'site', 'text', 'note', 'highlights'],
  storeFields: [],
  processTerm,
  searchOptions: {
    boost: { title: 3, note: 2, highlights: 2, site: 1.5 },
    combineWith: 'AND',
    // Prefix search only for the last word, the one still being typed: expanding every short
    // word (`gia` → giai, giam, gian…) multiplies the work for no better results.
    prefix: (term, i, terms) => i === terms.length - 1 && term.length >= 2,
    // Typos only in longer words, one edit: fuzzy search on short ones matches too much and is slow.
    fuzzy: (term) => (term.length >= 7 ? 1 : false),
    maxFuzzy: 1,
  },
};

/**
 * Full-text search over the library with MiniSearch: titles, site, article text, notes and
 * highlights, diacritic-insensitive. Kept up to date one clipping at a time.
 */
export class LibrarySearch {
  private index: MiniSearch<SearchDocument>;

  constructor(index?: MiniSearch<SearchDocument>) {
    this.index = index ?? new MiniSearch(OPTIONS);
  }

  /** An index saved with `toJSON`, loaded in chunks. */
  static async fromJSON(json: string): Promise<LibrarySearch> {
    return new LibrarySearch(await MiniSearch.loadJSONAsync<SearchDocument>(json, OPTIONS));
  }

  toJSON(): string {
    return JSON.stringify(this.index);
  }

  /**
   * Indexes many clippings in chunks (MiniSearch's `addAllAsync`), so building the index for
   * 10,000 clippings does not freeze the page.
   */
  async addAll(
    clippings: readonly ClippingSummary[],
    annotationsOf: (id: string) => readonly UserAnnotation[],
  ): Promise<void> {
    const docs = clippings
      .filter((c) => !this.index.has(c.id))
      .map((c) => documentOf(c, annotationsOf(c.id)));
    await this.index.addAllAsync(docs, { chunkSize: 200 });
  }

  /** Adds or replaces one clipping (after an edit). */
  put(c: ClippingSummary, annotations: readonly UserAnnotation[]): void {
    const doc = documentOf(c, annotations);
    if (this.index.has(c.id)) this.index.replace(doc);
    else this.index.add(doc);
  }

  remove(id: string): void {
    if (this.index.has(id)) this.index.discard(id);
  }

  get size(): number {
    return this.index.documentCount;
  }

  /** Hits for a query, best first; an empty query finds nothing (the caller shows all). */
  search(query: string): SearchHit[] {
    if (query.trim() === '') return [];
    return this.index
      .search(query)
      .map((r: SearchResult) => ({ id: String(r.id), score: r.score, terms: r.terms }));
  }
}

function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * Identifies what an index was built from: every clipping and annotation with its `updatedAt`
 * (each edit bumps it). Order-independent (a sum of hashes), so the list order does not matter.
 */
export function libraryFingerprint(
  clippings: readonly Pick<ClippingSummary, 'id' | 'updatedAt'>[],
  annotations: ReadonlyMap<string, readonly UserAnnotation[]>,
): string {
  let sum = 0;
  let count = 0;
  for (const c of clippings) {
    sum = (sum + fnv1a(`${c.id}@${c.updatedAt}`)) >>> 0;
    for (const a of annotations.get(c.id) ?? []) {
      sum = (sum + fnv1a(`${c.id}/${a.id}@${a.updatedAt}`)) >>> 0;
      count += 1;
    }
  }
  return `${SEARCH_INDEX_VERSION}:${clippings.length}:${count}:${sum.toString(16)}`;
}
