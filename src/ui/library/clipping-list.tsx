import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../platform/browser-api';
import type { AnnotationCounts, ClippingSummary } from '../../store/library-queries';
import { ClippingRow } from './clipping-row';
import type { TextMatcher } from './highlight-matches';

/** Every row has this height (px, matching `.clip-row` in library.css): virtualising needs it fixed. */
export const ROW_HEIGHT = 104;
/** Rows rendered above and below the visible ones, so fast scrolling shows no gaps. */
const OVERSCAN = 6;
/** Used before layout (and under happy-dom, which has none). */
const FALLBACK_HEIGHT = 800;

/** The rows to render for a scroll position: only those in view, plus overscan. */
export function visibleRange(
  scrollTop: number,
  viewport: number,
  count: number,
): { start: number; end: number } {
  const start = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
  const end = Math.min(count, Math.ceil((scrollTop + viewport) / ROW_HEIGHT) + OVERSCAN);
  return { start, end };
}

/**
 * The clipping list, virtualised: only the rows in view are in the DOM, so 10,000 clippings
 * scroll as smoothly as ten. Arrow keys, Home and End move between rows (each row's title is a
 * button, so Tab reaches the list once and Enter opens).
 */
export function ClippingList(props: {
  items: readonly ClippingSummary[];
  counts: ReadonlyMap<string, AnnotationCounts>;
  matcher: TextMatcher | null;
  selected: ReadonlySet<string>;
  onToggle: (id: string) => void;
  onOpen: (id: string) => void;
}) {
  const { items } = props;
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewport, setViewport] = useState(FALLBACK_HEIGHT);
  const [focusIndex, setFocusIndex] = useState<number | null>(null);

  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const measure = () => setViewport(el.clientHeight || FALLBACK_HEIGHT);
    measure();
    const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(measure) : null;
    observer?.observe(el);
    return () => observer?.disconnect();
  }, []);

  // A new result set starts at the top.
  useEffect(() => {
    if (scroller.current) scroller.current.scrollTop = 0;
    setScrollTop(0);
  }, [items]);

  // Focus after render: the row may only exist once the list scrolled to it.
  useEffect(() => {
    if (focusIndex === null) return;
    const button = scroller.current?.querySelector<HTMLElement>(
      `[data-index="${focusIndex}"] [data-testid="open-clipping"]`,
    );
    button?.focus();
  }, [focusIndex, scrollTop]);

  const moveTo = (index: number) => {
    const el = scroller.current;
    const target = Math.max(0, Math.min(items.length - 1, index));
    if (el) {
      const top = target * ROW_HEIGHT;
      if (top < el.scrollTop) el.scrollTop = top;
      else if (top + ROW_HEIGHT > el.scrollTop + viewport)
        el.scrollTop = top + ROW_HEIGHT - viewport;
      setScrollTop(el.scrollTop);
    }
    setFocusIndex(target);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const row = (event.target as HTMLElement).closest<HTMLElement>('[data-index]');
    const current = row ? Number(row.dataset['index']) : -1;
    const page = Math.max(1, Math.floor(viewport / ROW_HEIGHT) - 1);
    const moves: Record<string, number> = {
      ArrowDown: current + 1,
      ArrowUp: current - 1,
      PageDown: current + page,
      PageUp: current - page,
      Home: 0,
      End: items.length - 1,
    };
    const next = moves[event.key];
    if (next === undefined || items.length === 0) return;
    event.preventDefault();
    moveTo(next);
  };

  const { start, end } = visibleRange(scrollTop, viewport, items.length);
  return (
    <div
      class="clip-scroller"
      ref={scroller}
      onScroll={(e) => setScrollTop((e.currentTarget as HTMLElement).scrollTop)}
    >
      <ul
        class="clip-list"
        aria-label={t('libListLabel', String(items.length))}
        onKeyDown={onKeyDown}
        style={{ height: `${items.length * ROW_HEIGHT}px` }}
      >
        {items.slice(start, end).map((c, i) => (
          <ClippingRow
            key={c.id}
            clipping={c}
            counts={props.counts.get(c.id)}
            matcher={props.matcher}
            selected={props.selected.has(c.id)}
            position={start + i}
            total={items.length}
            top={(start + i) * ROW_HEIGHT}
            onToggle={props.onToggle}
            onOpen={props.onOpen}
          />
        ))}
      </ul>
    </div>
  );
}
