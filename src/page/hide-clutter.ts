import { COLLAPSED_VALUE as COLLAPSED, HIDDEN_ATTRIBUTE } from './highlight-style';

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

/** How to hide `el`: collapse a big block in normal flow, take anything else out of the layout. */
function hideValue(el: Element): '' | typeof COLLAPSED {
  if (el.getElementsByTagName('*').length < COLLAPSE_ELEMENTS) return '';
  const view = el.ownerDocument.defaultView;
  if (view === null) return '';
  const own = view.getComputedStyle(el);
  const parent = el.parentElement ? view.getComputedStyle(el.parentElement).display : 'block';
  return COLLAPSIBLE_DISPLAY.test(own.display) &&
    own.float === 'none' &&
    !SLOTTED_PARENT.test(parent)
    ? COLLAPSED
    : '';
}

/**
 * Hides clutter by an attribute that the page stylesheet turns into `display: none` (or, on a
 * big subtree, a collapsed box whose contents are not rendered) — never by removing nodes or
 * touching inline styles — so the page's scripts keep working, the returned undo restores the
 * page exactly, and if the extension goes away the stylesheet goes with it.
 */
export function hideElements(elements: readonly Element[]): () => void {
  // Every value is read before any is set: reading styles after a change would restyle the page.
  const fresh = elements.filter((el) => !el.hasAttribute(HIDDEN_ATTRIBUTE));
  const values = fresh.map(hideValue);
  const marked: Element[] = [];
  fresh.forEach((el, k) => {
    el.setAttribute(HIDDEN_ATTRIBUTE, values[k] ?? '');
    marked.push(el);
  });
  return () => {
    for (const el of marked) el.removeAttribute(HIDDEN_ATTRIBUTE);
  };
}
