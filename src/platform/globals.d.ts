/** Set by vite `define` per build target. */
declare const __BROWSER__: 'chrome' | 'firefox';
