import type { ComponentChildren } from 'preact';
import { foldWord } from './search-index';

const WORD = /[\p{L}\p{N}\p{M}]+/gu;

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
 * About `width` characters of `text` around its first match, cut at spaces, or its start when
 * nothing matches there (the hit was in the title or a note).
 */
export function snippetAround(text: string, terms: ReadonlySet<string>, width = 180): string {
  // Only the first match matters: stop there instead of folding the whole article.
  const first = matchRanges(text, terms, 1)[0];
  const at = first ? first[0] : 0;
  let from = Math.max(0, at - Math.floor(width / 3));
  let to = Math.min(text.length, from + width);
  while (from > 0 && !/\s/.test(text[from - 1] ?? ' ')) from -= 1;
  while (to < text.length && !/\s/.test(text[to] ?? ' ')) to += 1;
  const body = text.slice(from, to).replace(/\s+/g, ' ').trim();
  return (from > 0 ? '… ' : '') + body + (to < text.length ? ' …' : '');
}

/** Text with the words a search matched wrapped in `<mark>` (whatever their diacritics). */
export function HighlightMatches({
  text,
  terms,
}: {
  text: string;
  terms: ReadonlySet<string>;
}): ComponentChildren {
  const ranges = matchRanges(text, terms);
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
