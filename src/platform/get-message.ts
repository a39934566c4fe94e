/**
 * A localised string from `_locales` without webextension-polyfill: `i18n.getMessage` is
 * synchronous and the same in both browsers (Firefox has `chrome.i18n` too), so the scripts
 * injected into articles (extras.js: legend, tooltips, reader view, toolbar frame) do not carry
 * the polyfill for their words. Falls back to the key, so a missing string is visible.
 */
interface I18n {
  getMessage(key: string, substitutions?: string | string[]): string;
}

export function getMessage(key: string, substitutions?: string | string[]): string {
  const api = (globalThis as unknown as { chrome?: { i18n?: I18n } }).chrome;
  try {
    return api?.i18n?.getMessage(key, substitutions) || key;
  } catch {
    return key;
  }
}
