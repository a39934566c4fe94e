/** Marks an element we hid, for the page's and our own CSS, and for tests. */
export const HIDDEN_ATTRIBUTE = 'data-ra-hidden';

/**
 * Hides clutter by styling only — never by removing nodes — so the page's scripts keep working
 * and one call of the returned undo restores every element's `style` attribute exactly.
 */
export function hideElements(elements: readonly Element[]): () => void {
  const restore: Array<() => void> = [];
  for (const el of elements) {
    if (!(el instanceof HTMLElement) && !(el instanceof SVGElement)) continue;
    if (el.hasAttribute(HIDDEN_ATTRIBUTE)) continue;
    const before = el.getAttribute('style');
    el.style.setProperty('display', 'none', 'important');
    el.setAttribute(HIDDEN_ATTRIBUTE, '');
    restore.push(() => {
      el.removeAttribute(HIDDEN_ATTRIBUTE);
      if (before === null) el.removeAttribute('style');
      else el.setAttribute('style', before);
    });
  }
  return () => {
    for (const undo of restore.reverse()) undo();
  };
}
