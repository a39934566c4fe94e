import { describe, expect, it } from 'vitest';
import { BROWSER_NAMES } from './support/launch';
import { openPage, openPopupFor, saveFromPopup, useExtensionSession } from './support/session';

const SEED = '/seed/laichau.html';

describe.each(BROWSER_NAMES)('foundation in %s', (name) => {
  const session = useExtensionSession(name, { hostAccess: 'granted' });

  it('runs the content script on the seed page and marks <html> when its pass is done', async () => {
    const page = await openPage(session, SEED);
    const status = await page.evaluate(
      () => document.documentElement.getAttribute('data-reader-assistant'),
      null,
    );
    expect(['article', 'not-article']).toContain(status);
    await page.close();
  });

  it('opens the popup for that tab, which talks to the content script', async () => {
    const page = await openPage(session, SEED);
    const popup = await openPopupFor(session, SEED);
    await popup.waitFor(() => document.querySelector('[data-testid="page-title"]') !== null, null);
    const title = await popup.evaluate(
      () => document.querySelector('[data-testid="page-title"]')?.textContent ?? '',
      null,
    );
    expect(title).toContain('Lai Châu');
    await Promise.all([popup.close(), page.close()]);
  });

  it('keeps a record written from the popup and shows it in the library after a reload', async () => {
    const page = await openPage(session, SEED);
    const popup = await openPopupFor(session, SEED);
    await saveFromPopup(popup);

    const library = await session.browser.newPage();
    await library.goto(session.browser.extensionUrl('library.html'));
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
