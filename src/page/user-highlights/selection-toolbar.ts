import type { ToolbarAction, ToolbarMode } from '../../messaging/toolbar-action';
import { toolbarHash } from '../../messaging/toolbar-action';
import type { HighlightColor, UserAnnotation } from '../../model/stored-records';
import type { OverlayHost } from '../article/overlay-host';
import { getMessage as t } from '../../platform/get-message';

interface ToolbarActions {
  isInArticle(range: Range): boolean;
  /** The user's highlight under a viewport point, if any. */
  highlightAt(x: number, y: number): UserAnnotation | null;
  create(range: Range, color: HighlightColor): Promise<UserAnnotation | null>;
  update(id: string, change: { color?: HighlightColor }): Promise<void>;
  /** `fromKeyboard`: the toolbar had focus, so whatever follows (the undo) should take it. */
  remove(id: string, fromKeyboard: boolean): Promise<void>;
  /** A note was saved in the toolbar: whether the highlight has one now. */
  noted(id: string, noted: boolean): void;
  /** Whether an event's target is our own UI (the host of our closed root, e.g. a note marker). */
  isOurs(target: EventTarget | null): boolean;
}

export interface SelectionToolbar {
  act(action: ToolbarAction): void;
  /** Opens the toolbar over one of the user's highlights; from the keyboard, with focus in it. */
  openFor(annotation: UserAnnotation, at: DOMRect, focus: boolean): void;
  /** Shows a highlight's note (its marker hovered): there to read, focus stays where it is. */
  showNote(annotation: UserAnnotation, at: DOMRect): void;
  dispose(): void;
}

/** The toolbar's frame size per view (the frame is the panel). */
const SIZE: Record<ToolbarMode, { width: number; height: number }> = {
  selection: { width: 170, height: 40 },
  highlight: { width: 216, height: 40 },
  note: { width: 272, height: 104 },
};

export const TOOLBAR_CSS = `
iframe.toolbar { position: fixed; z-index: 2147483646; border: 1px solid #c9d1d9; border-radius: 8px;
  box-shadow: 0 4px 16px rgba(0,0,0,.18); background: #ffffff; color-scheme: normal; padding: 0; margin: 0; }
iframe.toolbar:focus-within, iframe.toolbar:focus { outline: 2px solid #0f6b5f; outline-offset: 1px; }
`;

/** How long the reader must stop extending a selection with the keyboard before the toolbar shows. */
const KEYBOARD_SETTLE_MS = 400;

/** The toolbar's frame, labelled, not yet in the page. */
function createToolbarFrame(doc: Document): HTMLIFrameElement {
  const frame = doc.createElement('iframe');
  frame.className = 'toolbar';
  const title = t('toolbarFrameTitle');
  frame.title = title;
  frame.setAttribute('aria-label', title);
  frame.setAttribute('data-testid', 'highlight-toolbar-frame');
  return frame;
}

/** Above what it acts on when there is room, else below; always inside the window. */
function placeFrame(
  frame: HTMLIFrameElement,
  at: DOMRect,
  { width, height }: { width: number; height: number },
  view: Window | null,
): void {
  const top = at.top > height + 8 ? at.top - height - 8 : at.bottom + 8;
  frame.style.left = `${Math.max(4, Math.min(at.left, (view?.innerWidth ?? 1000) - width - 8))}px`;
  frame.style.top = `${Math.max(4, top)}px`;
  frame.style.width = `${width}px`;
  frame.style.height = `${height}px`;
}

/** Gives focus back to where it was before the toolbar took it, or off our host. */
function giveFocusBack(doc: Document, returnFocus: Element | null): void {
  const back = returnFocus as HTMLElement | null;
  if (back?.isConnected && back !== doc.body && typeof back.focus === 'function')
    back.focus({ preventScroll: true });
  // Else off our host, which would keep focus with nothing in it: keys go to the page.
  else (doc.activeElement as HTMLElement | null)?.blur();
}

/** The reader's selection when it is text in the article, else null. */
function selectionInArticle(doc: Document, isInArticle: (range: Range) => boolean): Range | null {
  const selection = doc.getSelection();
  const range = selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : null;
  return range && !range.collapsed && isInArticle(range) && range.toString().trim() ? range : null;
}

/** A selection extended with Shift and the arrow keys (or Home, End, Page Up/Down). */
function extendsSelection(event: KeyboardEvent): boolean {
  if (!event.isTrusted || !event.shiftKey || event.altKey || event.ctrlKey || event.metaKey)
    return false;
  return /^(Arrow|Home|End|Page)/.test(event.key);
}

/**
 * The small toolbar over a selection in the article (colours, note) or over one of the user's
 * highlights (colour, note, delete). It is an extension page (`highlight-toolbar.html`) in a
 * frame in our closed shadow root: the note is read, shown and written there, never in the
 * page's DOM, and a page script can neither read the frame nor send it events. What the user
 * does in it comes back through the background as a `toolbarAction` for this tab; `frameUrl`
 * is the page's address in the extension (dynamic per session in Chrome).
 *
 * Keyboard: a selection made with Shift and the arrow keys gets the toolbar too, once the
 * reader stops; opened from the keyboard (`openFor(…, true)`, the highlight command), focus
 * goes into the frame, and closing it gives focus back to where it was.
 */
export function createSelectionToolbar(
  doc: Document,
  host: () => OverlayHost,
  actions: ToolbarActions,
  frameUrl: string,
): SelectionToolbar {
  let frame: HTMLIFrameElement | null = null;
  let token = '';
  /** What the showing toolbar acts on. */
  let target: { range: Range } | { annotation: UserAnnotation } | null = null;
  let rect: DOMRect = new DOMRect();
  /** Where focus was before the toolbar took it, to give it back. */
  let returnFocus: Element | null = null;
  let keyTimer: ReturnType<typeof setTimeout> | undefined;

  /** Whether focus is in the frame now: our closed root's host is the page's active element. */
  const frameHasFocus = () =>
    frame !== null &&
    doc.activeElement !== null &&
    doc.activeElement === (frame.getRootNode() as ShadowRoot).host;

  const hide = () => {
    const hadFocus = frameHasFocus();
    frame?.remove();
    frame = null;
    target = null;
    token = '';
    if (hadFocus) giveFocusBack(doc, returnFocus);
    returnFocus = null;
  };

  const show = (mode: ToolbarMode, at: DOMRect, id: string | null = null, focus = false) => {
    const keepFocus = frameHasFocus();
    token = crypto.randomUUID();
    rect = at;
    if (focus && !keepFocus) returnFocus = doc.activeElement;
    // A fresh frame for every view: ours loads exactly once, so a second load means someone
    // else navigated it (a page can navigate the frames it contains), and it goes at once: the
    // user never types a note into a frame we did not load.
    frame?.remove();
    const created = createToolbarFrame(doc);
    let loads = 0;
    created.addEventListener('load', () => {
      loads += 1;
      if (loads > 1 && frame === created) hide();
      // The frame focuses its first control; focusing the frame puts the keyboard there.
      else if ((focus || keepFocus) && frame === created) created.focus();
    });
    created.src = `${frameUrl}${toolbarHash({ mode, token, id, focus: focus || keepFocus })}`;
    host().root.append(created);
    frame = created;
    placeFrame(created, at, SIZE[mode], doc.defaultView);
  };

  const act = (action: ToolbarAction) => {
    if (action.token !== token || target === null) return;
    const current = target;
    if (action.action === 'close') {
      if (action.noted !== undefined && 'annotation' in current)
        actions.noted(current.annotation.id, action.noted);
      return hide();
    }
    if ('range' in current) {
      // The highlight takes the selection's place (the selection would tint it grey).
      const done = (created: UserAnnotation | null) => {
        if (created) doc.getSelection()?.removeAllRanges();
        return created;
      };
      if (action.action === 'color')
        void actions.create(current.range, action.color).then(done).then(hide);
      if (action.action === 'note')
        void actions.create(current.range, 'yellow').then((created) => {
          if (!done(created) || created === null) return hide();
          target = { annotation: created };
          show('note', rect, created.id);
        });
      return;
    }
    const { id } = current.annotation;
    if (action.action === 'color') void actions.update(id, { color: action.color }).then(hide);
    if (action.action === 'delete') {
      const fromKeyboard = frameHasFocus();
      // Hidden first: the undo that follows may take focus, the frame must not give it back.
      returnFocus = null;
      frame?.blur();
      hide();
      void actions.remove(id, fromKeyboard);
    }
    if (action.action === 'note') show('note', rect, id);
  };

  const selectionNow = () => selectionInArticle(doc, (range) => actions.isInArticle(range));

  const onPointerUp = (event: MouseEvent) => {
    // Our own markers open the toolbar themselves (a closed root shows its host as the target).
    if (!event.isTrusted || actions.isOurs(event.target)) return;
    // Let the browser finish updating the selection first.
    setTimeout(() => {
      const range = selectionNow();
      if (range) {
        target = { range: range.cloneRange() };
        show('selection', range.getBoundingClientRect());
        return;
      }
      const hit = actions.highlightAt(event.clientX, event.clientY);
      if (hit) {
        target = { annotation: hit };
        show('highlight', new DOMRect(event.clientX, event.clientY, 0, 16));
      } else hide();
    }, 0);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.isTrusted && event.key === 'Escape') hide();
  };
  const onKeyUp = (event: KeyboardEvent) => {
    if (!extendsSelection(event)) return;
    clearTimeout(keyTimer);
    keyTimer = setTimeout(() => {
      const range = selectionNow();
      if (!range) return;
      target = { range: range.cloneRange() };
      show('selection', range.getBoundingClientRect());
    }, KEYBOARD_SETTLE_MS);
  };
  doc.addEventListener('mouseup', onPointerUp);
  doc.addEventListener('keydown', onKeyDown);
  doc.addEventListener('keyup', onKeyUp);
  return {
    act,
    openFor(annotation, at, focus) {
      target = { annotation };
      show('highlight', at, null, focus);
    },
    showNote(annotation, at) {
      // Already showing this highlight's toolbar or note: leave it (and its focus) alone.
      if (target && 'annotation' in target && target.annotation.id === annotation.id) return;
      target = { annotation };
      show('note', at, annotation.id);
    },
    dispose() {
      clearTimeout(keyTimer);
      doc.removeEventListener('mouseup', onPointerUp);
      doc.removeEventListener('keydown', onKeyDown);
      doc.removeEventListener('keyup', onKeyUp);
      hide();
    },
  };
}
