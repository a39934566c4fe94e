/**
 * Range → selectors: the three W3C selectors Hypothesis also stores, from most precise and most
 * fragile (element path + offset) to most robust (the quote with its context).
 */
import type {
  AnnotationSelector,
  RangeSelector,
  TextPositionSelector,
  TextQuoteSelector,
} from '../../model/annotation-selectors';
import { nearestPathElement, pathTo } from './range-path';
import { buildTextMap, type TextMap } from './text-map';

/** Characters of context stored before and after the quote. */
export const QUOTE_CONTEXT_LENGTH = 32;

/** NFC offsets of a range within the anchoring text; boundaries inside a cluster widen the range. */
export function rangeOffsets(map: TextMap, range: Range): { start: number; end: number } {
  const start = map.offsetOfPoint(range.startContainer, range.startOffset, 'start');
  const end = map.offsetOfPoint(range.endContainer, range.endOffset, 'end');
  return { start, end: Math.max(start, end) };
}

/**
 * One side of the RangeSelector: the element holding the text at `offset` and the NFC offset of
 * the point from that element's first character (offsets survive text nodes being split by
 * highlight wrappers, child indexes would not).
 */
function pathPoint(
  root: Element,
  map: TextMap,
  offset: number,
  bias: 'start' | 'end',
): { path: string; offset: number } | null {
  const point = map.pointAt(offset, bias);
  if (!point) return null;
  const el = nearestPathElement(point.node, root);
  const path = el ? pathTo(root, el) : null;
  if (!el || path === null) return null;
  return { path, offset: offset - map.offsetOfPoint(el, 0, 'start') };
}

/** Selectors for a range, with a map already built for `root`. */
export function describeRangeWithMap(
  root: Element,
  map: TextMap,
  range: Range,
): AnnotationSelector[] {
  const { start, end } = rangeOffsets(map, range);
  const text = map.text;
  const selectors: AnnotationSelector[] = [];
  const s = pathPoint(root, map, start, 'start');
  const e = pathPoint(root, map, end, end > start ? 'end' : 'start');
  if (s && e) {
    const rangeSelector: RangeSelector = {
      type: 'RangeSelector',
      startContainer: s.path,
      startOffset: s.offset,
      endContainer: e.path,
      endOffset: e.offset,
    };
    selectors.push(rangeSelector);
  }
  const position: TextPositionSelector = { type: 'TextPositionSelector', start, end };
  const quote: TextQuoteSelector = {
    type: 'TextQuoteSelector',
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - QUOTE_CONTEXT_LENGTH), start),
    suffix: text.slice(end, end + QUOTE_CONTEXT_LENGTH),
  };
  selectors.push(position, quote);
  return selectors;
}

/**
 * Describes `range` (which should lie inside `root`) as a RangeSelector with paths relative to
 * `root`, a TextPositionSelector and a TextQuoteSelector, all on the NFC text of `root`.
 */
export function describeRange(root: Element, range: Range): AnnotationSelector[] {
  return describeRangeWithMap(root, buildTextMap(root), range);
}
