/**
 * Selectors → Range. Each selector is tried from the most precise to the most robust, and the
 * precise ones are only trusted when the text they point at still equals the quote:
 * RangeSelector, then TextPositionSelector, then the exact quote, then an approximate quote, then
 * the quote's two ends. Quotes are compared with whitespace runs folded (see fold-whitespace.ts).
 * Returns null for an orphan rather than a doubtful match.
 */
import { foldWhitespace, foldedString } from './fold-whitespace';
import {
  isPlausible,
  matchExactQuote,
  matchFuzzyQuote,
  type QuoteContext,
  type QuoteMatch,
} from './match-quote';
import { matchQuoteEnds } from './match-quote-ends';
import { resolvePath } from './range-path';
import type {
  AnnotationSelector,
  RangeSelector,
  TextPositionSelector,
  TextQuoteSelector,
} from '../../model/annotation-selectors';
import { buildTextMap, type TextMap } from './text-map';

/** At most this many paragraph breaks of a long quote are tried as split points. */
const MAX_SPLITS = 8;

/** Which selector produced an anchor. */
export type AnchorStrategy = 'range' | 'position' | 'quote' | 'fuzzy' | 'ends';

/** An anchor as NFC offsets into the root's text, with how it was found. */
export interface AnchorMatch {
  start: number;
  end: number;
  strategy: AnchorStrategy;
}

function pick<T extends AnnotationSelector['type']>(
  selectors: AnnotationSelector[],
  type: T,
): Extract<AnnotationSelector, { type: T }> | undefined {
  return selectors.find((s): s is Extract<AnnotationSelector, { type: T }> => s.type === type);
}

function offsetsOfRangeSelector(
  root: Element,
  map: TextMap,
  sel: RangeSelector,
): { start: number; end: number } | null {
  const startEl = resolvePath(root, sel.startContainer);
  const endEl = resolvePath(root, sel.endContainer);
  if (!startEl || !endEl) return null;
  const startBase = map.offsetOfPoint(startEl, 0, 'start');
  const endBase = map.offsetOfPoint(endEl, 0, 'start');
  // An offset past the end of its element means the element's text changed: not this range.
  const startLimit = map.offsetOfPoint(startEl, startEl.childNodes.length, 'end');
  const endLimit = map.offsetOfPoint(endEl, endEl.childNodes.length, 'end');
  const start = startBase + sel.startOffset;
  const end = endBase + sel.endOffset;
  if (
    sel.startOffset < 0 ||
    sel.endOffset < 0 ||
    start > startLimit ||
    end > endLimit ||
    end < start
  )
    return null;
  return { start, end };
}

/**
 * Where to split a quote for `matchQuoteEnds`: its paragraph breaks (in folded offsets). Content
 * gets injected between blocks, not inside a sentence, so a quote within one paragraph has none.
 */
function splitPoints(exact: string): number[] {
  const folded = foldWhitespace(exact);
  return Array.from(exact.matchAll(/\s*\n\s*/g), (m) => folded.fromOriginal(m.index)).slice(
    0,
    MAX_SPLITS,
  );
}

/** Quote search on the whitespace-folded text, with offsets mapped back to `text`. */
function findQuote(
  text: string,
  quote: TextQuoteSelector,
  hint: number | undefined,
): AnchorMatch | null {
  const folded = foldWhitespace(text);
  const exact = foldedString(quote.exact);
  const ctx: QuoteContext = {
    prefix: foldedString(quote.prefix),
    suffix: foldedString(quote.suffix),
    hint: hint === undefined ? undefined : folded.fromOriginal(hint),
  };
  const back = (m: QuoteMatch, strategy: AnchorStrategy): AnchorMatch => ({
    start: folded.toOriginalStart(m.start),
    end: folded.toOriginalEnd(m.end),
    strategy,
  });
  const e = matchExactQuote(folded.text, exact, ctx);
  if (e) return back(e, 'quote');
  const f = matchFuzzyQuote(folded.text, exact, ctx);
  const ends = matchQuoteEnds(folded.text, exact, ctx, splitPoints(quote.exact));
  // Text inserted inside the highlight makes the fuzzy match swallow part of it with many errors
  // while both ends still match cleanly: take whichever explains the change with fewer edits.
  if (ends && (!f || ends.errors < f.errors)) return back(ends, 'ends');
  return f ? back(f, 'fuzzy') : null;
}

/** Where the selectors point in `map`'s text, or null for an orphan. */
export function locate(
  root: Element,
  map: TextMap,
  selectors: AnnotationSelector[],
): AnchorMatch | null {
  const quote: TextQuoteSelector | undefined = pick(selectors, 'TextQuoteSelector');
  const position: TextPositionSelector | undefined = pick(selectors, 'TextPositionSelector');
  const rangeSel: RangeSelector | undefined = pick(selectors, 'RangeSelector');
  const text = map.text;
  const ctx: QuoteContext = { prefix: quote?.prefix, suffix: quote?.suffix };
  const exact = quote ? foldedString(quote.exact) : '';

  // Precise selectors are trusted when they still cover the quote; a short quote ("GDP") could
  // sit at the old offset by chance, so its context must agree as well.
  const verified = (start: number, end: number): boolean => {
    if (!quote) return true;
    const actual = text.slice(start, end);
    return (
      (actual === quote.exact || foldedString(actual) === exact) &&
      isPlausible(text, start, end, quote.exact, ctx)
    );
  };

  if (rangeSel) {
    const r = offsetsOfRangeSelector(root, map, rangeSel);
    if (r && verified(r.start, r.end)) return { ...r, strategy: 'range' };
  }
  if (
    position &&
    position.start >= 0 &&
    position.end >= position.start &&
    position.end <= text.length
  ) {
    if (verified(position.start, position.end))
      return { start: position.start, end: position.end, strategy: 'position' };
  }
  return quote ? findQuote(text, quote, position?.start) : null;
}

/**
 * Re-anchors stored selectors in `root`. Returns a Range over the matching text, or null when the
 * highlighted text is no longer there (an orphan).
 */
export function anchor(root: Element, selectors: AnnotationSelector[]): Range | null {
  const map = buildTextMap(root);
  const match = locate(root, map, selectors);
  return match ? map.toRange(match.start, match.end) : null;
}
