import { MARK_ATTRIBUTE, SHEET_PROBE } from './highlight-style';

/**
 * Whether our page stylesheet is in the document already: registered with the detector it is
 * there from the start, and inserting it again would make the browser restyle the whole page.
 * An element only our sheet styles is put in for one style read and taken out again.
 */
export function pageSheetPresent(doc: Document): boolean {
  const view = doc.defaultView;
  const root = doc.documentElement;
  if (view === null || root === null) return false;
  const probe = doc.createElement(SHEET_PROBE.tag);
  probe.setAttribute(MARK_ATTRIBUTE, SHEET_PROBE.name);
  root.appendChild(probe);
  try {
    return view.getComputedStyle(probe).order === String(SHEET_PROBE.order);
  } finally {
    probe.remove();
  }
}
