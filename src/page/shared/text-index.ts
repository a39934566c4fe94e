/**
 * The article's visible text as one string (NFC, whitespace runs collapsed, blocks separated by
 * a newline) with a map back to live DOM positions, so recognisers can run on plain text and
 * their spans become Ranges on the page. Vietnamese pages mix composed and combining
 * diacritics, so each text node is normalised cluster by cluster to keep an exact offset map.
 */
import { BLOCK } from '../../extract/visible-text';
import type { RangePoints } from './static-range';
import { runInSlices } from './yield-to-page';

const SKIP_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'svg',
  'SVG',
  'IFRAME',
  'OBJECT',
  'TEXTAREA',
  'SELECT',
]);
// The same blocks the extractor separates, so both texts break paragraphs alike.
const BLOCK_TAGS = BLOCK;
// A base character with the marks after it: NFC never composes across such clusters.
const CLUSTER = /[^\p{M}][\p{M}]*|[\p{M}]+/gsu;
const HAS_MARK = /\p{M}/u;

function isSpace(c: string): boolean {
  if (c.length !== 1) return false;
  return (
    c === ' ' ||
    c === '\n' ||
    c === '\t' ||
    c === '\r' ||
    c === '\f' ||
    (c > '\u007f' && /\s/u.test(c))
  );
}

interface Segment {
  node: Text;
  /** Offset of this node's first indexed character in `text`. */
  start: number;
  /** For each indexed character of this node: where it starts and ends in `node.data`. */
  rawStarts: Int32Array;
  rawEnds: Int32Array;
}

/** Article text with its DOM map. */
export interface TextIndex {
  readonly text: string;
  /** A Range over `text[start, end)`, or null when the span is not on the page any more. */
  rangeOf(start: number, end: number): Range | null;
  /** The boundary points of `text[start, end)` (to make a StaticRange from), or null like `rangeOf`. */
  pointsOf(start: number, end: number): RangePoints | null;
  /** Where the character at `rawOffset` of `node` landed in `text` (null: not indexed). */
  offsetOf(node: Text, rawOffset: number): number | null;
}

/** Indexes the text under `roots` in document order, skipping the `skip` subtrees. */
export function buildTextIndex(roots: readonly Element[], skip: ReadonlySet<Element>): TextIndex {
  const builder = indexBuilder(roots, skip);
  for (const _ of builder.steps()) {
    // Walk to the end in one go.
  }
  return builder.finish();
}

/** The same index built in slices, yielding to the page between them (long pages). */
export async function buildTextIndexInSlices(
  roots: readonly Element[],
  skip: ReadonlySet<Element>,
): Promise<TextIndex> {
  const builder = indexBuilder(roots, skip);
  await runInSlices(builder.steps());
  return builder.finish();
}

function indexBuilder(
  roots: readonly Element[],
  skip: ReadonlySet<Element>,
): { steps: () => Generator<void>; finish: () => TextIndex } {
  const segments: Segment[] = [];
  // Parts joined once at the end: reading the tail of a growing string (`text.slice(-1)`)
  // flattens V8's rope each time, which made a 3,000-paragraph page quadratic.
  const parts: string[] = [];
  let length = 0;
  /** The last character emitted so far ('' at the start). */
  let tail = '';
  let pendingBreak = false;

  const append = (node: Text) => {
    const chars: string[] = [];
    const starts: number[] = [];
    const ends: number[] = [];
    const lastChar = () => (chars.length > 0 ? chars[chars.length - 1] : tail);
    const raw = node.data;
    // Most nodes have no combining marks and are NFC already: one code unit is one character.
    const simple = !HAS_MARK.test(raw) && raw === raw.normalize('NFC');
    const clusters = simple ? null : Array.from(raw.matchAll(CLUSTER));
    const count = clusters ? clusters.length : raw.length;
    for (let k = 0; k < count; k++) {
      const m = clusters?.[k];
      const cluster = m ? m[0] : (raw[k] as string);
      const at = m ? m.index : k;
      if (isSpace(cluster)) {
        const last = lastChar();
        if (last === ' ' || last === '\n' || last === '') continue;
        chars.push(' ');
        starts.push(at);
        ends.push(at + 1);
        continue;
      }
      if (pendingBreak && lastChar() !== '') {
        // Blocks are separated by one newline (replacing a trailing space of the block before).
        if (chars.length > 0 && chars[chars.length - 1] === ' ') {
          chars[chars.length - 1] = '\n';
        } else if (chars.length === 0 && tail === ' ') {
          const last = parts.length - 1;
          parts[last] = `${(parts[last] as string).slice(0, -1)}\n`;
          tail = '\n';
        } else if (lastChar() !== '\n') {
          chars.push('\n');
          starts.push(at);
          ends.push(at);
        }
      }
      pendingBreak = false;
      if (simple) {
        chars.push(cluster);
        starts.push(at);
        ends.push(at + 1);
        continue;
      }
      for (const c of cluster.normalize('NFC')) {
        chars.push(c);
        starts.push(at);
        ends.push(at + cluster.length);
      }
    }
    if (chars.length === 0) return;
    segments.push({
      node,
      start: length,
      rawStarts: Int32Array.from(starts),
      rawEnds: Int32Array.from(ends),
    });
    const joined = chars.join('');
    parts.push(joined);
    length += joined.length;
    tail = chars[chars.length - 1] as string;
  };

  // Iterative walk (deeply nested markup must not overflow the stack); yields after each text
  // node so a caller can spread a long page over several tasks.
  function* walk(): Generator<void> {
    const stack: { child: ChildNode | null; block: boolean }[] = [];
    const enter = (el: Element) => {
      if (skip.has(el) || SKIP_TAGS.has(el.tagName) || el.hasAttribute('hidden')) return;
      const block = BLOCK_TAGS.has(el.tagName);
      if (block) pendingBreak = true;
      stack.push({ child: el.firstChild, block });
    };
    for (const root of roots) {
      pendingBreak = true;
      enter(root);
      while (stack.length > 0) {
        const top = stack[stack.length - 1] as { child: ChildNode | null; block: boolean };
        const child = top.child;
        if (child === null) {
          stack.pop();
          if (top.block) pendingBreak = true;
          continue;
        }
        top.child = child.nextSibling;
        if (child.nodeType === 3) {
          append(child as Text);
          yield;
        } else if (child.nodeType === 1) {
          enter(child as Element);
        }
      }
    }
  }
  return { steps: walk, finish };

  function finish(): TextIndex {
    let text = parts.join('');
    if (text.endsWith(' ') || text.endsWith('\n')) text = text.slice(0, -1);
    const doc = roots[0]?.ownerDocument ?? null;
    // Still under a root (works for detached copies too, e.g. the library reader's article).
    const inRoots = (node: Node) => roots.some((root) => root.contains(node));

    /** The segment holding character `offset` of `text`. */
    const segmentAt = (offset: number): Segment | null => {
      let lo = 0;
      let hi = segments.length - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const seg = segments[mid] as Segment;
        if (offset < seg.start) hi = mid - 1;
        else if (offset >= seg.start + seg.rawStarts.length) lo = mid + 1;
        else return seg;
      }
      return null;
    };

    const pointsOf = (start: number, end: number): RangePoints | null => {
      if (end <= start) return null;
      const a = segmentAt(start);
      const b = segmentAt(end - 1);
      if (a === null || b === null || !inRoots(a.node) || !inRoots(b.node)) return null;
      return {
        startContainer: a.node,
        startOffset: Math.min(a.rawStarts[start - a.start] as number, a.node.length),
        endContainer: b.node,
        endOffset: Math.min(b.rawEnds[end - 1 - b.start] as number, b.node.length),
      };
    };
    let byNode: Map<Text, Segment> | null = null;
    const offsetOf = (node: Text, rawOffset: number): number | null => {
      byNode ??= new Map(segments.map((seg) => [seg.node, seg]));
      const seg = byNode.get(node);
      if (seg === undefined) return null;
      // The first indexed character that ends past the point (a collapsed space ends before).
      for (let k = 0; k < seg.rawEnds.length; k++)
        if ((seg.rawEnds[k] as number) > rawOffset) return Math.min(seg.start + k, text.length);
      return null;
    };
    return {
      text,
      pointsOf,
      offsetOf,
      rangeOf(start, end) {
        const points = pointsOf(start, end);
        if (doc === null || points === null) return null;
        const range = doc.createRange();
        range.setStart(points.startContainer, points.startOffset);
        range.setEnd(points.endContainer, points.endOffset);
        return range;
      },
    };
  }
}
