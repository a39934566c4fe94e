/**
 * Selectors → Range. Each selector is tried from the most precise to the most robust, and the
 * precise ones are only trusted when the text they point at still equals the quote:
 * RangeSelector, then TextPositionSelector, then the exact quote, then an approximate quote.
 * Returns null for an orphan rather than a doubtful match.
 */
import { isPlausible, matchExactQuote, matchFuzzyQuote, type QuoteContext } from './match-quote';
import { resolvePath } from './range-path';
import type {
  AnnotationSelector,
  RangeSelector,
  TextPositionSelector,
  TextQuoteSelector,
} from './selectors';
import { buildTextMap, type TextMap } from './text-map';

/** Which selector produced an anchor. */
export type AnchorStrategy = 'range' | 'position' | 'quote' | 'fuzzy';

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
  const ctx: QuoteContext = { prefix: quote?.prefix, suffix: quote?.suffix, hint: position?.start };

  // Precise selectors are trusted when they still cover the quote; a short quote ("GDP") could
  // sit at the old offset by chance, so its context must agree as well.
  const verified = (start: number, end: number): boolean =>
    !quote ||
    (text.slice(start, end) === quote.exact && isPlausible(text, start, end, quote.exact, ctx));

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
  if (!quote) return null;
  const exact = matchExactQuote(text, quote.exact, ctx);
  if (exact) return { start: exact.start, end: exact.end, strategy: 'quote' };
  const fuzzy = matchFuzzyQuote(text, quote.exact, ctx);
  if (fuzzy) return { start: fuzzy.start, end: fuzzy.end, strategy: 'fuzzy' };
  return null;
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
