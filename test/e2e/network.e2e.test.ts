import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveFixtures, type FixtureServer } from './support/fixture-server';
import { BROWSER_NAMES, launch } from './support/launch';
import type { ExtensionBrowser } from './support/extension-browser';
import { tabIdOf } from './support/tab-id';

const SEED = '/seed/laichau.html';

describe.each(BROWSER_NAMES)('network requests in %s', (name) => {
  let browser: ExtensionBrowser;
  let server: FixtureServer;
  const requests: string[] = [];
  beforeAll(async () => {
    server = await serveFixtures();
    browser = await launch(name);
    browser.onRequest((url) => requests.push(url));
  }, 90000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('are only the page and its own images, through detect, highlight, save, library and export', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.origin}${SEED}`);
    await page.waitFor(
      () => document.documentElement.getAttribute('data-reader-assistant') === 'article',
      null,
    );
    const popup = await browser.newPage();
    const tabId = await tabIdOf(browser, popup, `${server.origin}${SEED}`);
    await popup.goto(browser.extensionUrl(`popup.html?tab=${tabId}`));
    await popup.waitFor(
      () => document.querySelector('[data-testid="save-clipping"]') !== null,
      null,
    );
    await popup.click('[data-testid="save-clipping"]');
    await popup.waitFor(
      () => /saved/.test(document.querySelector('[data-testid="save-status"]')?.textContent ?? ''),
      null,
    );
    const library = await browser.newPage();
    await library.goto(browser.extensionUrl('library.html'));
    await library.waitFor(
      () => document.querySelectorAll('[data-testid="clipping-item"]').length > 0,
      null,
    );
    await library.evaluate(() => {
      // Capture downloads instead of saving files.
      URL.createObjectURL = () => 'blob:captured';
      document
        .querySelector<HTMLElement>('[data-testid="clipping-item"] [data-testid="open-clipping"]')
        ?.click();
    }, null);
    await library.waitFor(
      () =>
        (document.querySelector('[data-testid="reader-content"]')?.textContent ?? '').length > 300,
      null,
    );
    const exported: string[] = [];
    for (const id of ['export-markdown', 'export-json', 'export-csv', 'export-bibtex']) {
      const present = await library.evaluate(
        (t) => document.querySelector(`[data-testid="${t}"]`) !== null,
        id,
      );
      if (!present) continue;
      await library.click(`[data-testid="${id}"]`);
      exported.push(id);
    }
    expect(exported.length).toBeGreaterThanOrEqual(3);
    await new Promise((r) => setTimeout(r, 1000));

    const web = requests.filter((u) => /^https?:/.test(u));
    const allowed = (u: string) => {
      const url = new URL(u);
      return (
        url.origin === server.origin &&
        (url.pathname === SEED ||
          url.pathname.startsWith('/seed/images/') ||
          url.pathname === '/favicon.ico' ||
          url.pathname === '/ajax/interest')
      );
    };
    expect(web.filter((u) => !allowed(u))).toEqual([]);
    expect(web.some((u) => u.endsWith(SEED))).toBe(true);
    // And the server saw nothing else either (catches what per-page listeners cannot).
    expect(server.requests.filter((p) => !allowed(`${server.origin}${p}`))).toEqual([]);
    await Promise.all([library.close(), popup.close(), page.close()]);
  });
});
