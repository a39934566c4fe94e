import { browser } from '../../platform/browser-api';

/**
 * The tab the popup acts on: `?tab=<id>` when given (tests, or the popup opened in a tab),
 * else the active tab of the current window.
 */
export async function targetTabId(search: string): Promise<number | null> {
  const fromQuery = Number(new URLSearchParams(search).get('tab'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}
