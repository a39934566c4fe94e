import { PAGE_PORT } from '../../messaging/protocol';
import { browser } from '../../platform/browser-api';

const EVENTS = ['pointerdown', 'keydown', 'visibilitychange'] as const;

function contextAlive(): boolean {
  try {
    return Boolean(browser.runtime.id);
  } catch {
    return false;
  }
}

/**
 * Calls `onGone` once when the extension is reloaded, updated or removed under this page
 * ("Extension context invalidated"), so the old content script undoes its changes and stops.
 * A port to the background disconnects at once then. It also disconnects when Chrome stops an
 * idle service worker, told apart by `runtime.id` still being there: the port is then opened
 * again at the user's next interaction, not at once, so an idle tab never keeps waking the
 * worker. Interactions also re-check the context, for browsers that drop the port silently.
 * Returns a function that stops watching.
 */
export function watchExtensionContext(doc: Document, onGone: () => void): () => void {
  let stopped = false;
  let port: ReturnType<typeof browser.runtime.connect> | null = null;
  const stop = () => {
    stopped = true;
    for (const type of EVENTS) doc.removeEventListener(type, check, true);
    try {
      port?.disconnect();
    } catch {
      /* already gone */
    }
  };
  const gone = () => {
    if (stopped) return;
    stop();
    onGone();
  };
  const connect = () => {
    try {
      const p = browser.runtime.connect({ name: PAGE_PORT });
      port = p;
      p.onDisconnect.addListener(() => {
        if (port === p) port = null;
        if (!contextAlive()) gone();
      });
    } catch {
      gone();
    }
  };
  function check() {
    if (stopped) return;
    if (!contextAlive()) gone();
    else if (!port) connect();
  }
  for (const type of EVENTS) doc.addEventListener(type, check, { capture: true, passive: true });
  connect();
  return stop;
}
