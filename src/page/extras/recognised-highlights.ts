import type { RecognisedKind } from '../shared/highlight-style';
import { FOCUS_HIGHLIGHT, HIGHLIGHT_NAME } from '../shared/highlight-style';
import type { OverlayHost } from '../article/overlay-host';
import { paintHighlights, type Painted } from './paint-highlights';
import { itemAtPoint } from './range-at-point';
import { VIEWPORT_ITEMS, paintNearViewport } from './viewport-highlights';
import { SLICE_MS, yieldToPage } from '../shared/yield-to-page';
import { createPanels, renderLegend, showTooltip } from './recognised-panels';

/** A recognised figure or project placed on the page, with what its tooltip says. */
export interface PlacedItem {
  kind: RecognisedKind;
  /** Index within its family (figures or projects), as in the popup's table. */
  index: number;
  /** Span in the article text index; ranges are made afresh at each paint. */
  start: number;
  end: number;
  /** What the tooltip says: the kind and the normalised value (or the project's name). */
  describe(): { title: string; value: string };
  change?: 'up' | 'down';
}

export interface Toggles {
  figures: boolean;
  projects: boolean;
}

/** The painted highlights, their legend and tooltip; every method leaves the page restorable. */
export interface RecognisedHighlights {
  setToggles(toggles: Toggles): void;
  /** Moves the keyboard focus to the next (+1) or previous (-1) visible item. */
  step(direction: 1 | -1): void;
  scrollTo(family: 'figure' | 'project', index: number): boolean;
  dispose(): void;
}

const isFigure = (kind: RecognisedKind) => kind !== 'project';
/** Up to this many highlights are placed in one go; more are placed in slices. */
const SYNC_ITEMS = 1000;
/** Highlights registered per task on very long pages. */
const PAINT_BATCH = 1000;

/** A placed item with what was painted for it (fixed points, or a Range over its marks). */
type Live = PlacedItem & { range: AbstractRange };

/**
 * Paints a very long page's highlights in batches, one task each, so the browser never has to
 * register and draw thousands of highlights in one go; then hands over what was painted (in the
 * same task when there was one batch). When a newer paint took over (`isCurrent` turned false)
 * what was painted is undone instead.
 */
async function paintInBatches(
  doc: Document,
  visible: readonly Live[],
  forceWrap: boolean | undefined,
  isCurrent: () => boolean,
  onPainted: (painted: Painted) => void,
): Promise<void> {
  const batches: Painted[] = [];
  const ranges: AbstractRange[] = [];
  for (let from = 0; from < visible.length || from === 0; from += PAINT_BATCH) {
    if (!isCurrent()) break;
    const batch = visible.slice(from, from + PAINT_BATCH);
    const done = paintHighlights(
      doc,
      batch.map((i) => ({ range: i.range, name: HIGHLIGHT_NAME[i.kind] })),
      forceWrap,
    );
    batches.push(done);
    ranges.push(...done.ranges);
    if (from + PAINT_BATCH < visible.length) await yieldToPage();
  }
  const painted: Painted = {
    method: batches[0]?.method ?? 'highlight-api',
    ranges,
    undo: () => {
      for (const b of [...batches].reverse()) b.undo();
    },
  };
  if (!isCurrent()) {
    painted.undo();
    return;
  }
  onPainted(painted);
}

/**
 * Makes each wanted item's range afresh: the wrapping fallback's undo re-joins text nodes,
 * which moves old ranges. Items without a range on this page are left out.
 */
function placeNow(
  wanted: readonly PlacedItem[],
  rangeOf: (start: number, end: number) => AbstractRange | null,
): Live[] {
  const visible: Live[] = [];
  for (const item of wanted) {
    const range = rangeOf(item.start, item.end);
    if (range) visible.push({ ...item, range });
  }
  return visible;
}

/** The same for thousands of items (a very long page), in short slices; null when superseded. */
async function placeInSlices(
  wanted: readonly PlacedItem[],
  rangeOf: (start: number, end: number) => AbstractRange | null,
  isCurrent: () => boolean,
): Promise<Live[] | null> {
  const visible: Live[] = [];
  let sliceStart = performance.now();
  for (const item of wanted) {
    visible.push(...placeNow([item], rangeOf));
    if (performance.now() - sliceStart > SLICE_MS) {
      await yieldToPage();
      if (!isCurrent()) return null;
      sliceStart = performance.now();
    }
  }
  return visible;
}

/** Alt+Shift+↓/↑ outside a field: the keyboard's way through the highlights. */
function stepKey(event: KeyboardEvent): 1 | -1 | null {
  if (!event.isTrusted) return null;
  if (!event.altKey || !event.shiftKey || (event.key !== 'ArrowDown' && event.key !== 'ArrowUp'))
    return null;
  const target = event.target as HTMLElement | null;
  if (target?.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target?.tagName ?? ''))
    return null;
  return event.key === 'ArrowDown' ? 1 : -1;
}

/** The item after (or before) the cursor, round the ends; the first or last from none. */
function nextCursor(cursor: number, direction: 1 | -1, count: number): number {
  if (cursor < 0) return direction === 1 ? 0 : count - 1;
  return (cursor + direction + count) % count;
}

export function showRecognised(
  doc: Document,
  overlay: OverlayHost,
  rangeOf: (start: number, end: number) => AbstractRange | null,
  items: readonly PlacedItem[],
  initial: Toggles,
  options: { forceWrap?: boolean } = {},
): RecognisedHighlights {
  let toggles = initial;
  let painted: Painted | null = null;
  let live: Live[] = [];
  let focusPainted: Painted | null = null;
  let cursor = -1;
  const { legend, tooltip } = createPanels(doc, overlay);

  const show = (visible: Live[], done: Painted) => {
    painted = done;
    live = visible;
    cursor = -1;
    renderLegend(doc, legend, live);
  };

  let generation = 0;
  const paint = () => {
    const gen = ++generation;
    const isCurrent = () => gen === generation;
    painted?.undo();
    painted = null;
    focusPainted?.undo();
    focusPainted = null;
    live = [];
    const wanted = items.filter((i) => (isFigure(i.kind) ? toggles.figures : toggles.projects));
    // Near the viewport only on a long page; else all of them, in batches. A few items are
    // placed and painted in this task, so the page shows them as soon as paint() returns.
    const finish = (visible: Live[]) => {
      const near =
        visible.length > VIEWPORT_ITEMS && !options.forceWrap
          ? paintNearViewport(
              doc,
              visible.map((i) => ({ range: i.range, name: HIGHLIGHT_NAME[i.kind] })),
            )
          : null;
      if (near) return void show(visible, near);
      void paintInBatches(doc, visible, options.forceWrap, isCurrent, (done) =>
        // The wrapping fallback replaces text nodes, so ranges are taken from what was painted.
        show(
          visible.map((item, k) => ({ ...item, range: done.ranges[k] ?? item.range })),
          done,
        ),
      );
    };
    if (wanted.length <= SYNC_ITEMS) return finish(placeNow(wanted, rangeOf));
    void placeInSlices(wanted, rangeOf, isCurrent).then((visible) => visible && finish(visible));
  };

  // Hover is hit-tested at most every 16 ms (a timer, not rAF: rAF stops in background tabs),
  // at the pointer's latest position: moves that arrive while a test is pending update it.
  let frame: ReturnType<typeof setTimeout> | 0 = 0;
  let pointer = { x: 0, y: 0 };
  const onMove = (event: MouseEvent) => {
    pointer = { x: event.clientX, y: event.clientY };
    if (frame) return;
    frame = setTimeout(() => {
      frame = 0;
      const item = itemAtPoint(doc, live, pointer.x, pointer.y);
      if (item) showTooltip(doc, tooltip, item);
      else if (cursor < 0) tooltip.hidden = true;
    }, 16);
  };
  doc.addEventListener('mousemove', onMove, { passive: true });

  const focusItem = (k: number) => {
    const item = live[k];
    if (!item) return;
    cursor = k;
    focusPainted?.undo();
    focusPainted = paintHighlights(
      doc,
      [{ range: item.range, name: FOCUS_HIGHLIGHT }],
      options.forceWrap,
    );
    const anchor = item.range.startContainer.parentElement;
    anchor?.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
    showTooltip(doc, tooltip, item);
  };

  const onKey = (event: KeyboardEvent) => {
    const direction = stepKey(event);
    if (direction === null) return;
    event.preventDefault();
    api.step(direction);
  };
  doc.addEventListener('keydown', onKey);

  const api: RecognisedHighlights = {
    setToggles(next) {
      toggles = next;
      paint();
    },
    step(direction) {
      if (live.length > 0) focusItem(nextCursor(cursor, direction, live.length));
    },
    scrollTo(family, index) {
      const k = live.findIndex(
        (i) => (family === 'project') === (i.kind === 'project') && i.index === index,
      );
      if (k < 0) return false;
      focusItem(k);
      return true;
    },
    dispose() {
      generation++;
      doc.removeEventListener('mousemove', onMove);
      doc.removeEventListener('keydown', onKey);
      if (frame) clearTimeout(frame);
      focusPainted?.undo();
      painted?.undo();
      legend.remove();
      tooltip.remove();
    },
  };
  paint();
  return api;
}
