import { countUpTo } from '../../shared/bounded-walk';
import { bigSubtreeHiding, type BigSubtreeHiding } from '../../platform/browser-differences';
import { HIDDEN_ATTRIBUTE, HIDE_VALUES, type HideValue } from '../shared/highlight-style';
import { nextFrame, yieldToPage } from '../shared/yield-to-page';

export { HIDDEN_ATTRIBUTE };

const { collapsed: COLLAPSED, inPlace: IN_PLACE } = HIDE_VALUES;

/**
 * Subtrees past this many elements are costly to take out of the layout: the browser destroys
 * the layout of every element in them. On issue #7's 100,000-element page hiding its clutter
 * in one go held the main thread 220–300 ms in Chromium (style recalc) and 200–340 ms in
 * Firefox. A news page's clutter is far below this size and is hidden at once.
 */
export const BIG_SUBTREE = 3000;

/**
 * How each browser hides a big subtree, as measured on that page (the choice is
 * platform/browser-differences.ts `bigSubtreeHiding`). Chromium: collapse it
 * (`content-visibility: hidden` and a zero-size box keep its layout and skip it: one frame
 * under 50 ms), where hiding it in pieces cost more (top-down, every frame re-placed the rest
 * of the page, ~150 ms of pre-paint a frame; bottom-up, every piece scanned its hidden
 * siblings). Firefox: collapsing cost ~700 ms there, but hiding in pieces, one a frame, kept
 * each frame short.
 */
export type BigSubtrees = BigSubtreeHiding;
/**
 * Elements taken out of the layout per frame at most, by strategy. Firefox's frames held
 * ~30–35 ms for 3,000 (more under load): half that keeps them well short of 50 ms.
 */
const PIECE_ELEMENTS: Record<BigSubtrees, number> = { collapse: BIG_SUBTREE, pieces: 1500 };
/**
 * What one piece's frame may take to render. A frame that took longer (a slower machine, or a
 * busy one: on 2 loaded cores Firefox's frames after 1,500 elements took 40-55 ms, in tasks
 * just over 50 ms) makes the next pieces smaller in proportion, down to `MIN_PIECE`; faster
 * frames let them grow back up to `PIECE_ELEMENTS`. Firefox's aim is lower: at 20 ms, 7 of 8
 * loads of issue #7's 100,000-element page on a busy machine had a 60-105 ms stall while its
 * pieces went (a frame twice its measured neighbours); at 12 ms, 2 of 8, for ~300 ms longer
 * hiding (2.5-3 s there in all).
 */
const FRAME_TARGET_MS: Record<BigSubtrees, number> = { collapse: 20, pieces: 12 };
const MIN_PIECE = 200;
const FOR_BROWSER: BigSubtrees = bigSubtreeHiding();

/** Boxes `content-visibility` applies to (it needs layout containment: no inline or table parts). */
const COLLAPSIBLE_DISPLAY = /^(block|flow-root|list-item|flex|grid)$/;
/** Parents whose layout keeps a slot for a zero-size child: those children are taken out. */
const SLOTTED_PARENT = /(flex|grid)$/;

/**
 * Counts a subtree's elements once, up to one more than the biggest batch: past that only
 * "bigger than any batch" matters (counting all of them took 10-60 ms on issue #7's page).
 */
type SizeOf = (el: Element) => number;
const MAX_PIECE = Math.max(...Object.values(PIECE_ELEMENTS));
function subtreeSizes(): SizeOf {
  const sizes = new Map<Element, number>();
  return (el) => {
    let size = sizes.get(el);
    if (size === undefined) {
      size = countUpTo(el, '*', MAX_PIECE) + 1;
      sizes.set(el, size);
    }
    return size;
  };
}

/**
 * How to hide `el`: '' takes it out of the layout; a big block in normal flow may be collapsed;
 * with `keepWidth`, a flex or grid item (a sidebar beside the article) keeps its slot, empty.
 */
function hideValue(
  el: Element,
  keepWidth: boolean,
  big: BigSubtrees,
  sizeOf: SizeOf | null,
): HideValue {
  const view = el.ownerDocument.defaultView;
  const parent = el.parentElement;
  if (view === null) return '';
  const slotted = () =>
    parent !== null && SLOTTED_PARENT.test(view.getComputedStyle(parent).display);
  if (keepWidth && slotted()) return IN_PLACE;
  if (big !== 'collapse' || sizeOf === null || sizeOf(el) <= BIG_SUBTREE) return '';
  const own = view.getComputedStyle(el);
  return COLLAPSIBLE_DISPLAY.test(own.display) &&
    (own.getPropertyValue('float') || 'none') === 'none' &&
    !slotted()
    ? COLLAPSED
    : '';
}

/**
 * The order to take `elements` out of the layout in, as batches of at most `limit` elements
 * (counting subtrees). A bigger subtree goes in pieces: its children first (recursively),
 * then itself. The elements go from the end of the page to its start, and a subtree's
 * children from first to last: what a batch takes out then only moves content that follows
 * it in its own parent, not the rest of the page. Lazy: sizes are counted as batches are
 * asked for, which spreads that walk over the frames too. `maxElements` may change between
 * batches (a function is asked for each element placed).
 */
export function* hideBatches(
  elements: readonly Element[],
  maxElements: number | (() => number) = BIG_SUBTREE,
  sizeOf: SizeOf = subtreeSizes(),
): Generator<Element[]> {
  let batch: Element[] = [];
  let size = 0;
  function* place(el: Element): Generator<Element[]> {
    const limit = typeof maxElements === 'number' ? maxElements : maxElements();
    const count = sizeOf(el);
    if (count > limit) {
      for (let child = el.firstElementChild; child; child = child.nextElementSibling)
        yield* place(child);
    } else if (size + count > limit && batch.length > 0) {
      yield batch;
      batch = [];
      size = 0;
    }
    batch.push(el);
    size += count > limit ? 1 : count;
  }
  // Document order, last first (DOCUMENT_POSITION_FOLLOWING = 4: `b` comes after `a`).
  const lastFirst = [...elements].sort((a, b) => (a.compareDocumentPosition(b) & 4 ? 1 : -1));
  for (const el of lastFirst) yield* place(el);
  if (batch.length > 0) yield batch;
}

/**
 * Hides clutter by an attribute that the page stylesheet turns into `display: none` (or a
 * collapsed box, or an empty slot: see `hideValue`) — never by removing nodes or touching
 * inline styles — so the page's scripts keep working, the returned undo restores the page
 * exactly, and if the extension goes away the stylesheet goes with it. A page of ordinary size
 * is hidden now; on a huge page nothing changes in this task: the collapsed subtrees and the
 * first batch go in the next frame, and each further batch in a frame of its own.
 *
 * `keepWidth` is for very long articles: taking a sidebar out of a flex or grid row widens the
 * article, and the browser then re-flows every paragraph in one frame (a 3,000-paragraph page:
 * 45–60 ms of layout and 20–35 ms of pre-paint). There the sidebar keeps its slot, empty and
 * invisible, and the article its width.
 */
export function hideElements(
  elements: readonly Element[],
  keepWidth = false,
  big: BigSubtrees = FOR_BROWSER,
  // Makes `change` in the next frame's callbacks; resolves with that frame's rendering time
  // when it knows it (see `FRAME_TARGET_MS`).
  waitFrame: (change: () => void) => Promise<number | null | void> = (change) =>
    nextFrame(elements[0]?.ownerDocument.defaultView ?? null, change),
): HideHandle {
  // Every value is read before any is set: reading styles after a change would restyle the page.
  const fresh = elements.filter((el) => !el.hasAttribute(HIDDEN_ATTRIBUTE));
  // A news page's whole body is usually under one batch: then nothing is big, nothing needs
  // counting, and all of it is hidden now.
  const body = fresh[0]?.ownerDocument.body ?? null;
  const small = body !== null && countUpTo(body, '*', PIECE_ELEMENTS[big]) < PIECE_ELEMENTS[big];
  const sizeOf = small ? null : subtreeSizes();
  const values = fresh.map((el) => hideValue(el, keepWidth, big, sizeOf));
  const marked: Element[] = [];
  const mark = (el: Element, value: HideValue) => {
    if (el.hasAttribute(HIDDEN_ATTRIBUTE)) return;
    el.setAttribute(HIDDEN_ATTRIBUTE, value);
    marked.push(el);
  };
  const outOfLayout: Element[] = [];
  const collapsed: { el: Element; value: HideValue }[] = [];
  fresh.forEach((el, k) => {
    const value = values[k] ?? '';
    if (value === '') outOfLayout.push(el);
    else collapsed.push({ el, value });
  });
  let undone = false;
  let settled = Promise.resolve();
  if (sizeOf === null) {
    for (const { el, value } of collapsed) mark(el, value);
    for (const el of outOfLayout) mark(el, '');
  } else {
    let piece = PIECE_ELEMENTS[big];
    const batches = hideBatches(outOfLayout, () => piece, sizeOf);
    // The first batch is counted now, with the styles; the next after each frame.
    const first = batches.next();
    settled = (async () => {
      // Asked for at the end of a long task of ours, Chromium rendered the frame straight
      // after it, before the page's own timers had their turn: the frames are asked for from
      // a task of their own.
      await yieldToPage();
      // The collapsed subtrees go with the first batch: any change of containment cost
      // Chromium ~20 ms of restyle on issue #7's 100,000-element page, and each collapsed in
      // a frame of its own re-placed the rest of the page each time (four 60 ms frames,
      // against one of 40-55 ms).
      let change = () => {
        for (const { el, value } of collapsed) mark(el, value);
        if (!first.done) for (const el of first.value) mark(el, '');
      };
      for (;;) {
        // Each batch is changed in a frame's callbacks and counted in a task after it, so
        // no frame's restyle follows a task of our counting.
        const rendered = await waitFrame(() => {
          if (!undone) change();
        });
        if (undone) return;
        if (typeof rendered === 'number' && rendered > 0) {
          const scaled = Math.round((piece * FRAME_TARGET_MS[big]) / rendered);
          piece = Math.max(MIN_PIECE, Math.min(PIECE_ELEMENTS[big], scaled));
        }
        const next = batches.next();
        if (next.done) return;
        change = () => {
          for (const el of next.value) mark(el, '');
        };
      }
    })();
  }
  const undo = () => {
    undone = true;
    for (const el of marked) el.removeAttribute(HIDDEN_ATTRIBUTE);
    marked.length = 0;
  };
  return Object.assign(undo, { settled });
}

/** Undoes the hiding when called; `settled` resolves once the last batch has been rendered. */
export type HideHandle = (() => void) & { readonly settled: Promise<void> };
