import {
  HIDDEN_ATTRIBUTE,
  HIGHLIGHT_NAME,
  FOCUS_HIGHLIGHT,
  MARK_ATTRIBUTE,
  MARK_ELEMENT,
  UI_HOST_ATTRIBUTE,
} from '../shared/highlight-style';

interface HighlightRegistry {
  delete(name: string): boolean;
}

const USER_COLORS = ['yellow', 'green', 'blue', 'pink'] as const;

/**
 * When the extension is updated or reloaded, Firefox injects the new content script into open
 * tabs while the old one's changes are still there. Before starting, the new instance removes
 * whatever an earlier instance left — hidden marks, wrapped highlights, its UI, its registered
 * highlights — so nothing is doubled and its own undo can restore the page exactly.
 */
export function clearStaleMarks(doc: Document): void {
  // One walk of the page for all three (each is a walk of every element: ~5 ms on 100,000).
  const marks = `${MARK_ELEMENT}[${MARK_ATTRIBUTE}]`;
  const found = Array.from(
    doc.querySelectorAll(`[${HIDDEN_ATTRIBUTE}], [${UI_HOST_ATTRIBUTE}], ${marks}`),
  );
  for (const el of found)
    if (el.hasAttribute(HIDDEN_ATTRIBUTE)) el.removeAttribute(HIDDEN_ATTRIBUTE);
  for (const host of found) if (host.hasAttribute(UI_HOST_ATTRIBUTE)) host.remove();
  for (const mark of found) {
    if (!mark.matches(marks) || !mark.isConnected) continue;
    const parent = mark.parentNode;
    mark.replaceWith(...Array.from(mark.childNodes));
    parent?.normalize();
  }
  const registry = (
    doc.defaultView as unknown as { CSS?: { highlights?: HighlightRegistry } } | null
  )?.CSS?.highlights;
  if (!registry) return;
  const ours = [
    ...Object.values(HIGHLIGHT_NAME),
    FOCUS_HIGHLIGHT,
    ...USER_COLORS.map((c) => `ra-user-${c}`),
  ];
  for (const name of ours) {
    try {
      registry.delete(name);
    } catch {
      // Firefox's Xray view of the registry may refuse; painting then goes to the wrap fallback.
    }
  }
}
