/**
 * The anchoring text of an article root and the two-way map between it and the DOM.
 *
 * Selectors store offsets into the NFC-normalised text, because Vietnamese pages mix composed
 * ("ệ", U+1EC7) and decomposed ("e" + U+0323 + U+0302) diacritics, and the same article can be
 * served either way (CMS, copy-paste, the reader view). The map goes from a DOM boundary point to
 * an NFC offset and back, so a highlight made on an NFD page re-anchors on the NFC page.
 */
import { isText, readingTextNodes, startsAtOrAfterPoint } from './text-nodes';

/** Which side a boundary that falls inside a character cluster snaps to. */
export type Bias = 'start' | 'end';

/** A boundary point inside a text node. */
export interface TextPoint {
  node: Text;
  offset: number;
}

/** The NFC anchoring text of a root and the DOM ↔ offset map. */
export interface TextMap {
  /** Concatenated text of the reading text nodes, NFC-normalised cluster by cluster. */
  readonly text: string;
  /** The reading text nodes in document order. */
  readonly nodes: readonly Text[];
  /** NFC offset of a DOM boundary point; a point inside a cluster snaps by `bias`. */
  offsetOfPoint(container: Node, offset: number, bias: Bias): number;
  /** DOM point for an NFC offset; `start` prefers the following node at a node boundary, `end` the preceding. */
  pointAt(offset: number, bias: Bias): TextPoint | null;
  /** A live Range over NFC offsets [start, end) (collapsed at the root when it has no text). */
  toRange(start: number, end: number): Range;
}

/**
 * A base character with the marks that follow it. NFC never composes across such clusters, so
 * normalising cluster by cluster gives the same text as normalising the whole string while keeping
 * an exact offset map. Hangul medial/final jamo (U+1160–U+11FF) are not marks but do compose with
 * the preceding syllable, so they join the cluster too.
 */
const CLUSTER = /[^\p{M}\u1160-\u11FF][\p{M}\u1160-\u11FF]*|[\p{M}\u1160-\u11FF]+/gsu;

/** A character that would join the preceding one into a cluster. */
const HAS_CLUSTER_JOINER = /[\p{M}\u1160-\u11FF]/u;

interface OffsetTables {
  text: string;
  /** raw offset → NFC offset, snapping inside a cluster to its start (floor) or end (ceil). */
  rawToNfc: { floor: ArrayLike<number>; ceil: ArrayLike<number> };
  /** NFC offset → raw offset, same snapping. */
  nfcToRaw: { floor: ArrayLike<number>; ceil: ArrayLike<number> };
}

function identityTables(raw: string): OffsetTables {
  const table = new Int32Array(raw.length + 1);
  for (let i = 0; i < table.length; i++) table[i] = i;
  return {
    text: raw,
    rawToNfc: { floor: table, ceil: table },
    nfcToRaw: { floor: table, ceil: table },
  };
}

function clusterTables(raw: string): OffsetTables {
  const rawFloor = new Int32Array(raw.length + 1);
  const rawCeil = new Int32Array(raw.length + 1);
  const nfcFloor: number[] = [];
  const nfcCeil: number[] = [];
  const pieces: string[] = [];
  let nfcLen = 0;
  for (const m of raw.matchAll(CLUSTER)) {
    const start = m.index;
    const cluster = m[0];
    const nfc = cluster.length === 1 ? cluster : cluster.normalize('NFC');
    // A letter with its marks is atomic: a boundary inside it snaps to a side, whichever form the
    // page uses. A lone astral character is not (all-NFC pages skip this table and map one to one,
    // even inside a surrogate pair, and both must agree).
    const atomic =
      cluster.length > 1 && !(cluster.length === 2 && (cluster.codePointAt(0) ?? 0) > 0xffff);
    for (let k = 0; k < cluster.length; k++) {
      rawFloor[start + k] = atomic ? nfcLen : nfcLen + k;
      rawCeil[start + k] = atomic && k > 0 ? nfcLen + nfc.length : nfcLen + k;
    }
    for (let j = 0; j < nfc.length; j++) {
      nfcFloor.push(atomic ? start : start + j);
      nfcCeil.push(atomic && j > 0 ? start + cluster.length : start + j);
    }
    pieces.push(nfc);
    nfcLen += nfc.length;
  }
  rawFloor[raw.length] = nfcLen;
  rawCeil[raw.length] = nfcLen;
  nfcFloor.push(raw.length);
  nfcCeil.push(raw.length);
  return {
    text: pieces.join(''),
    rawToNfc: { floor: rawFloor, ceil: rawCeil },
    nfcToRaw: { floor: nfcFloor, ceil: nfcCeil },
  };
}

/** Builds the text map of `root`. O(text length); build it once per anchoring pass. */
export function buildTextMap(root: Element): TextMap {
  const nodes = readingTextNodes(root);
  const starts: number[] = [];
  const index = new Map<Text, number>();
  let raw = '';
  nodes.forEach((n, i) => {
    starts.push(raw.length);
    index.set(n, i);
    raw += n.data;
  });
  // Most pages are NFC without a single combining mark: skip the per-cluster work for them.
  const tables =
    !HAS_CLUSTER_JOINER.test(raw) && raw.normalize('NFC') === raw
      ? identityTables(raw)
      : clusterTables(raw);
  const endOf = (i: number): number => (starts[i] ?? 0) + (nodes[i]?.data.length ?? 0);

  function rawOffsetOfPoint(container: Node, offset: number): number {
    const i = isText(container) ? index.get(container) : undefined;
    if (i !== undefined && isText(container))
      return (starts[i] ?? 0) + Math.max(0, Math.min(offset, container.data.length));
    // First reading text node at or after the point; the predicate is monotone in document order.
    let lo = 0;
    let hi = nodes.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const node = nodes[mid];
      if (node && startsAtOrAfterPoint(node, container, offset)) hi = mid;
      else lo = mid + 1;
    }
    return lo < nodes.length ? (starts[lo] ?? 0) : raw.length;
  }

  function pointAtRaw(rawOffset: number, bias: Bias): TextPoint | null {
    if (nodes.length === 0) return null;
    let lo = 0;
    let hi = nodes.length - 1;
    if (bias === 'start') {
      // Last node starting at or before the offset: at a node boundary that is the following node.
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if ((starts[mid] ?? 0) <= rawOffset) lo = mid;
        else hi = mid - 1;
      }
    } else {
      // First node ending at or after the offset: at a node boundary that is the preceding node.
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (endOf(mid) >= rawOffset) hi = mid;
        else lo = mid + 1;
      }
    }
    const node = nodes[lo];
    if (!node) return null;
    return { node, offset: Math.max(0, Math.min(rawOffset - (starts[lo] ?? 0), node.data.length)) };
  }

  const clampNfc = (o: number): number => Math.max(0, Math.min(o, tables.text.length));

  const map: TextMap = {
    text: tables.text,
    nodes,
    offsetOfPoint(container, offset, bias) {
      const r = rawOffsetOfPoint(container, offset);
      return (bias === 'start' ? tables.rawToNfc.floor[r] : tables.rawToNfc.ceil[r]) ?? 0;
    },
    pointAt(offset, bias) {
      const o = clampNfc(offset);
      const r = (bias === 'start' ? tables.nfcToRaw.floor[o] : tables.nfcToRaw.ceil[o]) ?? 0;
      return pointAtRaw(r, bias);
    },
    toRange(start, end) {
      const range = root.ownerDocument.createRange();
      const s = map.pointAt(start, 'start');
      const e = end > start ? map.pointAt(end, 'end') : s;
      if (!s || !e) {
        // No text at all: the only range there is, collapsed at the root's start.
        range.setStart(root, 0);
        return range;
      }
      range.setStart(s.node, s.offset);
      range.setEnd(e.node, e.offset);
      return range;
    },
  };
  return map;
}
