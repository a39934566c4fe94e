import type { DetectionStatus } from '../messaging/detection-status';
import { browser } from '../platform/browser-api';
import { grantedPageOrigins, hasDetectionAccess } from '../platform/host-access';
import { DETECTOR_FILE, PAGE_CSS_FILE } from './article-module-file';
import { injectIntoOpenTabs } from './inject-open-tabs';

/** The id of our one registered content script. */
export const DETECTOR_SCRIPT_ID = 'reader-assistant-detector';

let queue: Promise<unknown> = Promise.resolve();

/**
 * Makes the registered detector match the host access the user has granted right now: registered
 * for exactly the granted web origins, or not at all. Granted access is the one source of truth
 * (there is no separate "on" setting that could disagree with the browser's settings page), so
 * this is safe to call at any time and as often as wanted. Calls run one after another: two
 * events at once (onAdded while onStartup) must not both try to register the same id.
 */
export function syncDetectorRegistration(): Promise<DetectionStatus> {
  const next = queue.then(reconcile, reconcile);
  queue = next.catch(() => undefined);
  return next;
}

async function reconcile(): Promise<DetectionStatus> {
  const [origins, automatic, registered] = await Promise.all([
    grantedPageOrigins(),
    hasDetectionAccess(),
    browser.scripting.getRegisteredContentScripts({ ids: [DETECTOR_SCRIPT_ID] }),
  ]);
  const current = registered[0];
  const mode = automatic ? 'automatic' : 'per-click';
  if (origins.length === 0) {
    if (current) await browser.scripting.unregisterContentScripts({ ids: [DETECTOR_SCRIPT_ID] });
    return { mode, registeredFor: [] };
  }
  if (
    current &&
    sameSet(current.matches ?? [], origins) &&
    sameSet(current.css ?? [], [PAGE_CSS_FILE])
  )
    return { mode, registeredFor: origins };
  // Unregister and register again rather than update: simpler, and the same in both browsers.
  if (current) await browser.scripting.unregisterContentScripts({ ids: [DETECTOR_SCRIPT_ID] });
  await browser.scripting.registerContentScripts([
    {
      id: DETECTOR_SCRIPT_ID,
      js: [DETECTOR_FILE],
      // The page stylesheet comes with it, in place before the page is first styled: inserted
      // later (insertCSS) its attribute and ::highlight() rules made the browser restyle every
      // element of the page (Firefox, 100,000 elements: ~350 ms; Chromium ~35 ms).
      css: [PAGE_CSS_FILE],
      matches: origins,
      // As the old declared content script: right after DOMContentLoaded, top frame only.
      runAt: 'document_end',
      allFrames: false,
      // Kept by the browser across restarts; start-up still checks it against the permissions.
      persistAcrossSessions: true,
    },
  ]);
  return { mode, registeredFor: origins };
}

function sameSet(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}

/**
 * Keeps the registration in step with the permissions: when the user grants or removes host
 * access (in our pages or in the browser's settings, where `permissions.onRemoved` is the only
 * signal we get), and at start-up and after install or update, in case either changed while
 * the background was not running. Listeners are added synchronously at start-up.
 */
export function watchHostAccess(): void {
  const sync = () => void syncDetectorRegistration().catch(report);
  browser.permissions.onAdded.addListener(sync);
  browser.permissions.onRemoved.addListener(sync);
  browser.runtime.onStartup.addListener(sync);
  browser.runtime.onInstalled.addListener(({ reason }) => {
    void syncDetectorRegistration()
      .then((status) =>
        reason !== 'install' && status.registeredFor.length > 0 ? injectIntoOpenTabs() : undefined,
      )
      .catch(report);
  });
}

function report(error: unknown): void {
  // Nothing the user did can fix this; the extension still works per click.
  console.warn('[Reader Assistant] detector registration:', error);
}
