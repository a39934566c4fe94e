import { listen } from '../messaging/listen';
import type { ContentScriptApi } from '../messaging/protocol';
import { createPageController } from './page-controller';

/** The attribute that tells tests and the page's own CSS that our pass is done, and what it found. */
export const STATUS_ATTRIBUTE = 'data-reader-assistant';
const GUARD = Symbol.for('reader-assistant.content-script');

/**
 * Runs once per page: a second injection (e.g. `scripting.executeScript` after the declared
 * script already ran) does nothing. Everything it does is undone on `pagehide` or when the
 * extension is reloaded under the page.
 */
export function startContentScript(win: Window): void {
  const slot = win as unknown as Record<symbol, boolean>;
  if (slot[GUARD]) return;
  slot[GUARD] = true;

  const controller = createPageController(win.document);
  const stopListening = listen<ContentScriptApi>('content', controller.handlers);
  win.document.documentElement.setAttribute(STATUS_ATTRIBUTE, controller.status());

  const stop = () => {
    stopListening();
    controller.dispose();
    win.document.documentElement.removeAttribute(STATUS_ATTRIBUTE);
    slot[GUARD] = false;
  };
  win.addEventListener('pagehide', (event) => {
    // A page kept in the back/forward cache comes back as it was; only a real unload stops us.
    if (!event.persisted) stop();
  });
}
