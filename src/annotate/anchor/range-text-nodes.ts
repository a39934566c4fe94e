/**
 * The text nodes a Range covers, with the covered part of each: what the page layer wraps in
 * highlight elements. Pure DOM, no globals (see text-nodes.ts).
 */
import { readingTextNodes, startsAtOrAfterPoint } from './text-nodes';

/** A covered slice `[start, end)` of one text node. */
export interface TextNodeSlice {
  node: Text;
  start: number;
  end: number;
}

/**
 * Non-empty slices of the reading text nodes (not script/style text) inside `range`, in document
 * order. Collapsed ranges give an empty list.
 */
export function textNodesInRange(range: Range): TextNodeSlice[] {
  if (range.collapsed) return [];
  const { startContainer, startOffset, endContainer, endOffset } = range;
  const common = range.commonAncestorContainer;
  const out: TextNodeSlice[] = [];
  for (const node of readingTextNodes(common)) {
    let start = 0;
    let end = node.data.length;
    if (node === startContainer) start = startOffset;
    else if (!startsAtOrAfterPoint(node, startContainer, startOffset)) continue;
    if (node === endContainer) end = endOffset;
    else if (startsAtOrAfterPoint(node, endContainer, endOffset)) break;
    if (end > start) out.push({ node, start, end });
  }
  return out;
}

/** The text of a range counted over reading text nodes only (`Range.toString()` includes script text). */
export function readingTextOfRange(range: Range): string {
  return textNodesInRange(range)
    .map(({ node, start, end }) => node.data.slice(start, end))
    .join('');
}
