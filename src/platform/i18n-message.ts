/**
 * A localised string from `_locales` through the extension's own `i18n.getMessage`, which is
 * synchronous and the same in Chrome (`chrome`) and Firefox (`browser`). For injected scripts
 * that need nothing else of the extension API: importing `browser-api.ts` there would bring
 * webextension-polyfill (10 KB) into the script just for this call. The key where none is found.
 */
interface I18nHost {
  i18n?: { getMessage(key: string, substitutions?: string | string[]): string };
}

export function i18nMessage(key: string, substitutions?: string | string[]): string {
  const host = globalThis as { browser?: I18nHost; chrome?: I18nHost };
  try {
    return (host.browser ?? host.chrome)?.i18n?.getMessage(key, substitutions) || key;
  } catch {
    return key;
  }
}
