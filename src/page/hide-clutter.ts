import { HIDDEN_ATTRIBUTE } from './highlight-style';

export { HIDDEN_ATTRIBUTE };

/**
 * Hides clutter by an attribute that the page stylesheet turns into `display: none` — never by
 * removing nodes or touching inline styles — so the page's scripts keep working, the returned
 * undo restores the page exactly, and if the extension goes away the stylesheet goes with it.
 */
export function hideElements(elements: readonly Element[]): () => void {
  const marked: Element[] = [];
  for (const el of elements) {
    if (el.hasAttribute(HIDDEN_ATTRIBUTE)) continue;
    el.setAttribute(HIDDEN_ATTRIBUTE, '');
    marked.push(el);
  }
  return () => {
    for (const el of marked) el.removeAttribute(HIDDEN_ATTRIBUTE);
  };
}
