import type { HighlightColor, UserAnnotation } from '../../store/schema';
import type { OverlayHost } from '../overlay-host';

const COLORS: readonly HighlightColor[] = ['yellow', 'green', 'blue', 'pink'];

interface ToolbarActions {
  isInArticle(range: Range): boolean;
  /** The user's highlight under a viewport point, if any. */
  highlightAt(x: number, y: number): UserAnnotation | null;
  create(range: Range, color: HighlightColor, note?: string): Promise<UserAnnotation | null>;
  update(id: string, change: { note?: string; color?: HighlightColor }): Promise<void>;
  remove(id: string): Promise<void>;
}

/**
 * The small toolbar that appears over a selection in the article (colours, note) or over one
 * of the user's highlights (note, colour, delete). It lives in our shadow root; mousedown is
 * cancelled on it so using it never clears the page's selection. Only trusted events act.
 */
export function createSelectionToolbar(
  doc: Document,
  overlay: OverlayHost,
  actions: ToolbarActions,
): { dispose(): void } {
  const bar = doc.createElement('div');
  bar.className = 'panel toolbar';
  bar.setAttribute('role', 'toolbar');
  bar.setAttribute('aria-label', 'Reader Assistant highlight');
  bar.hidden = true;
  bar.addEventListener('mousedown', (e) => {
    if (!(e.target instanceof HTMLTextAreaElement)) e.preventDefault();
  });
  overlay.root.append(bar);

  const button = (
    label: string,
    title: string,
    onClick: () => void,
    testId?: string,
    className = '',
  ) => {
    const b = doc.createElement('button');
    b.type = 'button';
    b.textContent = label;
    b.title = title;
    b.setAttribute('aria-label', title);
    if (className) b.className = className;
    if (testId) b.setAttribute('data-testid', testId);
    b.addEventListener('click', (e) => {
      e.stopPropagation();
      // Only a real user gesture may write to the library: a page script's synthetic click is ignored.
      if (e.isTrusted) onClick();
    });
    return b;
  };

  const place = (rect: DOMRect) => {
    bar.hidden = false;
    const top = rect.top > 56 ? rect.top - 48 : rect.bottom + 8;
    bar.style.left = `${Math.max(4, Math.min(rect.left, (doc.defaultView?.innerWidth ?? 1000) - 300))}px`;
    bar.style.top = `${top}px`;
  };
  const hide = () => {
    bar.hidden = true;
    bar.replaceChildren();
  };

  const noteEditor = (initial: string, onSave: (note: string) => void) => {
    const box = doc.createElement('div');
    box.className = 'note-editor';
    const input = doc.createElement('textarea');
    input.value = initial;
    input.placeholder = 'Note…';
    input.setAttribute('aria-label', 'Note');
    input.setAttribute('data-testid', 'note-input');
    const save = button('Save note', 'Save note', () => onSave(input.value), 'note-save');
    input.addEventListener('keydown', (e) => {
      if (!e.isTrusted) return;
      if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) onSave(input.value);
      if (e.key === 'Escape') hide();
    });
    box.append(input, save);
    return { box, input };
  };

  const showForSelection = (range: Range) => {
    bar.replaceChildren();
    COLORS.forEach((color, k) => {
      bar.append(
        button(
          '',
          `Highlight ${color}`,
          () => void actions.create(range, color).then(hide),
          k === 0 ? 'highlight-button' : `highlight-${color}`,
          `color ${color}`,
        ),
      );
    });
    bar.append(
      button(
        '✎',
        'Highlight with a note',
        () => {
          void actions.create(range, 'yellow').then((created) => {
            if (!created) return hide();
            showNote(created, range.getBoundingClientRect());
          });
        },
        'note-button',
      ),
    );
    place(range.getBoundingClientRect());
  };

  const showNote = (annotation: UserAnnotation, rect: DOMRect) => {
    bar.replaceChildren();
    const { box, input } = noteEditor(
      annotation.note,
      (note) => void actions.update(annotation.id, { note }).then(hide),
    );
    bar.append(box);
    place(rect);
    input.focus();
  };

  const showForHighlight = (annotation: UserAnnotation, x: number, y: number) => {
    bar.replaceChildren();
    const rect = new DOMRect(x, y, 0, 16);
    for (const color of COLORS) {
      bar.append(
        button(
          '',
          `Colour ${color}`,
          () => void actions.update(annotation.id, { color }).then(hide),
          undefined,
          `color ${color}`,
        ),
      );
    }
    bar.append(
      button('✎', 'Edit note', () => showNote(annotation, rect), 'edit-note'),
      button(
        '🗑',
        'Delete highlight',
        () => void actions.remove(annotation.id).then(hide),
        'delete-highlight',
      ),
    );
    place(rect);
  };

  const onPointerUp = (event: MouseEvent) => {
    if (!event.isTrusted || event.composedPath().includes(bar)) return;
    // Let the browser finish updating the selection first.
    setTimeout(() => {
      const selection = doc.getSelection();
      const range = selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : null;
      if (range && !range.collapsed && actions.isInArticle(range) && range.toString().trim()) {
        showForSelection(range.cloneRange());
        return;
      }
      const hit = actions.highlightAt(event.clientX, event.clientY);
      if (hit) showForHighlight(hit, event.clientX, event.clientY);
      else hide();
    }, 0);
  };
  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape') hide();
  };
  doc.addEventListener('mouseup', onPointerUp);
  doc.addEventListener('keydown', onKey);
  return {
    dispose() {
      doc.removeEventListener('mouseup', onPointerUp);
      doc.removeEventListener('keydown', onKey);
      bar.remove();
    },
  };
}
