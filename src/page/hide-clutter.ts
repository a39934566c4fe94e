import { HIDDEN_ATTRIBUTE, HIDE_VALUES, type HideValue } from './highlight-style';

const { collapsed: COLLAPSED, inPlace: IN_PLACE } = HIDE_VALUES;

export { HIDDEN_ATTRIBUTE };

/**
 * Past this many elements a subtree is collapsed, not taken out of the layout. `display: none`
 * makes the browser destroy the layout of every element under it: on issue #7's 100,000-element
 * page that was one 220–300 ms frame in Chromium (style recalc), however the hiding was split —
 * hiding a big subtree in pieces top-down made every frame re-place the rest of the page (~150
 * ms of pre-paint each), bottom-up made each piece scan its hidden siblings (seconds in all).
 * `content-visibility: hidden` with a zero-size box keeps that layout and skips it instead:
 * the same page hid in a frame under 50 ms. A news page's clutter is far below this size.
 */
export const COLLAPSE_ELEMENTS = 3000;

/** Boxes `content-visibility` applies to (it needs layout containment: no inline or table parts). */
const COLLAPSIBLE_DISPLAY = /^(block|flow-root|list-item|flex|grid)$/;
/** Parents whose layout would keep a slot for a zero-size child: those children are taken out. */
const SLOTTED_PARENT = /(flex|grid)$/;

/**
 * How to hide `el`: '' takes it out of the layout; a big block in normal flow is collapsed;
 * with `keepWidth`, a flex or grid item (a sidebar beside the article) keeps its slot, empty.
 */
function hideValue(el: Element, keepWidth: boolean): HideValue {
  const view = el.ownerDocument.defaultView;
  const parent = el.parentElement;
  if (view === null) return '';
  const slotted = () =>
    parent !== null && SLOTTED_PARENT.test(view.getComputedStyle(parent).display);
  if (keepWidth && slotted()) return IN_PLACE;
  if (el.getElementsByTagName('*').length < COLLAPSE_ELEMENTS) return '';
  const own = view.getComputedStyle(el);
  return COLLAPSIBLE_DISPLAY.test(own.display) && own.float === 'none' && !slotted()
    ? COLLAPSED
    : '';
}

/**
 * Hides clutter by an attribute that the page stylesheet turns into `display: none` (or, on a
 * big subtree, a collapsed box whose contents are not rendered) — never by removing nodes or
 * touching inline styles — so the page's scripts keep working, the returned undo restores the
 * page exactly, and if the extension goes away the stylesheet goes with it.
 *
 * `keepWidth` is for very long articles: taking a sidebar out of a flex or grid row widens the
 * article, and the browser then re-flows every paragraph in one frame (a 3,000-paragraph page:
 * 45–60 ms of layout and 20–35 ms of pre-paint). There the sidebar keeps its slot, empty and
 * invisible, and the article its width.
 */
export function hideElements(elements: readonly Element[], keepWidth = false): () => void {
  // Every value is read before any is set: reading styles after a change would restyle the page.
  const fresh = elements.filter((el) => !el.hasAttribute(HIDDEN_ATTRIBUTE));
  const values = fresh.map((el) => hideValue(el, keepWidth));
  const marked: Element[] = [];
  fresh.forEach((el, k) => {
    el.setAttribute(HIDDEN_ATTRIBUTE, values[k] ?? '');
    marked.push(el);
  });
  return () => {
    for (const el of marked) el.removeAttribute(HIDDEN_ATTRIBUTE);
  };
}
