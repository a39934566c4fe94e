import type { HighlightColor } from '../../model/stored-records';
import { nextFrame } from '../shared/yield-to-page';
import { highlightColour } from '../../ui/shared/highlight-colours';

/**
 * The user's highlights, painted as boxes in our closed shadow root over the text they cover.
 * Not the Custom Highlight API: its registry (`CSS.highlights`) is the document's, shared with
 * the page, which could enumerate it and read every range, i.e. the passages the user marked.
 * Not `<ra-mark>` wrappers either: the page reads those from its own DOM. Boxes in a closed
 * root say nothing a page script can get at (their host is one empty element).
 *
 * The boxes sit in document coordinates, so the page scrolling moves them with the text; a
 * layout change (the window resized, the article reflowed, an inner box scrolled) redraws them
 * in the next frame.
 */
export interface BoxPainter {
  /** `marker`: an element of ours placed at the end of the highlight (its note marker). */
  paint(id: string, range: Range, color: HighlightColor, marker?: HTMLElement): void;
  unpaint(id: string): void;
  /** How many boxes are drawn for a highlight (tests; 0 when it is off screen or unpainted). */
  boxCount(id: string): number;
  dispose(): void;
}

/** The colours the library's reader paints these highlights in too (translucent, as on the page). */
export const BOX_COLORS: Record<HighlightColor, string> = {
  yellow: highlightColour('yellow'),
  green: highlightColour('green'),
  blue: highlightColour('blue'),
  pink: highlightColour('pink'),
};

export const BOXES_CSS = `
.boxes { position: absolute; left: 0; top: 0; width: 0; height: 0; pointer-events: none; z-index: 2147483645; }
.boxes div { position: absolute; pointer-events: none; border-radius: 2px; }
@media print { .boxes div { print-color-adjust: exact; -webkit-print-color-adjust: exact; } }
.boxes .marker { position: absolute; pointer-events: auto; width: 16px; height: 16px; padding: 1px; margin: 0;
  border: 1px solid #8a6d00; border-radius: 50% 50% 50% 2px; background: #fff8c4; color: #5c4800; cursor: pointer;
  display: grid; place-items: center; }
.boxes .marker svg { width: 10px; height: 10px; display: block; }
.boxes .marker:focus-visible { outline: 2px solid #0f6b5f; outline-offset: 2px; }
/* A highlight without a note has its marker for keyboards and screen readers only. */
.boxes .marker:not(.noted):not(:focus) { opacity: 0; pointer-events: none; }
@media print { .boxes .marker { display: none; } }
`;

interface Painted {
  range: Range;
  color: HighlightColor;
  boxes: HTMLElement[];
  marker?: HTMLElement;
}

export function createBoxPainter(
  doc: Document,
  root: ShadowRoot,
  articleRoot: Element,
): BoxPainter {
  const win = doc.defaultView;
  const layer = doc.createElement('div');
  layer.className = 'boxes';
  root.append(layer);
  const painted = new Map<string, Painted>();

  const draw = (item: Painted) => {
    for (const box of item.boxes) box.remove();
    item.boxes = [];
    // The layer's own place: whatever containing block the page gives it, boxes are relative to it.
    const origin = layer.getBoundingClientRect();
    // Indexed access: Firefox's Xray view of a DOMRectList is not iterable.
    const rects = item.range.getClientRects();
    for (let i = 0; i < rects.length; i++) {
      const r = rects.item(i);
      if (r === null || r.width < 1 || r.height < 1) continue;
      const box = doc.createElement('div');
      box.style.cssText =
        `left:${r.left - origin.left}px;top:${r.top - origin.top}px;` +
        `width:${r.width}px;height:${r.height}px;background:${BOX_COLORS[item.color]}`;
      item.boxes.push(box);
    }
    layer.append(...item.boxes);
    const last = item.boxes.at(-1);
    if (item.marker && last) {
      // Just past the end of the highlight's last line, raised a little over its text.
      item.marker.style.left = `${parseFloat(last.style.left) + parseFloat(last.style.width)}px`;
      item.marker.style.top = `${parseFloat(last.style.top) - 8}px`;
      if (!item.marker.isConnected) layer.append(item.marker);
    }
  };

  let pending = false;
  const redraw = () => {
    if (pending) return;
    pending = true;
    void nextFrame(win, () => {
      pending = false;
      for (const item of painted.values()) draw(item);
    });
  };

  // Layout changes that move text without scrolling the document.
  const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(() => redraw()) : null;
  for (const el of [articleRoot, doc.body, doc.documentElement]) if (el) observer?.observe(el);
  const onScroll = (event: Event) => {
    // The document's own scroll moves the boxes with the text; an inner scroller does not.
    if (event.target !== doc && event.target !== doc.documentElement) redraw();
  };
  win?.addEventListener('resize', redraw);
  doc.addEventListener('scroll', onScroll, { capture: true, passive: true });
  void doc.fonts?.ready.then(redraw, () => undefined);

  return {
    paint(id, range, color, marker) {
      const item: Painted = { range, color, boxes: [], marker };
      const before = painted.get(id);
      before?.boxes.forEach((b) => b.remove());
      if (before?.marker !== marker) before?.marker?.remove();
      painted.set(id, item);
      // In the next frame, all at once: one layout read for every highlight of a visit.
      redraw();
    },
    unpaint(id) {
      painted.get(id)?.boxes.forEach((b) => b.remove());
      painted.get(id)?.marker?.remove();
      painted.delete(id);
    },
    boxCount: (id) => painted.get(id)?.boxes.length ?? 0,
    dispose() {
      observer?.disconnect();
      win?.removeEventListener('resize', redraw);
      doc.removeEventListener('scroll', onScroll, { capture: true });
      painted.clear();
      layer.remove();
    },
  };
}
