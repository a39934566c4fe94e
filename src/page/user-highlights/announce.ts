/**
 * What screen readers hear of the user's highlights, from our closed root (the page cannot read
 * it): a polite live region that says "Highlight saved", "Highlight deleted"… and the undo
 * toast after a delete.
 */
export interface Announcer {
  say(message: string): void;
  dispose(): void;
}

export const ANNOUNCE_CSS = `
.live { position: fixed; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden;
  clip-path: inset(50%); white-space: nowrap; border: 0; }
.undo-toast { position: fixed; left: 50%; bottom: 16px; transform: translateX(-50%); z-index: 2147483646;
  display: flex; gap: 10px; align-items: center; font: 13px/1.4 system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif;
  color: #1d2127; background: #ffffff; border: 1px solid #c9d1d9; border-radius: 8px;
  box-shadow: 0 4px 16px rgba(0,0,0,.18); padding: 8px 10px; }
.undo-toast button { font: inherit; cursor: pointer; border: 1px solid #0f6b5f; background: #0f6b5f; color: #ffffff;
  border-radius: 5px; padding: 2px 10px; }
.undo-toast button:focus-visible { outline: 2px solid #0f6b5f; outline-offset: 2px; }
@media (prefers-color-scheme: dark) {
  .undo-toast { color: #e6e9ed; background: #1f2328; border-color: #3a4149; }
  .undo-toast button { background: #4fc3a8; border-color: #4fc3a8; color: #0b1b17; }
}
`;

export function createAnnouncer(doc: Document, root: ShadowRoot): Announcer {
  const live = doc.createElement('div');
  live.className = 'live';
  live.setAttribute('role', 'status');
  live.setAttribute('aria-live', 'polite');
  live.setAttribute('data-testid', 'highlight-announcer');
  root.append(live);
  let timer: ReturnType<typeof setTimeout> | undefined;
  return {
    say(message) {
      // Emptied, then filled a moment later: the same words twice in a row are read twice.
      live.textContent = '';
      clearTimeout(timer);
      timer = setTimeout(() => (live.textContent = message), 50);
    },
    dispose() {
      clearTimeout(timer);
      live.remove();
    },
  };
}

/**
 * "Highlight deleted. [Undo]" for a few seconds. The button acts on a real click or key press
 * only (`isTrusted`); `focus` puts the keyboard on it (the delete came from the keyboard).
 */
export function offerUndo(
  doc: Document,
  root: ShadowRoot,
  announcer: Announcer,
  options: {
    message: string;
    undoLabel: string;
    focus: boolean;
    undo: () => Promise<void>;
    ms?: number;
  },
): void {
  root.querySelector('.undo-toast')?.remove();
  const toast = doc.createElement('div');
  toast.className = 'undo-toast';
  toast.setAttribute('data-testid', 'undo-toast');
  const text = doc.createElement('span');
  text.textContent = options.message;
  const button = doc.createElement('button');
  button.type = 'button';
  button.textContent = options.undoLabel;
  button.setAttribute('data-testid', 'undo-delete');
  const close = () => toast.remove();
  button.addEventListener('click', (event) => {
    if (!event.isTrusted) return;
    close();
    void options.undo().catch(() => undefined);
  });
  toast.append(text, button);
  root.append(toast);
  announcer.say(options.message);
  if (options.focus) button.focus();
  setTimeout(close, options.ms ?? 8000);
}
