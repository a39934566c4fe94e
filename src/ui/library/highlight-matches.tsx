import type { ComponentChildren } from 'preact';
import { foldWord } from './search-index';
import { compileQuery, type CompiledQuery } from './search-query';

const WORD = /[\p{L}\p{N}\p{M}]+/gu;
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

/** What a search marks in a text: ranges of matches, and where a snippet should centre. */
export interface TextMatcher {
  /** Sorted, non-overlapping character ranges to mark, at most `limit`. */
  ranges(text: string, limit?: number): [number, number][];
  /** The start of the most telling match: a phrase, else a word typed with diacritics, else any. */
  focus(text: string): number | null;
}

function global(re: RegExp): RegExp {
  return new RegExp(re.source, 'giu');
}

/**
 * The matcher for a query. `fuzzyTerms` are the folded words the index matched; those that are
 * not the query's own words (typos MiniSearch forgave) are marked too.
 */
export function makeMatcher(
  query: CompiledQuery | string,
  fuzzyTerms: ReadonlySet<string> = new Set(),
): TextMatcher {
  const q = typeof query === 'string' ? compileQuery(query) : query;
  const marks = q.marks.map(global);
  const typed = Array.from(q.indexQuery.matchAll(WORD), (m) => foldWord(m[0]));
  const fuzzy = new Set([...fuzzyTerms].filter((t) => !typed.some((w) => t.startsWith(w))));
  const ranges = (text: string, limit = Infinity): [number, number][] => {
    const found: [number, number][] = [];
    for (const re of marks)
      for (const m of text.matchAll(re)) {
        let end = m.index + m[0].length;
        // A prefix being typed (`giả` of `giảm`) marks the whole word.
        while (end < text.length && WORD_CHAR.test(text[end] ?? '')) end += 1;
        if (end > m.index) found.push([m.index, end]);
      }
    if (fuzzy.size > 0)
      for (const m of text.matchAll(WORD))
        if (fuzzy.has(foldWord(m[0]))) found.push([m.index, m.index + m[0].length]);
    found.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
    const out: [number, number][] = [];
    for (const r of found) {
      const last = out[out.length - 1];
      if (last && r[0] < last[1]) continue;
      out.push(r);
      if (out.length >= limit) break;
    }
    return out;
  };
  const focus = (text: string): number | null => {
    for (const re of [...q.required, ...q.marks]) {
      const m = re.exec(text);
      if (m) return m.index;
    }
    return ranges(text, 1)[0]?.[0] ?? null;
  };
  return { ranges, focus };
}

/** Character ranges of the words of `text` whose folded form is one of `terms`. */
export function matchRanges(
  text: string,
  terms: ReadonlySet<string>,
  limit = Infinity,
): [number, number][] {
  if (terms.size === 0) return [];
  const ranges: [number, number][] = [];
  for (const m of text.matchAll(WORD)) {
    if (!terms.has(foldWord(m[0]))) continue;
    ranges.push([m.index, m.index + m[0].length]);
    if (ranges.length >= limit) break;
  }
  return ranges;
}

/**
 * About `width` characters of `text` around the match that made it a hit (the phrase, not the
 * first word that folds the same), cut at spaces, or its start when nothing matches there (the
 * hit was in the title or a note).
 */
export function snippetAround(text: string, matcher: TextMatcher, width = 180): string {
  const at = matcher.focus(text) ?? 0;
  let from = Math.max(0, at - Math.floor(width / 3));
  let to = Math.min(text.length, from + width);
  while (from > 0 && !/\s/.test(text[from - 1] ?? ' ')) from -= 1;
  while (to < text.length && !/\s/.test(text[to] ?? ' ')) to += 1;
  const body = text.slice(from, to).replace(/\s+/g, ' ').trim();
  return (from > 0 ? '… ' : '') + body + (to < text.length ? ' …' : '');
}

/** Text with what a search matched wrapped in `<mark>` (whatever their diacritics, unless typed). */
export function HighlightMatches({
  text,
  matcher,
}: {
  text: string;
  matcher: TextMatcher | null;
}): ComponentChildren {
  const ranges = matcher ? matcher.ranges(text) : [];
  if (ranges.length === 0) return text;
  const out: ComponentChildren[] = [];
  let last = 0;
  for (const [start, end] of ranges) {
    if (start > last) out.push(text.slice(last, start));
    out.push(<mark key={start}>{text.slice(start, end)}</mark>);
    last = end;
  }
  if (last < text.length) out.push(text.slice(last));
  return <>{out}</>;
}
