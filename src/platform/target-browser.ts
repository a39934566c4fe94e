/** A browser we build for. */
export type TargetBrowser = 'chrome' | 'firefox';

/**
 * The browser this bundle was built for. vite's `define` replaces `__BROWSER__` at build time
 * (vite.config.ts), so each build keeps only its own side of every difference in
 * browser-differences.ts; under Node (unit tests, `npm run analyze`) Chromium's. No
 * webextension-polyfill here: the page's bundles read it without carrying the polyfill.
 */
export const TARGET_BROWSER: TargetBrowser =
  typeof __BROWSER__ === 'string' ? __BROWSER__ : 'chrome';
