import { defineConfig } from 'vite';
import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import baseManifest from './manifest.json' with { type: 'json' };
import { manifestFor, type TargetBrowser } from './scripts/manifest-for.ts';
import { articleModule } from './scripts/vite-plugin-article-module.ts';
import { noRawHtml } from './scripts/vite-plugin-no-raw-html.ts';
import { parseMarkupWithoutInnerHtml } from './scripts/vite-plugin-parse-markup.ts';

// One source manifest; what differs per browser is derived here at build time.
export default defineConfig(({ mode }) => {
  const browser: TargetBrowser = mode === 'firefox' ? 'firefox' : 'chrome';
  const define = { __BROWSER__: JSON.stringify(browser) };
  return {
    plugins: [
      noRawHtml(),
      parseMarkupWithoutInnerHtml(),
      preact(),
      crx({
        manifest: manifestFor(baseManifest, browser),
        browser,
      }),
      articleModule({ outDir: `dist/${browser}`, define }),
    ],
    define,
    build: {
      outDir: `dist/${browser}`,
      emptyOutDir: true,
      target: 'es2022',
      sourcemap: false,
      rollupOptions: {
        input: {
          popup: 'popup.html',
          library: 'library.html',
          welcome: 'welcome.html',
          // Framed in articles (web-accessible): the user's notes are shown only there.
          highlightToolbar: 'highlight-toolbar.html',
          // Chrome's service worker plans articles in an offscreen document (Firefox's
          // background page has a DOM of its own).
          ...(browser === 'chrome' ? { offscreen: 'offscreen.html' } : {}),
        },
      },
    },
    server: { port: 5173, strictPort: true, hmr: { port: 5173 } },
  };
});
