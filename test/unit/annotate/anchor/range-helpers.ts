/** Test helpers: build a Range over the n-th occurrence of a string, in the page's own normalisation. */
import { readingTextNodes } from '../../../../src/annotate/anchor/text-nodes';
import { readingTextOfRange } from '../../../../src/annotate/anchor/range-text-nodes';

/** A range over raw (un-normalised) offsets [start, end) of the reading text of `root`. */
export function rangeAtRawOffsets(root: Element, start: number, end: number): Range {
  const nodes = readingTextNodes(root);
  const range = root.ownerDocument.createRange();
  let pos = 0;
  let startSet = false;
  for (const n of nodes) {
    const len = n.data.length;
    if (!startSet && start <= pos + len && (start < pos + len || n === nodes[nodes.length - 1])) {
      range.setStart(n, start - pos);
      startSet = true;
    }
    if (startSet && end <= pos + len) {
      range.setEnd(n, end - pos);
      return range;
    }
    pos += len;
  }
  throw new Error(`offsets ${start}-${end} out of bounds (${pos})`);
}

/** Raw reading text of `root`. */
export function rawText(root: Element): string {
  return readingTextNodes(root)
    .map((n) => n.data)
    .join('');
}

/** A range over the `nth` occurrence of `needle` (matched in the page's own normalisation). */
export function rangeOfText(root: Element, needle: string, nth = 0): Range {
  const text = rawText(root);
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`"${needle}" #${nth} not found`);
  }
  return rangeAtRawOffsets(root, at, at + needle.length);
}

/** NFC reading text of a range, or null. */
export function nfcText(range: Range | null): string | null {
  return range ? readingTextOfRange(range).normalize('NFC') : null;
}
