import type { ToolbarAction, ToolbarView } from '../../messaging/toolbar-action';
import type { HighlightColor } from '../../store/schema';
import { t } from '../../platform/browser-api';

const COLORS: readonly HighlightColor[] = ['yellow', 'green', 'blue', 'pink'];
const COLOR_MESSAGE: Record<HighlightColor, string> = {
  yellow: 'colorYellow',
  green: 'colorGreen',
  blue: 'colorBlue',
  pink: 'colorPink',
};

/** What the toolbar frame needs from the extension: the background, in the real frame. */
export interface ToolbarChannel {
  act(action: ToolbarAction): void;
  getNote(id: string): Promise<string>;
  saveNote(id: string, note: string, token: string): Promise<void>;
}

/**
 * Draws the highlight toolbar for one view into `bar`: colours and a note button over a
 * selection; colours, edit note and delete over a highlight; the note editor. This runs in an
 * extension page framed in the article, so neither the note nor the keys typed into it ever
 * reach the page's DOM or events.
 */
export function showToolbar(bar: HTMLElement, view: ToolbarView, channel: ToolbarChannel): void {
  const doc = bar.ownerDocument;
  const { token } = view;
  bar.replaceChildren();
  const button = (label: string, title: string, onClick: () => void, testId?: string) => {
    const b = doc.createElement('button');
    b.type = 'button';
    b.textContent = label;
    b.title = title;
    b.setAttribute('aria-label', title);
    if (testId) b.setAttribute('data-testid', testId);
    b.addEventListener('click', onClick);
    return b;
  };
  const colorButton = (color: HighlightColor, title: string, testId?: string) => {
    const b = button('', title, () => channel.act({ token, action: 'color', color }), testId);
    b.className = `color ${color}`;
    return b;
  };
  doc.onkeydown = (e) => {
    if (e.key === 'Escape') channel.act({ token, action: 'close' });
  };

  if (view.mode === 'selection') {
    COLORS.forEach((color, k) =>
      bar.append(
        colorButton(
          color,
          t('toolbarHighlightColor', t(COLOR_MESSAGE[color])),
          k === 0 ? 'highlight-button' : `highlight-${color}`,
        ),
      ),
    );
    bar.append(
      button(
        '✎',
        t('toolbarHighlightWithNote'),
        () => channel.act({ token, action: 'note' }),
        'note-button',
      ),
    );
    return;
  }
  if (view.mode === 'highlight') {
    for (const color of COLORS)
      bar.append(colorButton(color, t('toolbarRecolor', t(COLOR_MESSAGE[color]))));
    bar.append(
      button('✎', t('toolbarEditNote'), () => channel.act({ token, action: 'note' }), 'edit-note'),
      button(
        '🗑',
        t('toolbarDelete'),
        () => channel.act({ token, action: 'delete' }),
        'delete-highlight',
      ),
    );
    return;
  }
  const id = view.id;
  if (id === null) return;
  const box = doc.createElement('div');
  box.className = 'note-editor';
  const input = doc.createElement('textarea');
  input.placeholder = t('toolbarNotePlaceholder');
  input.setAttribute('aria-label', t('clippingNote'));
  input.setAttribute('data-testid', 'note-input');
  input.disabled = true;
  const save = () => void channel.saveNote(id, input.value, token);
  input.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) save();
  });
  box.append(input, button(t('toolbarSaveNote'), t('toolbarSaveNote'), save, 'note-save'));
  bar.append(box);
  void channel.getNote(id).then(
    (note) => {
      // Typed before the note arrived? Then keep what was typed after it.
      input.value = note + input.value;
      input.disabled = false;
      input.focus();
    },
    () => {
      input.disabled = false;
      input.focus();
    },
  );
}
