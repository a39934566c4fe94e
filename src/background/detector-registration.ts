import type { DetectionStatus } from '../messaging/detection-status';
import { browser } from '../platform/browser-api';
import { grantedPageOrigins, hasDetectionAccess } from '../platform/host-access';
import { DETECTOR_FILE } from './article-module-file';
import { injectIntoOpenTabs } from './inject-open-tabs';

/** The id of the registered detector. */
export const DETECTOR_SCRIPT_ID = 'reader-assistant-detector';
/**
 * The id under which an earlier version registered the page stylesheet for every page at
 * `document_start`. A page could see it there (an element with our attribute was hidden), so
 * the sheet now goes in only on pages taken in hand (start-background.ts); a registration left
 * by that version is removed.
 */
export const PAGE_SHEET_SCRIPT_ID = 'reader-assistant-page-sheet';
const IDS = [DETECTOR_SCRIPT_ID, PAGE_SHEET_SCRIPT_ID];

type Registration = Parameters<typeof browser.scripting.registerContentScripts>[0][number];

/** What we register for the granted origins. */
function registration(origins: string[]): Registration[] {
  // Kept by the browser across restarts; start-up still checks it against the permissions.
  const common = { matches: origins, allFrames: false, persistAcrossSessions: true };
  return [
    // As the old declared content script: right after DOMContentLoaded, top frame only.
    { id: DETECTOR_SCRIPT_ID, js: [DETECTOR_FILE], runAt: 'document_end', ...common },
  ];
}

/** Whether the registered scripts are the ones we would register now, and no others. */
function upToDate(current: Registration[], wanted: Registration[]): boolean {
  if (current.some((c) => !wanted.some((w) => w.id === c.id))) return false;
  return wanted.every((w) => {
    const c = current.find((r) => r.id === w.id);
    return (
      c !== undefined &&
      sameSet(c.matches ?? [], w.matches ?? []) &&
      sameSet(c.js ?? [], w.js ?? []) &&
      sameSet(c.css ?? [], w.css ?? []) &&
      c.runAt === w.runAt
    );
  });
}

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
    browser.scripting.getRegisteredContentScripts({ ids: IDS }),
  ]);
  const mode = automatic ? 'automatic' : 'per-click';
  const present = registered.map((r) => r.id);
  const unregister = async () => {
    if (present.length > 0) await browser.scripting.unregisterContentScripts({ ids: present });
  };
  if (origins.length === 0) {
    await unregister();
    return { mode, registeredFor: [] };
  }
  const wanted = registration(origins);
  if (upToDate(registered, wanted)) return { mode, registeredFor: origins };
  // Unregister and register again rather than update: simpler, and the same in both browsers.
  await unregister();
  await browser.scripting.registerContentScripts(wanted);
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
