import { browser } from '../platform/browser-api';
import { injectsIntoOpenTabs } from '../platform/browser-differences';
import { prepareTab } from './prepare-tab';

/**
 * With automatic detection on, puts the detector into the tabs already open after an install
 * or update, where the browser used to do it (Firefox: platform/browser-differences.ts
 * `injectsIntoOpenTabs`); the new version then takes over from the old one there (clearing its
 * traces, see page/article/clear-stale-marks.ts). Without the `tabs` permission we cannot see
 * the tabs' addresses: every tab is tried, and those we have no access to (browser pages, sites
 * not granted) just refuse.
 */
export async function injectIntoOpenTabs(): Promise<void> {
  if (!injectsIntoOpenTabs()) return;
  const tabs = await browser.tabs.query({ discarded: false });
  await Promise.all(tabs.map((tab) => (tab.id === undefined ? null : prepareTab(tab.id))));
}
