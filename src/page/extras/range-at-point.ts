import { withLive } from '../shared/static-range';

/** Firefox has caretPositionFromPoint, older Chromium only caretRangeFromPoint. */
interface CaretLookup {
  caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
}

/**
 * The first of `items` whose range lies under the viewport point. Highlights painted with the
 * Custom Highlight API have no elements to receive events, so hover and click are hit-tested:
 * the caret position says which text is there, the client rects confirm the pointer is on it.
 */
export function itemAtPoint<T extends { range: AbstractRange }>(
  doc: Document,
  items: readonly T[],
  x: number,
  y: number,
): T | null {
  const d = doc as unknown as CaretLookup;
  const pos = d.caretPositionFromPoint?.(x, y);
  const caret = pos ? null : d.caretRangeFromPoint?.(x, y);
  const node = pos?.offsetNode ?? caret?.startContainer;
  const offset = pos?.offset ?? caret?.startOffset ?? 0;
  if (node) {
    for (const item of items) {
      try {
        const hit = withLive(
          doc,
          item.range,
          (r) => r.isPointInRange(node, offset) && touches(r, x, y),
        );
        if (hit) return item;
      } catch {
        // A node from another document or a detached range: not ours to hit.
      }
    }
  }
  // The caret APIs can fail where the content script sees the page through wrappers (Firefox's
  // Xrays): then the rectangles alone decide, bounded so a huge page never scans thousands.
  if (items.length > RECT_SCAN_LIMIT) return null;
  return items.find((item) => withLive(doc, item.range, (r) => touches(r, x, y))) ?? null;
}

const RECT_SCAN_LIMIT = 2000;

function touches(range: Range, x: number, y: number): boolean {
  const inside = (r: DOMRect | null) =>
    r !== null && x >= r.left && x <= r.right && y >= r.top && y <= r.bottom;
  if (!inside(range.getBoundingClientRect())) return false;
  // Indexed access, not Array.from: Firefox's Xray view of a DOMRectList is not iterable.
  const rects = range.getClientRects();
  for (let i = 0; i < rects.length; i++) if (inside(rects.item(i))) return true;
  return false;
}
