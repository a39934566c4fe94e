/**
 * On a long page, only the highlights near the viewport are registered with the browser, and
 * more as the reader scrolls. Chromium re-checks every registered highlight range and repaints
 * its text after any change to the page's DOM: with the 2,000 highlights of issue #7's
 * mutating page (a clock that ticks every frame) each frame spent 20–30 ms more in pre-paint
 * and paint than the page alone, and the page's own timers stalled over 60 ms again and again.
 * A few hundred near the viewport keep that cost small; what is off screen is not painted
 * anyway.
 */
import { paintHighlights, type PaintItem, type Painted } from './paint-highlights';
import { SLICE_MS } from '../shared/yield-to-page';

/** Past this many highlights, only those near the viewport are registered. */
export const VIEWPORT_ITEMS = 400;
/** How far beyond the viewport highlights are registered ahead of scrolling. */
const MARGIN = '100% 0px';

/** The element each item is painted in: the observer watches these. */
function anchorOf(item: PaintItem): Element | null {
  const node = item.range.startContainer;
  return node.nodeType === 1 ? (node as Element) : node.parentElement;
}

/**
 * Registers `items` as they come near the viewport and unregisters them as they leave it.
 * Null where this cannot work (no IntersectionObserver, or the Highlight API refused our
 * ranges and painting would wrap text in elements): the caller then paints everything.
 * Items are grouped by the element they start in, one observed element per group, a slice
 * of them per task (thousands of them at once were a 60 ms task).
 */
export function paintNearViewport(doc: Document, items: readonly PaintItem[]): Painted | null {
  const win = doc.defaultView as (Window & typeof globalThis) | null;
  const first = items[0];
  if (!win || typeof win.IntersectionObserver !== 'function' || first === undefined) return null;
  // One range decides the method: wrapping changes the DOM, which this must not do on scroll.
  const probe = paintHighlights(doc, [first]);
  probe.undo();
  if (probe.method !== 'highlight-api') return null;

  const groups = new Map<Element, PaintItem[]>();
  /** What is registered now, per observed element (a group can grow after it was painted). */
  const painted = new Map<Element, Painted[]>();
  const unpaint = (anchor: Element) => {
    for (const p of painted.get(anchor) ?? []) p.undo();
    painted.delete(anchor);
  };
  const observer = new win.IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        const group = groups.get(entry.target);
        if (!group) continue;
        if (!entry.isIntersecting) unpaint(entry.target);
        else if (!painted.has(entry.target))
          painted.set(entry.target, [paintHighlights(doc, group)]);
      }
    },
    { rootMargin: MARGIN },
  );
  let next = 0;
  let stopped = false;
  const observeSlice = () => {
    if (stopped) return;
    const started = performance.now();
    while (next < items.length && performance.now() - started < SLICE_MS) {
      const item = items[next++] as PaintItem;
      const anchor = anchorOf(item);
      if (anchor === null) continue;
      const group = groups.get(anchor);
      if (!group) {
        groups.set(anchor, [item]);
        observer.observe(anchor);
        continue;
      }
      group.push(item);
      // Its group is on screen already: this one joins it there.
      painted.get(anchor)?.push(paintHighlights(doc, [item]));
    }
    if (next < items.length) win.setTimeout(observeSlice, 0);
  };
  observeSlice();
  return {
    method: 'highlight-api',
    // Registered as they are (fixed points): the items' own ranges.
    ranges: items.map((i) => i.range),
    undo() {
      stopped = true;
      observer.disconnect();
      for (const anchor of [...painted.keys()]) unpaint(anchor);
    },
  };
}
