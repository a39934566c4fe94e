import type { ToolbarAction, ToolbarView } from '../../messaging/toolbar-action';
import { t } from '../../platform/browser-api';
import type { HighlightColor } from '../../model/stored-records';
import { icon, type IconName } from '../shared/svg-icons';

const COLORS: readonly HighlightColor[] = ['yellow', 'green', 'blue', 'pink'];
const COLOR_KEYS: Record<HighlightColor, string> = {
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
 *
 * By keyboard it is a toolbar as ARIA describes one: Tab enters it, the arrow keys (and Home,
 * End) move between its buttons, Escape closes it. Opened from the keyboard (`view.focus`),
 * its first control takes focus.
 */
export function showToolbar(bar: HTMLElement, view: ToolbarView, channel: ToolbarChannel): void {
  const doc = bar.ownerDocument;
  const { token } = view;
  bar.replaceChildren();
  bar.setAttribute('aria-label', t('toolbarFrameTitle'));
  const button = (
    label: string | IconName,
    title: string,
    onClick: () => void,
    testId?: string,
    withIcon = false,
  ) => {
    const b = doc.createElement('button');
    b.type = 'button';
    if (withIcon) b.append(icon(doc, label as IconName));
    else b.textContent = label;
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
  const colorName = (color: HighlightColor) => t(COLOR_KEYS[color]);
  doc.onkeydown = (e) => {
    if (e.key === 'Escape') channel.act({ token, action: 'close' });
  };
  // Says where the keyboard is: on one of the toolbar's controls.
  bar.addEventListener('focusin', () => bar.setAttribute('data-focus-within', ''));
  bar.addEventListener('focusout', () => bar.removeAttribute('data-focus-within'));
  const first = () => bar.querySelector<HTMLElement>('button, textarea:not([disabled])');
  /**
   * Focus on `control` now, or once the frame gets the keyboard: a frame whose page has no
   * focus yet (Chromium gives it to the frame's process a moment after the page focuses the
   * frame) keeps its controls unfocused until then. Only while nothing in the frame has focus:
   * a key that arrived first may have moved it on, and the reader coming back to the window
   * later finds focus where it was left.
   */
  const focusWhenFocused = (control: () => HTMLElement | null) => {
    control()?.focus();
    const onFocus = () => {
      if (doc.activeElement === null || doc.activeElement === doc.body) control()?.focus();
    };
    doc.defaultView?.addEventListener('focus', onFocus, { once: true });
  };
  const focusFirst = () => {
    if (view.focus) focusWhenFocused(first);
  };
  // Where the browser still leaves focus on the frame's body, the first key does: it acts as
  // if the first control had focus (a key press may move focus).
  doc.addEventListener(
    'keydown',
    (e) => {
      if (e.key === 'Escape' || (doc.activeElement !== doc.body && doc.activeElement !== null))
        return;
      const control = first();
      if (!control) return;
      control.focus();
      if (control instanceof HTMLButtonElement) {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          control.click();
        } else if (moveFrom(control, e.key)) e.preventDefault();
      }
    },
    { capture: true },
  );
  const moveFrom = (from: HTMLButtonElement, key: string): boolean => {
    const buttons = [...bar.querySelectorAll<HTMLButtonElement>('button')];
    const at = buttons.indexOf(from);
    if (at < 0) return false;
    const to: Record<string, number> = {
      ArrowRight: (at + 1) % buttons.length,
      ArrowDown: (at + 1) % buttons.length,
      ArrowLeft: (at - 1 + buttons.length) % buttons.length,
      ArrowUp: (at - 1 + buttons.length) % buttons.length,
      Home: 0,
      End: buttons.length - 1,
    };
    const next = buttons[to[key] ?? -1];
    if (!next) return false;
    for (const b of buttons) b.tabIndex = b === next ? 0 : -1;
    next.focus();
    return true;
  };

  if (view.mode === 'selection' || view.mode === 'highlight') {
    bar.setAttribute('role', 'toolbar');
    if (view.mode === 'selection') {
      COLORS.forEach((color, k) =>
        bar.append(
          colorButton(
            color,
            t('toolbarHighlightColor', colorName(color)),
            k === 0 ? 'highlight-button' : `highlight-${color}`,
          ),
        ),
      );
      bar.append(
        button(
          'note',
          t('toolbarHighlightWithNote'),
          () => channel.act({ token, action: 'note' }),
          'note-button',
          true,
        ),
      );
    } else {
      for (const color of COLORS)
        bar.append(colorButton(color, t('toolbarRecolor', colorName(color)), `recolor-${color}`));
      bar.append(
        button(
          'note',
          t('toolbarEditNote'),
          () => channel.act({ token, action: 'note' }),
          'edit-note',
          true,
        ),
        button(
          'delete',
          t('toolbarDelete'),
          () => channel.act({ token, action: 'delete' }),
          'delete-highlight',
          true,
        ),
      );
    }
    // One Tab stop for the buttons; arrow keys, Home and End move between them.
    [...bar.querySelectorAll('button')].forEach((b, k) => (b.tabIndex = k === 0 ? 0 : -1));
    bar.addEventListener('keydown', (e) => {
      if (e.target instanceof HTMLButtonElement && moveFrom(e.target, e.key)) e.preventDefault();
    });
    focusFirst();
    return;
  }
  const id = view.id;
  if (id === null) return;
  bar.setAttribute('role', 'group');
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
  const saveLabel = t('toolbarSaveNote');
  box.append(input, button(saveLabel, saveLabel, save, 'note-save'));
  bar.append(box);
  const ready = () => {
    input.disabled = false;
    // Shown on hover, the note is there to read; opened to edit, the caret goes in.
    if (view.focus) focusWhenFocused(() => input);
  };
  void channel.getNote(id).then(
    (note) => {
      // Typed before the note arrived? Then keep what was typed after it.
      input.value = note + input.value;
      ready();
    },
    () => ready(),
  );
}
