import MiniSearch, { type Options, type SearchResult } from 'minisearch';
import { foldDiacritics } from '../../export/fold-diacritics';
import type { ClippingSummary } from '../../store/library-queries';
import type { UserAnnotation } from '../../model/stored-records';
import { compileQuery, composed, exactness, satisfies } from './search-query';

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

/** `foldTerm`, remembered: for indexing and for highlighting the words of results. */
export function foldWord(term: string): string {
  let out = folded.get(term);
  if (out === undefined) {
    out = foldTerm(term);
    if (folded.size >= MAX_REMEMBERED) folded.clear();
    folded.set(term, out);
  }
  return out;
}

function processTerm(term: string): string | null {
  return foldWord(term) || null;
}

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
    title: composed(c.metadata.title ?? c.url),
    site: composed(c.metadata.siteName ?? ''),
    text: composed(c.text),
    note: composed(c.note),
    highlights: composed(annotations.map((a) => `${a.quote}\n${a.note}`).join('\n')),
  };
}

function fieldsOf(doc: SearchDocument): string[] {
  return [doc.title, doc.site, doc.text, doc.note, doc.highlights];
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
  /** The indexed text by id (the same strings, not copies), to check diacritics and phrases. */
  private fields = new Map<string, string[]>();

  constructor(index?: MiniSearch<SearchDocument>) {
    this.index = index ?? new MiniSearch(OPTIONS);
  }

  /**
   * Indexes many clippings in chunks (MiniSearch's `addAllAsync`), so building the index for
   * 10,000 clippings (seconds) does not freeze the page: 50 articles are a few tens of ms.
   * (Caching the serialised index in IndexedDB was tried and dropped: loading it took half as
   * long as building, and writing it froze the page for most of a second; bench/library.ts.)
   */
  async addAll(
    clippings: readonly ClippingSummary[],
    annotationsOf: (id: string) => readonly UserAnnotation[],
  ): Promise<void> {
    const docs = clippings
      .filter((c) => !this.index.has(c.id))
      .map((c) => documentOf(c, annotationsOf(c.id)));
    for (const doc of docs) this.fields.set(doc.id, fieldsOf(doc));
    await this.index.addAllAsync(docs, { chunkSize: 50 });
  }

  /** Adds or replaces one clipping (after an edit). */
  put(c: ClippingSummary, annotations: readonly UserAnnotation[]): void {
    const doc = documentOf(c, annotations);
    this.fields.set(doc.id, fieldsOf(doc));
    if (this.index.has(c.id)) this.index.replace(doc);
    else this.index.add(doc);
  }

  remove(id: string): void {
    if (this.index.has(id)) this.index.discard(id);
    this.fields.delete(id);
  }

  get size(): number {
    return this.index.documentCount;
  }

  /**
   * Hits for a query, best first; an empty query finds nothing (the caller shows all). Every
   * word must match (AND); words typed with diacritics and `"quoted phrases"` are then checked
   * on the stored text, because the index folds `Nậm` and `năm` to the same `nam`. Hits with
   * more words exactly as typed come first.
   */
  search(query: string): SearchHit[] {
    const compiled = compileQuery(query);
    if (compiled.indexQuery.trim() === '') return [];
    const ranked: { hit: SearchHit; exact: number }[] = [];
    for (const r of this.index.search(compiled.indexQuery) as SearchResult[]) {
      const id = String(r.id);
      const fields = this.fields.get(id) ?? [];
      if (!satisfies(compiled, fields)) continue;
      ranked.push({
        hit: { id, score: r.score, terms: r.terms },
        exact: exactness(compiled, fields),
      });
    }
    // Stable: equal exactness keeps MiniSearch's relevance order.
    return ranked.sort((a, b) => b.exact - a.exact).map((r) => r.hit);
  }
}

// Folded once per clipping object (an edit replaces the object, so this never goes stale).
const quickTexts = new WeakMap<ClippingSummary, string>();
function quickText(c: ClippingSummary): string {
  let text = quickTexts.get(c);
  if (text === undefined) {
    const raw = `${c.metadata.title ?? c.url} ${c.metadata.siteName ?? ''} ${c.note}`;
    text = ` ${foldTerm(raw)}`.replace(/[^\p{L}\p{N}]+/gu, ' ');
    quickTexts.set(c, text);
  }
  return text;
}

/**
 * What the page can answer before the full-text index is built (seconds for a big library):
 * clippings whose title, site or note has every query word as a word prefix, diacritics
 * ignored, except in words typed with them; quoted phrases as in `LibrarySearch.search`. Hits
 * come back in list order with the query words as their terms.
 */
export function quickSearch(clippings: readonly ClippingSummary[], query: string): SearchHit[] {
  const compiled = compileQuery(query);
  const words = compiled.indexQuery
    .split(/[^\p{L}\p{N}\p{M}]+/u)
    .map(foldWord)
    .filter(Boolean);
  if (words.length === 0) return [];
  const hits: SearchHit[] = [];
  for (const c of clippings) {
    const hay = quickText(c);
    const found = words.filter((w) => hay.includes(` ${w}`));
    if (found.length !== words.length) continue;
    const raw = [c.metadata.title ?? c.url, c.metadata.siteName ?? '', c.note].map(composed);
    if (!satisfies(compiled, raw)) continue;
    const terms = hay.split(' ').filter((t) => t !== '' && words.some((w) => t.startsWith(w)));
    hits.push({ id: c.id, score: 1, terms: [...new Set(terms)] });
  }
  return hits;
}
