import { resolve } from 'node:path';
import { existsSync } from 'node:fs';
import { chromium, type Page } from 'playwright-core';
import type { ExtensionBrowser, TestPage } from './extension-browser';

export const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/**
 * Launches Debian Chromium with the built extension (dist/chrome) as a user would load it
 * unpacked (`extension: false`: the same browser without it, the baseline of visual checks).
 */
export async function launchChromium(
  options: { headless?: boolean; dir?: string; extension?: boolean } = {},
): Promise<ExtensionBrowser> {
  if (!existsSync(CHROME_PATH)) {
    throw new Error(
      `No Chromium at ${CHROME_PATH}. Install it (apt-get install chromium) or set CHROME_PATH.`,
    );
  }
  const dir = resolve(options.dir ?? 'dist/chrome');
  const withExtension = options.extension !== false;
  // Playwright adds --disable-extensions itself; --disable-extensions-except overrides it.
  const extensionArgs = withExtension
    ? [`--disable-extensions-except=${dir}`, `--load-extension=${dir}`]
    : [];
  const context = await chromium.launchPersistentContext('', {
    executablePath: CHROME_PATH,
    headless: options.headless ?? true,
    args: [...extensionArgs, '--disable-gpu', '--lang=en-US'],
    viewport: { width: 1280, height: 900 },
    locale: 'en-US',
  });
  let id = '';
  if (withExtension) {
    const worker =
      context.serviceWorkers()[0] ??
      (await context.waitForEvent('serviceworker', { timeout: 20000 }));
    id = new URL(worker.url()).host;
  }
  const wrap = (page: Page): TestPage => ({
    goto: async (url) => {
      await page.goto(url, { waitUntil: 'load' });
    },
    reload: async () => {
      await page.reload({ waitUntil: 'load' });
    },
    // Playwright's `Unboxed<A>` is A for the plain JSON values the scenarios pass.
    evaluate: <R, A>(fn: (arg: A) => R | Promise<R>, arg: A) =>
      page.evaluate(fn as (arg: unknown) => R | Promise<R>, arg as unknown),
    waitFor: async (fn, arg, timeoutMs = 15000) => {
      await page.waitForFunction(fn as (arg: unknown) => boolean, arg as unknown, {
        timeout: timeoutMs,
        polling: 50,
      });
    },
    // Playwright's CSS engine already pierces open shadow roots.
    click: async (selector) => {
      await page.click(selector.replace(/^>>> /, ''));
    },
    type: async (selector, text) => {
      await page.fill(selector.replace(/^>>> /, ''), text);
    },
    press: (chord) => page.keyboard.press(chord),
    hover: (point) => page.mouse.move(point.x, point.y, { steps: 3 }),
    drag: async (from, to) => {
      await page.mouse.move(from.x, from.y);
      await page.mouse.down();
      await page.mouse.move(to.x, to.y, { steps: 5 });
      await page.mouse.up();
    },
    screenshot: async (path, fullPage = false) => {
      await page.screenshot({ path, fullPage });
    },
    close: () => page.close(),
  });
  return {
    name: 'chromium',
    extensionUrl: (path) => `chrome-extension://${id}/${path.replace(/^\//, '')}`,
    newPage: async () => wrap(await context.newPage()),
    // Context-level events include extension pages and the service worker.
    onRequest: (listener) => context.on('request', (request) => listener(request.url())),
    close: () => context.close(),
  };
}
