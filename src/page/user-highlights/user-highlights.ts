import { anchor } from '../../annotate/anchor/anchor';
import { describeRange } from '../../annotate/anchor/describe-range';
import type { OrphanRow } from '../../messaging/page-state';
import type { HighlightColor, UserAnnotation } from '../../store/schema';
import type { OverlayHost } from '../overlay-host';
import { paintHighlights, type Painted } from '../paint-highlights';
import { itemAtPoint } from '../range-at-point';
import { liveCopy } from '../static-range';
import type { AnnotationStore } from './annotation-store';
import { createSelectionToolbar } from './selection-toolbar';

/** The user's own highlights on this page: re-anchored on every visit, editable in place. */
export interface UserHighlights {
  count(): number;
  orphans(): OrphanRow[];
  /** Highlights the current selection (context menu); false when nothing usable is selected. */
  highlightSelection(color: HighlightColor): Promise<boolean>;
  dispose(): void;
}

interface Placed {
  annotation: UserAnnotation;
  painted: Painted;
  /** What was painted: fixed points (Highlight API) or a Range over the marks. */
  range: AbstractRange;
}

/**
 * Anchoring uses the whole body as root: the article root a later visit finds can differ
 * (a paragraph inserted, a wrapper added), the body cannot; the quote selector's prefix and
 * suffix keep a match out of sidebars that repeat the same words.
 */
export async function startUserHighlights(
  doc: Document,
  overlay: OverlayHost,
  articleRoot: Element,
  canonicalKey: string,
  store: AnnotationStore,
  options: { forceWrap?: boolean } = {},
): Promise<UserHighlights> {
  const root = doc.body ?? doc.documentElement;
  const placed = new Map<string, Placed>();
  const orphaned = new Map<string, UserAnnotation>();

  const paint = (annotation: UserAnnotation, range: Range) => {
    const painted = paintHighlights(
      doc,
      [{ range, name: `ra-user-${annotation.color}` }],
      options.forceWrap,
    );
    placed.set(annotation.id, { annotation, painted, range: painted.ranges[0] ?? range });
  };
  const unpaint = (id: string) => {
    placed.get(id)?.painted.undo();
    placed.delete(id);
  };

  for (const annotation of await store.list()) {
    const range = anchor(root, annotation.selectors);
    if (range) paint(annotation, range);
    else orphaned.set(annotation.id, annotation);
    const orphan = range === null;
    if (orphan !== annotation.orphan)
      void store.put({ ...annotation, orphan, updatedAt: Date.now() }).catch(() => undefined);
  }

  const create = async (
    range: Range,
    color: HighlightColor,
    note = '',
  ): Promise<UserAnnotation | null> => {
    if (range.collapsed) return null;
    if (!articleRoot.contains(range.commonAncestorContainer) && !range.intersectsNode(articleRoot))
      return null;
    const selectors = describeRange(root, range);
    const quote = selectors.find((s) => s.type === 'TextQuoteSelector')?.exact ?? range.toString();
    if (!quote.trim()) return null;
    const now = Date.now();
    const annotation: UserAnnotation = {
      id: crypto.randomUUID(),
      canonicalKey,
      clippingId: null,
      selectors,
      quote,
      color,
      note,
      createdAt: now,
      updatedAt: now,
      orphan: false,
    };
    paint(annotation, range);
    await store.put(annotation);
    return annotation;
  };

  const update = async (id: string, change: Partial<Pick<UserAnnotation, 'note' | 'color'>>) => {
    const current = placed.get(id);
    if (!current) return;
    const next = { ...current.annotation, ...change, updatedAt: Date.now() };
    if (change.color && change.color !== current.annotation.color) {
      const range = liveCopy(doc, current.range);
      if (range) {
        unpaint(id);
        paint(next, range);
      } else {
        current.annotation = next;
      }
    } else {
      current.annotation = next;
    }
    await store.put(next);
  };

  const remove = async (id: string) => {
    unpaint(id);
    await store.remove(id);
  };

  const toolbar = createSelectionToolbar(doc, overlay, {
    isInArticle: (range) =>
      articleRoot.contains(range.commonAncestorContainer) || range.intersectsNode(articleRoot),
    highlightAt: (x, y) => itemAtPoint(doc, [...placed.values()], x, y)?.annotation ?? null,
    create,
    update,
    remove,
  });

  return {
    count: () => placed.size,
    orphans: () => [...orphaned.values()].map((a) => ({ id: a.id, quote: a.quote, note: a.note })),
    async highlightSelection(color) {
      const selection = doc.getSelection();
      if (!selection || selection.rangeCount === 0) return false;
      const created = await create(selection.getRangeAt(0).cloneRange(), color);
      if (created) selection.removeAllRanges();
      return created !== null;
    },
    dispose() {
      toolbar.dispose();
      for (const id of [...placed.keys()].reverse()) unpaint(id);
    },
  };
}
