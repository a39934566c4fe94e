/**
 * The one place that touches the WebExtension API: everything goes through
 * webextension-polyfill so Chrome and Firefox share one promise-based `browser`.
 */
import browser from 'webextension-polyfill';

export { browser };
export type { Runtime, Tabs } from 'webextension-polyfill';

/** A localised UI string from `_locales`; falls back to the key so missing strings are visible. */
export function t(key: string, substitutions?: string | string[]): string {
  try {
    return browser.i18n.getMessage(key, substitutions) || key;
  } catch {
    return key;
  }
}
