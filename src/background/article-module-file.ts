/** Where the build puts the article module (see scripts/vite-plugin-article-module.ts). */
export const ARTICLE_MODULE_FILE = 'article.js';
/** The page stylesheet (hidden clutter, highlight colours), inserted with `scripting.insertCSS`. */
export const PAGE_CSS_FILE = 'page.css';
