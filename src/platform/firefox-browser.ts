import type { Browser } from 'webextension-polyfill';

/**
 * Firefox's own promise-based `browser`, standing in for webextension-polyfill in the Firefox
 * build of the injected scripts (an alias in scripts/vite-plugin-article-module.ts). There the
 * polyfill hands back this same object, but only after probing `chrome.runtime.id` when the
 * script is evaluated, which makes Firefox build the runtime API's bindings in that first
 * task (10-40 ms of the detector's start in the Gecko profiler, on every page). Without the
 * probe they are built when the script first uses the API, in a task of its own.
 */
const browser = (globalThis as unknown as { browser: Browser }).browser;
export default browser;
