import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build, type Plugin } from 'vite';
import { pageCss } from '../src/page/highlight-style.ts';
import { ARTICLE_MODULE_FILE, PAGE_CSS_FILE } from '../src/background/article-module-file.ts';

/**
 * Builds the article module (`src/entries/content-article.ts`) as one self-contained IIFE next
 * to the extension, for `scripting.executeScript({ files })`. It is not a declared content
 * script: it only loads on pages the small detector called articles, so the script every page
 * pays for stays small. Also writes the page stylesheet the background inserts beside it.
 */
export function articleModule(options: { outDir: string; define: Record<string, string> }): Plugin {
  return {
    name: 'reader-assistant:article-module',
    apply: 'build',
    async closeBundle() {
      await build({
        configFile: false,
        logLevel: 'warn',
        define: options.define,
        build: {
          outDir: options.outDir,
          emptyOutDir: false,
          target: 'es2022',
          minify: true,
          lib: {
            entry: 'src/entries/content-article.ts',
            formats: ['iife'],
            name: 'readerAssistantArticle',
            fileName: () => ARTICLE_MODULE_FILE,
          },
        },
      });
      writeFileSync(join(options.outDir, PAGE_CSS_FILE), pageCss());
    },
  };
}
