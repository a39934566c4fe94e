import { anchor } from '../../annotate/anchor/anchor';
import { describeRange } from '../../annotate/anchor/describe-range';
import type { OrphanRow } from '../../messaging/page-state';
import type { ToolbarAction } from '../../messaging/toolbar-action';
import type { HighlightColor, UserAnnotation } from '../../store/schema';
import type { OverlayHost } from '../overlay-host';
import { installPageStyle } from '../page-style';
import { itemAtPoint } from '../range-at-point';
import type { AnnotationStore } from './annotation-store';
import { BOXES_CSS, createBoxPainter, type BoxPainter } from './paint-boxes';
import { createSelectionToolbar, TOOLBAR_CSS } from './selection-toolbar';

/** The user's own highlights on this page: re-anchored on every visit, editable in place. */
export interface UserHighlights {
  count(): number;
  orphans(): OrphanRow[];
  /** Highlights the current selection (context menu); false when nothing usable is selected. */
  highlightSelection(color: HighlightColor): Promise<boolean>;
  /** What the user did in the toolbar frame, relayed by the background. */
  toolbarAction(action: ToolbarAction): void;
  /** The text under each painted highlight (for tests: the page itself cannot see them). */
  paintedText(): string[];
  dispose(): void;
}

interface Placed {
  annotation: UserAnnotation;
  range: Range;
}

/**
 * Anchoring uses the whole body as root: the article root a later visit finds can differ
 * (a paragraph inserted, a wrapper added), the body cannot; the quote selector's prefix and
 * suffix keep a match out of sidebars that repeat the same words.
 *
 * Everything here is the user's, so none of it is where the page can read it: highlights are
 * boxes in a closed shadow root of their own (`makeHost`) (paint-boxes.ts), the toolbar and its note editor an
 * extension frame there (selection-toolbar.ts), and notes never come into this script at all.
 */
export async function startUserHighlights(
  doc: Document,
  makeHost: () => OverlayHost,
  articleRoot: Element,
  store: AnnotationStore,
  toolbarUrl: string,
): Promise<UserHighlights> {
  const root = doc.body ?? doc.documentElement;
  const placed = new Map<string, Placed>();
  const orphaned = new Map<string, UserAnnotation>();
  // Made when there is something to show: a page without highlights of the user's has no
  // host of ours for them.
  let layer: { host: OverlayHost; boxes: BoxPainter; removeStyle: () => void } | null = null;
  const ensureLayer = () => {
    if (layer) return layer;
    const host = makeHost();
    const removeStyle = installPageStyle(host.root, BOXES_CSS + TOOLBAR_CSS);
    layer = { host, boxes: createBoxPainter(doc, host.root, articleRoot), removeStyle };
    return layer;
  };

  const paint = (annotation: UserAnnotation, range: Range) => {
    ensureLayer().boxes.paint(annotation.id, range, annotation.color);
    placed.set(annotation.id, { annotation, range });
  };
  const unpaint = (id: string) => {
    layer?.boxes.unpaint(id);
    placed.delete(id);
  };

  const { key, annotations } = await store.list();
  for (const annotation of annotations) {
    const range = anchor(root, annotation.selectors);
    if (range) paint(annotation, range);
    else orphaned.set(annotation.id, annotation);
    const orphan = range === null;
    if (orphan !== annotation.orphan)
      void store.put({ ...annotation, orphan, updatedAt: Date.now() }).catch(() => undefined);
  }

  const create = async (range: Range, color: HighlightColor): Promise<UserAnnotation | null> => {
    if (range.collapsed) return null;
    if (!articleRoot.contains(range.commonAncestorContainer) && !range.intersectsNode(articleRoot))
      return null;
    const selectors = describeRange(root, range);
    const quote = selectors.find((s) => s.type === 'TextQuoteSelector')?.exact ?? range.toString();
    if (!quote.trim()) return null;
    const now = Date.now();
    const annotation: UserAnnotation = {
      id: crypto.randomUUID(),
      canonicalKey: key,
      clippingId: null,
      selectors,
      quote,
      color,
      note: '',
      createdAt: now,
      updatedAt: now,
      orphan: false,
    };
    paint(annotation, range);
    await store.put(annotation);
    return annotation;
  };

  const update = async (id: string, change: { color?: HighlightColor }) => {
    const current = placed.get(id);
    if (!current) return;
    const next = { ...current.annotation, ...change, updatedAt: Date.now() };
    paint(next, current.range);
    // The background keeps the stored note: ours is always empty.
    await store.put(next);
  };

  const remove = async (id: string) => {
    unpaint(id);
    await store.remove(id);
  };

  const toolbar = createSelectionToolbar(
    doc,
    () => ensureLayer().host,
    {
      isInArticle: (range) =>
        articleRoot.contains(range.commonAncestorContainer) || range.intersectsNode(articleRoot),
      highlightAt: (x, y) => itemAtPoint(doc, [...placed.values()], x, y)?.annotation ?? null,
      create,
      update,
      remove,
    },
    toolbarUrl,
  );

  return {
    count: () => placed.size,
    orphans: () => [...orphaned.values()].map((a) => ({ id: a.id, quote: a.quote, note: '' })),
    async highlightSelection(color) {
      const selection = doc.getSelection();
      if (!selection || selection.rangeCount === 0) return false;
      const created = await create(selection.getRangeAt(0).cloneRange(), color);
      if (created) selection.removeAllRanges();
      return created !== null;
    },
    toolbarAction: (action) => toolbar.act(action),
    paintedText: () => [...placed.values()].map((p) => p.range.toString()),
    dispose() {
      toolbar.dispose();
      placed.clear();
      layer?.boxes.dispose();
      layer?.removeStyle();
      layer?.host.remove();
      layer = null;
    },
  };
}
