/**
 * Every behaviour that differs between Chromium and Firefox, in one place (darkreader keeps
 * its quirks together the same way). Each takes the browser, defaulting to the one this
 * bundle was built for, so a build's choice is made at build time and a test can ask for
 * either. Code elsewhere asks these questions; it never compares browser names itself.
 */
import { TARGET_BROWSER, type TargetBrowser } from './target-browser';

/**
 * How the page takes a big subtree of clutter out of the layout (page/article/hide-clutter.ts
 * has the measurements): Chromium collapses it in one frame; in Firefox collapsing cost ~700 ms
 * on issue #7's 100,000-element page, so it hides it in pieces, one a frame.
 */
export type BigSubtreeHiding = 'collapse' | 'pieces';
export const bigSubtreeHiding = (browser: TargetBrowser = TARGET_BROWSER): BigSubtreeHiding =>
  browser === 'firefox' ? 'pieces' : 'collapse';

/**
 * Where the page sheet's `::highlight()` colours go (page/shared/highlight-style.ts): Chromium
 * inherits highlight styles, so the article's roots are enough (a rule for every element made
 * it restyle the whole page); Firefox (153) does not, so every element below them needs one.
 */
export const highlightsInherit = (browser: TargetBrowser = TARGET_BROWSER): boolean =>
  browser === 'chrome';

/**
 * Where the extension plans an article off the page's main thread (background/
 * plan-in-extension.ts): Firefox's background is a page with a DOM and plans itself; Chrome's is
 * a service worker without one, so it keeps an offscreen document for it.
 */
export const plansInBackgroundPage = (browser: TargetBrowser = TARGET_BROWSER): boolean =>
  browser === 'firefox';

/**
 * Whether the extension injects its detector into the tabs already open after an install or
 * update (background/inject-open-tabs.ts). Firefox used to inject declared content scripts there
 * itself, and the new version took over from the old; registered scripts only reach pages
 * loaded later, so we do it by hand there. Chrome never did: its old script undoes its changes
 * instead (page/detector/watch-extension-context.ts).
 * https://github.com/fregante/webext-inject-on-install ("Firefox actually already does this natively")
 */
export const injectsIntoOpenTabs = (browser: TargetBrowser = TARGET_BROWSER): boolean =>
  browser === 'firefox';
