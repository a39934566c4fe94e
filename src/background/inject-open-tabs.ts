import { browser, TARGET_BROWSER } from '../platform/browser-api';
import { prepareTab } from './prepare-tab';

/**
 * After an update (or a reload while developing) Firefox used to inject our declared content
 * script into the tabs already open, and the new version took over from the old one there
 * (clearing its traces, see page/article/clear-stale-marks.ts). Scripts registered with
 * `scripting.registerContentScripts` only reach pages loaded afterwards, so with automatic
 * detection on we do the same by hand, in Firefox only: Chrome never injected into open tabs,
 * and there the old script undoes its changes instead (page/detector/watch-extension-context.ts).
 * Without the `tabs` permission we cannot see the tabs' addresses: every tab is tried, and
 * those we have no access to (browser pages, sites not granted) just refuse.
 * https://github.com/fregante/webext-inject-on-install ("Firefox actually already does this natively")
 */
export async function injectIntoOpenTabs(): Promise<void> {
  if (TARGET_BROWSER !== 'firefox') return;
  const tabs = await browser.tabs.query({ discarded: false });
  await Promise.all(tabs.map((tab) => (tab.id === undefined ? null : prepareTab(tab.id))));
}
