/**
 * Highlights are kept as fixed boundary points (StaticRange), not live Ranges. The browser
 * updates every live Range of a document on every DOM insertion and removal in it: with the
 * 11,000 highlights of issue #7's 10,000-number page held as Ranges, 100 insertions and
 * removals by the page's own script took 34 ms instead of 0.2 ms in Chromium. A highlight's
 * text node keeps its place when the page changes around it, so fixed points stay right; the
 * rare live Range we need (rectangles for a tooltip, hit-testing) is made on demand.
 */

/** A range's boundary points. */
export interface RangePoints {
  startContainer: Node;
  startOffset: number;
  endContainer: Node;
  endOffset: number;
}

/** True for a live Range (it can be moved); false for a StaticRange. */
export function isLive(range: AbstractRange): range is Range {
  return typeof (range as Partial<Range>).setStart === 'function';
}

/** A new live Range over the points; null when they no longer fit their nodes. */
export function liveCopy(doc: Document, points: RangePoints): Range | null {
  try {
    const live = doc.createRange();
    live.setStart(points.startContainer, points.startOffset);
    live.setEnd(points.endContainer, points.endOffset);
    return live;
  } catch {
    return null;
  }
}

/**
 * A StaticRange over `points`, made without a live Range in between (an unreferenced live
 * Range still costs on every mutation until the next full garbage collection); a live Range
 * where the browser has no StaticRange.
 */
export function staticRange(doc: Document, points: RangePoints): AbstractRange | null {
  const Ctor = (
    doc.defaultView as unknown as { StaticRange?: new (init: RangePoints) => AbstractRange } | null
  )?.StaticRange;
  if (typeof Ctor === 'function') {
    try {
      return new Ctor(points);
    } catch {
      // Fall through to a live Range.
    }
  }
  return liveCopy(doc, points);
}

/** A StaticRange over the same boundary points (see `staticRange`); a StaticRange as is. */
export function toStatic(doc: Document, range: AbstractRange): AbstractRange {
  if (!isLive(range)) return range;
  const { startContainer, startOffset, endContainer, endOffset } = range;
  return staticRange(doc, { startContainer, startOffset, endContainer, endOffset }) ?? range;
}

const probes = new WeakMap<Document, Range>();

/**
 * Runs `fn` on a live view of `range`: the range itself when it is live, else one Range per
 * document reused for every call, so hit-testing thousands of highlights adds one live Range.
 * Null when the page's edits left the points outside their nodes.
 */
export function withLive<T>(doc: Document, range: AbstractRange, fn: (live: Range) => T): T | null {
  if (isLive(range)) return fn(range);
  let probe = probes.get(doc);
  if (!probe) {
    probe = doc.createRange();
    probes.set(doc, probe);
  }
  try {
    probe.setStart(range.startContainer, range.startOffset);
    probe.setEnd(range.endContainer, range.endOffset);
  } catch {
    return null;
  }
  return fn(probe);
}
