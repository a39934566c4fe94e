import { textNodesInRange } from '../../annotate/anchor/range-text-nodes';
import { buildTextIndex } from '../../page/shared/text-index';

/** A recognised span of the clipping's text (figure or project), by its offsets at save time. */
export interface SavedSpan {
  text: string;
  start: number;
}

/** How many times `needle` occurs in `haystack` before `end`. */
function occurrencesBefore(haystack: string, needle: string, end: number): number {
  let count = 0;
  for (
    let at = haystack.indexOf(needle);
    at >= 0 && at < end;
    at = haystack.indexOf(needle, at + 1)
  )
    count++;
  return count;
}

function nthIndexOf(haystack: string, needle: string, n: number): number {
  let at = haystack.indexOf(needle);
  for (let k = 0; k < n && at >= 0; k++) at = haystack.indexOf(needle, at + 1);
  return at;
}

/**
 * Marks saved spans in the reader's copy of the article. The spans' offsets are into the text
 * the page had when saved; the reader's text is built from the stored HTML the same way, so a
 * span is found as the same occurrence of its text (the 3rd "2" stays the 3rd "2", a repeated
 * project name is marked every time), and marked across element boundaries if need be.
 */
export function markSavedSpans(
  root: Element,
  savedText: string,
  spans: readonly SavedSpan[],
  className: string,
): number {
  const index = buildTextIndex([root], new Set());
  const doc = root.ownerDocument;
  const ranges: Range[] = [];
  for (const span of spans) {
    if (span.text.trim() === '') continue;
    const nth = occurrencesBefore(savedText, span.text, span.start);
    const at = nthIndexOf(index.text, span.text, nth);
    const range = at >= 0 ? index.rangeOf(at, at + span.text.length) : null;
    if (range) ranges.push(range);
  }
  // Wrap from the last span backwards so earlier ranges' text nodes are not split under them.
  let marked = 0;
  for (const range of ranges.reverse()) {
    for (const { node, start, end } of textNodesInRange(range).reverse()) {
      const middle = node.splitText(start);
      middle.splitText(end - start);
      const mark = doc.createElement('mark');
      mark.className = className;
      middle.replaceWith(mark);
      mark.append(middle);
    }
    marked++;
  }
  return marked;
}
