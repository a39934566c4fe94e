/** Where the build puts the article module (see scripts/vite-plugin-article-module.ts). */
export const ARTICLE_MODULE_FILE = 'article.js';
