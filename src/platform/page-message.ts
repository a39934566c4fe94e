/**
 * A localised string for code in the page (content scripts): `i18n.getMessage` of the
 * extension API the page's isolated world has, without webextension-polyfill (it is
 * synchronous in both browsers, and the polyfill's start-up probe is a cost the injected
 * scripts avoid, see firefox-browser.ts). Falls back to the key, so a missing string shows.
 */
interface I18n {
  i18n?: { getMessage(key: string, substitutions?: string | string[]): string };
}

export function pageMessage(key: string, substitutions?: string | string[]): string {
  const g = globalThis as unknown as { browser?: I18n; chrome?: I18n };
  try {
    return (g.browser ?? g.chrome)?.i18n?.getMessage(key, substitutions) || key;
  } catch {
    return key;
  }
}
