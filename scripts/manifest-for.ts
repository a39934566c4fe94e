/** The two browsers we build for. */
export type TargetBrowser = 'chrome' | 'firefox';

/** Stable add-on id: Firefox keeps storage and permissions per id across updates. */
export const GECKO_ID = 'reader-assistant@reader-assistant.dev';

type Manifest = Record<string, unknown>;

/**
 * Derives a browser's manifest from the one source `manifest.json`.
 * Firefox: `browser_specific_settings.gecko` (data_collection_permissions needs
 * strict_min_version 142, or web-ext lint warns). Firefox runs the background as an event
 * page (`background.scripts`), not a service worker; crxjs expects that shape already. Chrome's
 * `offscreen` permission lends its service worker a DOM, which Firefox's background has.
 *
 * The highlight toolbar (an extension page framed in articles) is web-accessible. In Chrome
 * only at a dynamic URL (`use_dynamic_url`), which changes every session, so no page can probe
 * the static `chrome-extension://<id>/` address to learn the extension is installed. Firefox
 * does not know the key (its manifest would be refused) and needs no such thing: its
 * `moz-extension://` host is a random UUID per install already.
 *
 * Chrome (148+) carries messages by structured clone, as Firefox always has: the page's copy
 * for the planner is a string, and JSON costs the page a pass that escapes every quote in it
 * (0.2-0.5 ms of a typical English news page's ~2 ms on load, up to 2.8 ms on a big one),
 * where a clone copies it. Older Chrome ignores the key and sends JSON, so every message in
 * the protocol stays JSON-safe as well.
 */
export function manifestFor<M extends Manifest>(base: M, browser: TargetBrowser): M {
  const manifest: Manifest = structuredClone(base);
  if (browser === 'chrome') manifest.message_serialization = 'structured_clone';
  if (browser === 'firefox') {
    const background = manifest.background as { service_worker: string; type?: string };
    manifest.background = {
      scripts: [background.service_worker],
      type: background.type ?? 'module',
    };
    // Firefox's background page has a DOM and plans articles itself: no offscreen document.
    manifest.permissions = (manifest.permissions as string[]).filter((p) => p !== 'offscreen');
    const resources = manifest.web_accessible_resources as Record<string, unknown>[] | undefined;
    manifest.web_accessible_resources = resources?.map((entry) => {
      const copy = { ...entry };
      delete copy.use_dynamic_url;
      return copy;
    });
    manifest.browser_specific_settings = {
      gecko: {
        id: GECKO_ID,
        strict_min_version: '142.0',
        data_collection_permissions: { required: ['none'] },
      },
    };
  }
  return manifest as M;
}
