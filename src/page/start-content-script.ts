import { listen } from '../messaging/listen';
import type { ContentScriptApi } from '../messaging/protocol';
import { backgroundAnnotationStore } from './background-annotation-store';
import { createPageController } from './page-controller';

/** The attribute that tells tests (and curious users) that our pass is done, and what it found. */
export const STATUS_ATTRIBUTE = 'data-reader-assistant';
const GUARD = Symbol.for('reader-assistant.content-script');

/**
 * Runs once per page: a second injection does nothing. Everything it does is undone on
 * `pagehide`, and when the extension is reloaded or updated under the page ("extension
 * context invalidated") the old script stops quietly and leaves the page as it was.
 */
export async function startContentScript(win: Window): Promise<void> {
  const slot = win as unknown as Record<symbol, boolean>;
  if (slot[GUARD]) return;
  slot[GUARD] = true;
  const doc = win.document;

  const controller = await createPageController(doc, win.location.href, backgroundAnnotationStore);
  const stopListening = listen<ContentScriptApi>('content', controller.handlers);
  doc.documentElement.setAttribute(STATUS_ATTRIBUTE, controller.status());

  const stop = () => {
    stopListening();
    controller.dispose();
    doc.documentElement.removeAttribute(STATUS_ATTRIBUTE);
    slot[GUARD] = false;
  };
  win.addEventListener('pagehide', (event) => {
    // A page kept in the back/forward cache comes back as it was; only a real unload stops us.
    if (!event.persisted) stop();
  });
}
