import type { Browser } from 'webextension-polyfill';

/**
 * Firefox's own promise-based `browser`, standing in for webextension-polyfill in the Firefox
 * build of the injected scripts (an alias in scripts/vite-plugin-article-module.ts). There the
 * polyfill hands back this same object after probing `chrome.runtime.id` and
 * `browser.runtime.id`; it is 10 KB of the detector, the one script every page loads.
 * (The probe made Firefox build the runtime API's bindings, 10-40 ms in the Gecko profiler
 * under load; the detector's listener needs them in its first task anyway.)
 */
const browser = (globalThis as unknown as { browser: Browser }).browser;
export default browser;
