import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build, type Plugin } from 'vite';
import { parseMarkupWithoutInnerHtml } from './vite-plugin-parse-markup.ts';
import { pageCss } from '../src/page/shared/highlight-style.ts';
import {
  ARTICLE_MODULE_FILE,
  DETECTOR_FILE,
  PAGE_CSS_FILE,
} from '../src/background/article-module-file.ts';
import { INJECTED_FILES } from '../src/model/injected-names.ts';
import type { TargetBrowser } from '../src/platform/target-browser.ts';

/**
 * Each injected script: its entry, the file the background names, and its import aliases
 * (`chromeAlias`: in the Chrome build only).
 */
export const SCRIPTS: {
  entry: string;
  file: string;
  name: string;
  alias?: Record<string, string>;
  chromeAlias?: Record<string, string>;
}[] = [
  {
    entry: 'src/entries/content.ts',
    file: DETECTOR_FILE,
    name: 'readerAssistantDetector',
    // The one script every page loads: the few calls it makes, not the whole polyfill
    // (src/platform/chrome-browser.ts). The article module keeps the polyfill (storage, …).
    chromeAlias: { 'webextension-polyfill': resolve('src/platform/chrome-browser.ts') },
  },
  // The article module and its three later parts (src/page/shared/injected-modules.ts): the page first
  // parses and runs only what resolves the plan and hides the clutter.
  {
    entry: 'src/entries/content-article.ts',
    file: ARTICLE_MODULE_FILE,
    name: 'readerAssistantArticle',
  },
  {
    entry: 'src/entries/content-planner.ts',
    file: INJECTED_FILES.planner,
    name: 'readerAssistantPlanner',
  },
  {
    entry: 'src/entries/content-extras.ts',
    file: INJECTED_FILES.extras,
    name: 'readerAssistantExtras',
  },
  {
    entry: 'src/entries/content-reader.ts',
    file: INJECTED_FILES.reader,
    name: 'readerAssistantReader',
  },
];

/**
 * Builds the detector (`src/entries/content.ts`) and the article module
 * (`src/entries/content-article.ts`) as self-contained IIFEs next to the extension, for
 * `scripting.registerContentScripts` / `executeScript({ files })`. Neither is a declared
 * content script: the detector runs on every page only while the user has granted host access
 * for automatic detection, and the article module only loads on pages the detector called
 * articles, so the script every page pays for stays small (and the article module's later parts
 * only load where a page needs them). A standalone IIFE also runs ~3 ms
 * after DOMContentLoaded instead of ~50 ms through crxjs's dynamic-import loader
 * (shared/notes/browser-testing.md). Also writes the page stylesheet the background inserts.
 */
export function articleModule(options: { outDir: string; define: Record<string, string> }): Plugin {
  return {
    name: 'reader-assistant:article-module',
    apply: 'build',
    async closeBundle() {
      for (const script of SCRIPTS) await buildScript(script, options);
      writeFileSync(
        join(options.outDir, PAGE_CSS_FILE),
        pageCss(JSON.parse(options.define.__BROWSER__ ?? '"chrome"') as TargetBrowser),
      );
    },
  };
}

/** The import aliases one injected script is built with for `browser`. */
export function aliasesFor(
  script: (typeof SCRIPTS)[number],
  browser: 'chrome' | 'firefox',
): Record<string, string> {
  return {
    ...script.alias,
    ...(browser === 'chrome' ? script.chromeAlias : {}),
    // Firefox's own `browser` (the polyfill is a no-op there): src/platform/firefox-browser.ts.
    ...(browser === 'firefox'
      ? { 'webextension-polyfill': resolve('src/platform/firefox-browser.ts') }
      : {}),
  };
}

async function buildScript(
  script: (typeof SCRIPTS)[number],
  options: { outDir: string; define: Record<string, string> },
): Promise<void> {
  const firefox = options.define.__BROWSER__ === JSON.stringify('firefox');
  await build({
    configFile: false,
    logLevel: 'warn',
    // The same libraries as the pages, rewritten the same way (vite-plugin-parse-markup.ts).
    plugins: [parseMarkupWithoutInnerHtml()],
    define: options.define,
    resolve: { alias: aliasesFor(script, firefox ? 'firefox' : 'chrome') },
    build: {
      outDir: options.outDir,
      emptyOutDir: false,
      target: 'es2022',
      // RA_MINIFY=0 keeps function names readable in a profile (bench/browser/stall-probe.ts --trace).
      minify: process.env.RA_MINIFY !== '0',
      lib: {
        entry: script.entry,
        formats: ['iife'],
        name: script.name,
        fileName: () => script.file,
      },
    },
  });
}
