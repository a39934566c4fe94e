import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveFixtures, type FixtureServer } from './support/fixture-server';
import { BROWSER_NAMES, launch } from './support/launch';
import type { ExtensionBrowser } from './support/extension-browser';
import { tabIdOf } from './support/tab-id';

describe.each(BROWSER_NAMES)('foundation in %s', (name) => {
  let browser: ExtensionBrowser;
  let server: FixtureServer;
  beforeAll(async () => {
    server = await serveFixtures();
    browser = await launch(name);
  }, 60000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('runs the content script on the seed page and marks <html> when its pass is done', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/seed/laichau.html`);
    await page.waitFor(() => document.documentElement.hasAttribute('data-reader-assistant'), null);
    const status = await page.evaluate(
      () => document.documentElement.getAttribute('data-reader-assistant'),
      null,
    );
    expect(['article', 'not-article']).toContain(status);
    await page.close();
  });

  it('opens the popup for that tab, which talks to the content script', async () => {
    const page = await browser.newPage();
    const url = `${server.origin}/seed/laichau.html`;
    await page.goto(url);
    await page.waitFor(() => document.documentElement.hasAttribute('data-reader-assistant'), null);
    const popup = await browser.newPage();
    const tabId = await tabIdOf(browser, popup, url);
    await popup.goto(browser.extensionUrl(`popup.html?tab=${tabId}`));
    await popup.waitFor(() => document.querySelector('[data-testid="page-title"]') !== null, null);
    const title = await popup.evaluate(
      () => document.querySelector('[data-testid="page-title"]')?.textContent ?? '',
      null,
    );
    expect(title).toContain('Lai Châu');
    await popup.close();
    await page.close();
  });

  it('keeps a record written from the popup and shows it in the library after a reload', async () => {
    const page = await browser.newPage();
    const url = `${server.origin}/seed/laichau.html`;
    await page.goto(url);
    await page.waitFor(() => document.documentElement.hasAttribute('data-reader-assistant'), null);
    const popup = await browser.newPage();
    const tabId = await tabIdOf(browser, popup, url);
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
    await library.reload();
    await library.waitFor(
      () => document.querySelectorAll('[data-testid="clipping-item"]').length > 0,
      null,
    );
    const items = await library.evaluate(
      () =>
        [...document.querySelectorAll('[data-testid="clipping-item"]')].map(
          (e) => e.textContent ?? '',
        ),
      null,
    );
    expect(items.some((text) => text.includes('Lai Châu'))).toBe(true);
    await Promise.all([library.close(), popup.close(), page.close()]);
  });
});
