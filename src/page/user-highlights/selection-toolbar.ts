import type { ToolbarAction, ToolbarMode } from '../../messaging/toolbar-action';
import { toolbarHash } from '../../messaging/toolbar-action';
import type { HighlightColor, UserAnnotation } from '../../store/schema';
import type { OverlayHost } from '../overlay-host';
import { getMessage as t } from '../../platform/get-message';

interface ToolbarActions {
  isInArticle(range: Range): boolean;
  /** The user's highlight under a viewport point, if any. */
  highlightAt(x: number, y: number): UserAnnotation | null;
  create(range: Range, color: HighlightColor): Promise<UserAnnotation | null>;
  update(id: string, change: { color?: HighlightColor }): Promise<void>;
  remove(id: string): Promise<void>;
}

/** The toolbar's frame size per view (the frame is the panel). */
const SIZE: Record<ToolbarMode, { width: number; height: number }> = {
  selection: { width: 156, height: 38 },
  highlight: { width: 200, height: 38 },
  note: { width: 272, height: 104 },
};

export const TOOLBAR_CSS = `
iframe.toolbar { position: fixed; z-index: 2147483646; border: 1px solid #c9d1d9; border-radius: 8px;
  box-shadow: 0 4px 16px rgba(0,0,0,.18); background: #ffffff; color-scheme: normal; padding: 0; margin: 0; }
`;

/**
 * The small toolbar over a selection in the article (colours, note) or over one of the user's
 * highlights (colour, note, delete). It is an extension page (`highlight-toolbar.html`) in a
 * frame in our closed shadow root: the note is read, shown and written there, never in the
 * page's DOM, and a page script can neither read the frame nor send it events. What the user
 * does in it comes back through the background as a `toolbarAction` for this tab; `frameUrl`
 * is the page's address in the extension (dynamic per session in Chrome).
 */
export function createSelectionToolbar(
  doc: Document,
  host: () => OverlayHost,
  actions: ToolbarActions,
  frameUrl: string,
): { act(action: ToolbarAction): void; dispose(): void } {
  let frame: HTMLIFrameElement | null = null;
  let token = '';
  /** What the showing toolbar acts on. */
  let target: { range: Range } | { annotation: UserAnnotation } | null = null;
  let rect: DOMRect = new DOMRect();

  const hide = () => {
    frame?.remove();
    frame = null;
    target = null;
    token = '';
  };

  const show = (mode: ToolbarMode, at: DOMRect, id: string | null = null) => {
    token = crypto.randomUUID();
    rect = at;
    const { width, height } = SIZE[mode];
    // A fresh frame for every view: ours loads exactly once, so a second load means someone
    // else navigated it (a page can navigate the frames it contains), and it goes at once: the
    // user never types a note into a frame we did not load.
    frame?.remove();
    const created = doc.createElement('iframe');
    created.className = 'toolbar';
    created.title = t('toolbarFrameTitle');
    let loads = 0;
    created.addEventListener('load', () => {
      loads += 1;
      if (loads > 1 && frame === created) hide();
    });
    created.src = `${frameUrl}${toolbarHash({ mode, token, id })}`;
    host().root.append(created);
    frame = created;
    const view = doc.defaultView;
    const top = at.top > height + 8 ? at.top - height - 8 : at.bottom + 8;
    frame.style.left = `${Math.max(4, Math.min(at.left, (view?.innerWidth ?? 1000) - width - 8))}px`;
    frame.style.top = `${Math.max(4, top)}px`;
    frame.style.width = `${width}px`;
    frame.style.height = `${height}px`;
  };

  const act = (action: ToolbarAction) => {
    if (action.token !== token || target === null) return;
    const current = target;
    if (action.action === 'close') return hide();
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
    if (action.action === 'delete') void actions.remove(id).then(hide);
    if (action.action === 'note') show('note', rect, id);
  };

  const onPointerUp = (event: MouseEvent) => {
    if (!event.isTrusted || event.composedPath().some((n) => n === frame)) return;
    // Let the browser finish updating the selection first.
    setTimeout(() => {
      const selection = doc.getSelection();
      const range = selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : null;
      if (range && !range.collapsed && actions.isInArticle(range) && range.toString().trim()) {
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
  const onKey = (event: KeyboardEvent) => {
    if (event.isTrusted && event.key === 'Escape') hide();
  };
  doc.addEventListener('mouseup', onPointerUp);
  doc.addEventListener('keydown', onKey);
  return {
    act,
    dispose() {
      doc.removeEventListener('mouseup', onPointerUp);
      doc.removeEventListener('keydown', onKey);
      hide();
    },
  };
}
