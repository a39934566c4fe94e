import { SHEET_PROBE } from './highlight-style';

/**
 * Whether our page stylesheet is in the document already: registered with the detector it is
 * there from the start, and inserting it again would make the browser restyle the whole page.
 * Our probe attribute is on <html> for one style read (see SHEET_PROBE for why this way).
 */
export function pageSheetPresent(doc: Document): boolean {
  const view = doc.defaultView;
  const root = doc.documentElement;
  if (view === null || root === null || root.hasAttribute(SHEET_PROBE.attribute)) return false;
  root.setAttribute(SHEET_PROBE.attribute, '');
  try {
    const value = view.getComputedStyle(root).getPropertyValue(SHEET_PROBE.property);
    return value.trim() === SHEET_PROBE.value;
  } finally {
    root.removeAttribute(SHEET_PROBE.attribute);
  }
}
