import type { AnnotationSelector } from '../annotate/anchor/selectors';
import type { HighlightColor, UserAnnotation } from './schema';

const COLORS: readonly HighlightColor[] = ['yellow', 'green', 'blue', 'pink'];
const MAX_TEXT = 100_000;

const isStr = (v: unknown, max = MAX_TEXT): v is string => typeof v === 'string' && v.length <= max;
const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

function isSelector(v: unknown): v is AnnotationSelector {
  if (typeof v !== 'object' || v === null) return false;
  const s = v as Record<string, unknown>;
  switch (s.type) {
    case 'TextQuoteSelector':
      return isStr(s.exact) && isStr(s.prefix) && isStr(s.suffix);
    case 'TextPositionSelector':
      return isNum(s.start) && isNum(s.end);
    case 'RangeSelector':
      return (
        isStr(s.startContainer, 2000) &&
        isNum(s.startOffset) &&
        isStr(s.endContainer, 2000) &&
        isNum(s.endOffset)
      );
    default:
      return false;
  }
}

/** Messages are never trusted: a highlight is checked field by field before it is stored. */
export function isUserAnnotation(v: unknown): v is UserAnnotation {
  if (typeof v !== 'object' || v === null) return false;
  const a = v as Record<string, unknown>;
  return (
    isStr(a.id, 200) &&
    isStr(a.canonicalKey, 5000) &&
    (a.clippingId === null || isStr(a.clippingId, 200)) &&
    Array.isArray(a.selectors) &&
    a.selectors.length <= 8 &&
    a.selectors.every(isSelector) &&
    isStr(a.quote) &&
    COLORS.includes(a.color as HighlightColor) &&
    isStr(a.note) &&
    isNum(a.createdAt) &&
    isNum(a.updatedAt) &&
    typeof a.orphan === 'boolean'
  );
}
