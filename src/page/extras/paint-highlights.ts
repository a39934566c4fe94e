import { textNodesInRange } from '../../annotate/anchor/range-text-nodes';

import { MARK_ATTRIBUTE, MARK_ELEMENT } from '../shared/highlight-style';
import { isLive, liveCopy, staticRange, toStatic } from '../shared/static-range';

export { MARK_ATTRIBUTE };

/** One highlight to paint: a range and the highlight name that gives its colour. */
export interface PaintItem {
  range: AbstractRange;
  /** CSS highlight name, e.g. `ra-money`; also the fallback mark's attribute value. */
  name: string;
}

/** What was painted, and how to take it away. */
export interface Painted {
  /** 'highlight-api' paints without touching the DOM; 'wrap' wraps text in `<ra-mark>`s. */
  method: 'highlight-api' | 'wrap';
  /**
   * Per item, what was painted: fixed points (StaticRange, see static-range.ts) with the
   * Highlight API, live Ranges over the marks with the fallback.
   */
  ranges: AbstractRange[];
  undo(): void;
}

interface HighlightRegistry {
  get(
    name: string,
  ): { add(r: AbstractRange): void; delete(r: AbstractRange): boolean; size: number } | undefined;
  set(name: string, h: unknown): void;
  delete(name: string): boolean;
}

function highlightRegistry(
  win: Window,
): { registry: HighlightRegistry; make: (ranges: AbstractRange[]) => unknown } | null {
  const w = win as unknown as {
    CSS?: { highlights?: HighlightRegistry };
    Highlight?: new (...r: AbstractRange[]) => unknown;
  };
  const registry = w.CSS?.highlights;
  const Ctor = w.Highlight;
  if (!registry || typeof Ctor !== 'function') return null;
  return { registry, make: (ranges) => new Ctor(...ranges) };
}

/**
 * Paints ranges with the CSS Custom Highlight API where the browser has it (no DOM change at
 * all), else wraps their text in `<ra-mark>` elements that the undo removes exactly, re-joining
 * every text node it split.
 */
export function paintHighlights(
  doc: Document,
  items: readonly PaintItem[],
  forceWrap = false,
): Painted {
  const win = doc.defaultView;
  const api = win && !forceWrap ? highlightRegistry(win) : null;
  if (api) {
    try {
      // Registered as fixed points: live Ranges would slow every DOM change the page makes.
      const painted = items.map((i) => toStatic(doc, i.range));
      const byName = new Map<string, AbstractRange[]>();
      items.forEach((item, k) => {
        const list = byName.get(item.name) ?? [];
        list.push(painted[k] as AbstractRange);
        byName.set(item.name, list);
      });
      const added: Array<[string, AbstractRange]> = [];
      for (const [name, ranges] of byName) {
        const existing = api.registry.get(name);
        if (existing) for (const r of ranges) existing.add(r);
        else api.registry.set(name, api.make(ranges));
        for (const r of ranges) added.push([name, r]);
      }
      return {
        method: 'highlight-api',
        ranges: painted,
        undo() {
          for (const [name, r] of added) {
            const h = api.registry.get(name);
            h?.delete(r);
            if (h && h.size === 0) api.registry.delete(name);
          }
        },
      };
    } catch {
      // A realm mismatch (content-script sandbox) can refuse our Highlight: wrap instead.
    }
  }
  return wrapRanges(doc, items);
}

interface Split {
  original: Text;
  mid: Text;
  after: Text | null;
  mark: Element;
}

function wrapRanges(doc: Document, items: readonly PaintItem[]): Painted {
  const splits: Split[] = [];
  const ranges: AbstractRange[] = [];
  for (const item of items) {
    const marks: Element[] = [];
    const live = isLive(item.range) ? item.range : liveCopy(doc, item.range);
    for (const { node, start, end } of live ? textNodesInRange(live) : []) {
      const mid = node.splitText(start);
      const after = end - start < mid.length ? mid.splitText(end - start) : null;
      // An unknown element has no default look (unlike <mark>): without our stylesheet it is invisible.
      const mark = doc.createElement(MARK_ELEMENT);
      mark.setAttribute(MARK_ATTRIBUTE, item.name);
      mid.parentNode?.insertBefore(mark, mid);
      mark.appendChild(mid);
      splits.push({ original: node, mid, after, mark });
      marks.push(mark);
    }
    // Over the marks' own text nodes, as fixed points: siblings the page inserts later cannot
    // shift them (as they would shift offsets in the marks' parents).
    const first = marks[0]?.firstChild;
    const last = marks[marks.length - 1]?.lastChild;
    const over =
      first && last
        ? staticRange(doc, {
            startContainer: first,
            startOffset: 0,
            endContainer: last,
            endOffset: (last as Text).length,
          })
        : null;
    ranges.push(over ?? item.range);
  }
  return {
    method: 'wrap',
    ranges,
    undo() {
      // Reverse order restores each text node to exactly what it was before its split.
      for (const { original, mid, after, mark } of splits.reverse()) {
        original.appendData(mid.data);
        mark.remove();
        if (after) {
          original.appendData(after.data);
          after.remove();
        }
      }
      splits.length = 0;
    },
  };
}
