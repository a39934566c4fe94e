import type { RecognisedKind } from '../shared/highlight-style';
import { FOCUS_HIGHLIGHT, HIGHLIGHT_NAME } from '../shared/highlight-style';
import type { OverlayHost } from '../article/overlay-host';
import { paintHighlights, type Painted } from './paint-highlights';
import { itemAtPoint } from './range-at-point';
import { withLive } from '../shared/static-range';
import { VIEWPORT_ITEMS, paintNearViewport } from './viewport-highlights';
import { SLICE_MS, yieldToPage } from '../shared/yield-to-page';
import { getMessage as t } from '../../platform/get-message';
import { changeName, kindName } from '../../ui/shared/figure-words';
import { swatchColour } from '../../ui/shared/highlight-colours';

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

  const tooltip = doc.createElement('div');
  tooltip.className = 'panel tooltip';
  tooltip.setAttribute('role', 'status');
  tooltip.setAttribute('aria-live', 'polite');
  tooltip.hidden = true;
  const legend = doc.createElement('div');
  legend.className = 'panel legend';
  // A named group: screen readers drop a label on an element with no role.
  legend.setAttribute('role', 'group');
  legend.setAttribute('aria-label', t('pageLegendLabel'));
  // Drawn once painting is done: on a long page that takes seconds, with an empty box till then.
  legend.hidden = true;
  overlay.root.append(legend, tooltip);

  const renderLegend = () => {
    legend.replaceChildren();
    const counts = new Map<RecognisedKind, number>();
    for (const item of live) counts.set(item.kind, (counts.get(item.kind) ?? 0) + 1);
    for (const [kind, count] of counts) {
      const entry = doc.createElement('span');
      const swatch = doc.createElement('span');
      swatch.className = 'swatch';
      swatch.style.background = swatchColour(kind);
      entry.append(swatch, `${kindName(kind)} ${count}`);
      legend.append(entry);
    }
    legend.hidden = counts.size === 0;
  };

  let generation = 0;
  const paint = () => {
    const gen = ++generation;
    painted?.undo();
    painted = null;
    focusPainted?.undo();
    focusPainted = null;
    live = [];
    const wanted = items.filter((i) => (isFigure(i.kind) ? toggles.figures : toggles.projects));
    const finish = async (visible: Live[]) => {
      const near =
        visible.length > VIEWPORT_ITEMS && !options.forceWrap
          ? paintNearViewport(
              doc,
              visible.map((i) => ({ range: i.range, name: HIGHLIGHT_NAME[i.kind] })),
            )
          : null;
      if (near) {
        painted = near;
        live = visible;
        cursor = -1;
        renderLegend();
        return;
      }
      // Else a very long page is painted in batches, one task each, so the browser never has
      // to register and draw thousands of highlights in one go.
      const batches: Painted[] = [];
      const ranges: AbstractRange[] = [];
      for (let from = 0; from < visible.length || from === 0; from += PAINT_BATCH) {
        if (gen !== generation) break;
        const batch = visible.slice(from, from + PAINT_BATCH);
        const done = paintHighlights(
          doc,
          batch.map((i) => ({ range: i.range, name: HIGHLIGHT_NAME[i.kind] })),
          options.forceWrap,
        );
        batches.push(done);
        ranges.push(...done.ranges);
        if (from + PAINT_BATCH < visible.length) await yieldToPage();
      }
      painted = {
        method: batches[0]?.method ?? 'highlight-api',
        ranges,
        undo: () => {
          for (const b of [...batches].reverse()) b.undo();
        },
      };
      if (gen !== generation) {
        painted.undo();
        painted = null;
        return;
      }
      // The wrapping fallback replaces text nodes, so ranges are taken from what was painted.
      live = visible.map((item, k) => ({ ...item, range: ranges[k] ?? item.range }));
      cursor = -1;
      renderLegend();
    };
    // Ranges are made afresh: the wrapping fallback's undo re-joins text nodes, which moves old
    // ranges. Thousands of them (a very long page) are made in short slices.
    const visible: Live[] = [];
    const place = (item: PlacedItem) => {
      const range = rangeOf(item.start, item.end);
      if (range) visible.push({ ...item, range });
    };
    if (wanted.length <= SYNC_ITEMS) {
      wanted.forEach(place);
      void finish(visible);
      return;
    }
    void (async () => {
      let sliceStart = performance.now();
      for (const item of wanted) {
        place(item);
        if (performance.now() - sliceStart > SLICE_MS) {
          await yieldToPage();
          if (gen !== generation) return;
          sliceStart = performance.now();
        }
      }
      await finish(visible);
    })();
  };

  const showTooltip = (item: Live) => {
    tooltip.replaceChildren();
    const kind = doc.createElement('div');
    kind.className = 'kind';
    const { title, value: label } = item.describe();
    kind.textContent = title;
    const value = doc.createElement('div');
    value.className = 'value';
    value.textContent = label;
    tooltip.append(kind, value);
    if (item.change) {
      const change = doc.createElement('div');
      change.className = item.change;
      change.textContent = changeName(item.change);
      tooltip.append(change);
    }
    const rect = withLive(doc, item.range, (r) => r.getBoundingClientRect());
    if (!rect) return;
    tooltip.hidden = false;
    const top =
      rect.bottom + 6 + 60 > (doc.defaultView?.innerHeight ?? 800)
        ? rect.top - 64
        : rect.bottom + 6;
    tooltip.style.left = `${Math.max(4, rect.left)}px`;
    tooltip.style.top = `${Math.max(4, top)}px`;
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
      if (item) showTooltip(item);
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
    showTooltip(item);
  };

  const onKey = (event: KeyboardEvent) => {
    if (!event.isTrusted) return;
    if (!event.altKey || !event.shiftKey || (event.key !== 'ArrowDown' && event.key !== 'ArrowUp'))
      return;
    const target = event.target as HTMLElement | null;
    if (target?.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target?.tagName ?? ''))
      return;
    event.preventDefault();
    api.step(event.key === 'ArrowDown' ? 1 : -1);
  };
  doc.addEventListener('keydown', onKey);

  const api: RecognisedHighlights = {
    setToggles(next) {
      toggles = next;
      paint();
    },
    step(direction) {
      if (live.length === 0) return;
      const next =
        cursor < 0
          ? direction === 1
            ? 0
            : live.length - 1
          : (cursor + direction + live.length) % live.length;
      focusItem(next);
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
