import { anchor } from '../../annotate/anchor/anchor';
import { describeRange } from '../../annotate/anchor/describe-range';
import type { OrphanRow } from '../../model/page-state';
import type { ToolbarAction } from '../../messaging/toolbar-action';
import type { HighlightColor, UserAnnotation } from '../../model/stored-records';
import { getMessage as t } from '../../platform/get-message';
import type { OverlayHost } from '../article/overlay-host';
import { installPageStyle } from '../shared/page-style';
import { itemAtPoint } from '../extras/range-at-point';
import type { AnnotationStore } from './annotation-store';
import { createAnnouncer, offerUndo, ANNOUNCE_CSS, type Announcer } from './announce';
import { createNoteMarker } from './note-marker';
import { BOXES_CSS, createBoxPainter, type BoxPainter } from './paint-boxes';
import { createSelectionToolbar, TOOLBAR_CSS } from './selection-toolbar';
import { snapToWords } from './snap-to-words';

/** The user's own highlights on this page: re-anchored on every visit, editable in place. */
export interface UserHighlights {
  count(): number;
  orphans(): OrphanRow[];
  /**
   * Highlights the current selection (context menu, keyboard command); false when nothing
   * usable is selected. With `keyboard`, the toolbar then opens over the highlight with focus
   * in it; a caret (no selection) inside one of the user's highlights opens that one's.
   */
  highlightSelection(color: HighlightColor, keyboard?: boolean): Promise<boolean>;
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
  let layer: {
    host: OverlayHost;
    boxes: BoxPainter;
    announcer: Announcer;
    removeStyle: () => void;
  } | null = null;
  const ensureLayer = () => {
    if (layer) return layer;
    const host = makeHost();
    const removeStyle = installPageStyle(host.root, BOXES_CSS + TOOLBAR_CSS + ANNOUNCE_CSS);
    layer = {
      host,
      boxes: createBoxPainter(doc, host.root, articleRoot),
      announcer: createAnnouncer(doc, host.root),
      removeStyle,
    };
    return layer;
  };
  const announce = (message: string) => ensureLayer().announcer.say(message);

  /** Ids of the highlights with a note (what it says stays in the extension). */
  const noted = new Set<string>();
  const markers = new Map<string, HTMLButtonElement>();
  const markerFor = (annotation: UserAnnotation) => {
    const marker =
      markers.get(annotation.id) ??
      createNoteMarker(doc, {
        open: (focus) => {
          const current = placed.get(annotation.id);
          if (current) toolbar.openFor(current.annotation, marker.getBoundingClientRect(), focus);
        },
        preview: () => {
          const current = placed.get(annotation.id);
          if (current && noted.has(annotation.id))
            toolbar.showNote(current.annotation, marker.getBoundingClientRect());
        },
      });
    markers.set(annotation.id, marker);
    const hasNote = noted.has(annotation.id);
    marker.classList.toggle('noted', hasNote);
    const quote =
      annotation.quote.length > 80 ? `${annotation.quote.slice(0, 79)}…` : annotation.quote;
    marker.setAttribute(
      'aria-label',
      t(hasNote ? 'highlightMarkerNote' : 'highlightMarker', quote),
    );
    return marker;
  };

  const paint = (annotation: UserAnnotation, range: Range) => {
    placed.set(annotation.id, { annotation, range });
    ensureLayer().boxes.paint(annotation.id, range, annotation.color, markerFor(annotation));
  };
  const unpaint = (id: string) => {
    layer?.boxes.unpaint(id);
    placed.delete(id);
  };

  const { key, annotations, noted: withNotes = [] } = await store.list();
  for (const id of withNotes) noted.add(id);
  for (const annotation of annotations) {
    const range = anchor(root, annotation.selectors);
    if (range) paint(annotation, range);
    else orphaned.set(annotation.id, annotation);
    const orphan = range === null;
    if (orphan !== annotation.orphan)
      void store.put({ ...annotation, orphan, updatedAt: Date.now() }).catch(() => undefined);
  }

  const create = async (selected: Range, color: HighlightColor): Promise<UserAnnotation | null> => {
    // Whole words: a saved quote never ends in half a word.
    const range = snapToWords(selected, doc.documentElement.lang || undefined);
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
    announce(t('highlightSaved'));
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

  const remove = async (id: string, fromKeyboard = false) => {
    const gone = placed.get(id);
    unpaint(id);
    markers.delete(id);
    await store.remove(id);
    const restore = store.restore?.bind(store);
    if (!gone || !restore) return announce(t('highlightDeleted'));
    // The note stays in the background a while; undo brings it back with the highlight.
    offerUndo(doc, ensureLayer().host.root, ensureLayer().announcer, {
      message: t('highlightDeleted'),
      undoLabel: t('highlightUndo'),
      focus: fromKeyboard,
      undo: async () => {
        const back = await restore(id);
        if (back.noted) noted.add(id);
        paint(gone.annotation, gone.range);
        announce(t('highlightRestored'));
      },
    });
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
      noted: (id, hasNote) => {
        if (hasNote) noted.add(id);
        else noted.delete(id);
        const current = placed.get(id);
        if (current) markerFor(current.annotation);
      },
      isOurs: (target) => layer !== null && target === layer.host.root.host,
    },
    toolbarUrl,
  );

  return {
    count: () => placed.size,
    orphans: () => [...orphaned.values()].map((a) => ({ id: a.id, quote: a.quote, note: '' })),
    async highlightSelection(color, keyboard = false) {
      const selection = doc.getSelection();
      if (!selection || selection.rangeCount === 0) return false;
      const range = selection.getRangeAt(0).cloneRange();
      if (keyboard && range.collapsed) {
        // A caret in one of the user's highlights: its toolbar, to recolour, annotate, delete.
        const inside = [...placed.values()].find((p) =>
          p.range.isPointInRange(range.startContainer, range.startOffset),
        );
        if (!inside) return false;
        toolbar.openFor(inside.annotation, inside.range.getBoundingClientRect(), true);
        return true;
      }
      const created = await create(range, color);
      if (created) selection.removeAllRanges();
      if (created && keyboard) {
        const at = placed.get(created.id)?.range.getBoundingClientRect() ?? new DOMRect();
        toolbar.openFor(created, at, true);
      }
      return created !== null;
    },
    toolbarAction: (action) => toolbar.act(action),
    paintedText: () => [...placed.values()].map((p) => p.range.toString()),
    dispose() {
      toolbar.dispose();
      placed.clear();
      markers.clear();
      layer?.announcer.dispose();
      layer?.boxes.dispose();
      layer?.removeStyle();
      layer?.host.remove();
      layer = null;
    },
  };
}
