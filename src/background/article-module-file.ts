/**
 * Where the build puts the scripts the background injects (see
 * scripts/vite-plugin-article-module.ts). None is a declared content script: the detector is
 * registered with `scripting.registerContentScripts` only while the user allows automatic
 * detection, and injected with `scripting.executeScript` when they act on a tab.
 */
export const DETECTOR_FILE = 'detector.js';
/**
 * The article module: resolving the plan and hiding the clutter. Its later scripts (the
 * in-page planner, the recognisers and UI) are named in src/page/shared/injected-modules.ts.
 */
export const ARTICLE_MODULE_FILE = 'article.js';
/** The page stylesheet (hidden clutter, highlight colours), inserted with `scripting.insertCSS`. */
export const PAGE_CSS_FILE = 'page.css';
