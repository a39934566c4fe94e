/**
 * The legend (how many figures and projects of each kind) and the tooltip of a recognised
 * item, in the page's open overlay: everything in them is computed from the page's own text.
 */
import type { OverlayHost } from '../article/overlay-host';
import type { RecognisedKind } from '../shared/highlight-style';
import { withLive } from '../shared/static-range';
import { getMessage as t } from '../../platform/get-message';
import { changeName, kindName } from '../../ui/shared/figure-words';
import { swatchColour } from '../../ui/shared/highlight-colours';

/** What the panels read of a recognised item placed on the page. */
interface ShownItem {
  kind: RecognisedKind;
  range: AbstractRange;
  change?: 'up' | 'down';
  describe(): { title: string; value: string };
}

/** Appends the two panels to the overlay, hidden until there is something to show. */
export function createPanels(
  doc: Document,
  overlay: OverlayHost,
): { legend: HTMLElement; tooltip: HTMLElement } {
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
  return { legend, tooltip };
}

/** One swatch and count per kind shown; hidden when nothing is. */
export function renderLegend(
  doc: Document,
  legend: HTMLElement,
  live: readonly Pick<ShownItem, 'kind'>[],
): void {
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
}

/** The item's kind, value and direction, next to it (above it near the window's bottom). */
export function showTooltip(doc: Document, tooltip: HTMLElement, item: ShownItem): void {
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
    rect.bottom + 6 + 60 > (doc.defaultView?.innerHeight ?? 800) ? rect.top - 64 : rect.bottom + 6;
  tooltip.style.left = `${Math.max(4, rect.left)}px`;
  tooltip.style.top = `${Math.max(4, top)}px`;
}
