import { describe, expect, it } from 'vitest';
import { BROWSER_NAMES } from './support/launch';
import { openPage, useExtensionSession } from './support/session';

describe.each(BROWSER_NAMES)('extension reloaded under an open page in %s', (name) => {
  const session = useExtensionSession(name, { hostAccess: 'granted' });

  it('the old content script steps aside: Chrome leaves the page as it was, Firefox lets the new version take over without doubling anything', async () => {
    const page = await openPage(session, '/seed/laichau.html', 'article');
    expect(
      await page.evaluate(() => document.querySelectorAll('[data-ra-hidden]').length, null),
    ).toBeGreaterThan(0);

    const ext = await session.browser.newPage();
    await ext.goto(session.browser.extensionUrl('library.html'));
    await ext
      .evaluate(() => {
        const g = globalThis as unknown as {
          browser?: { runtime: { reload(): void } };
          chrome?: { runtime: { reload(): void } };
        };
        setTimeout(() => (g.browser ?? g.chrome)?.runtime.reload(), 50);
      }, null)
      .catch(() => undefined);

    // The user comes back to the tab: whatever notices first (the port, or this interaction) cleans up.
    await new Promise((r) => setTimeout(r, 1500));
    await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')), null);
    const visibleUi = () =>
      page.evaluate(
        () =>
          Array.from(document.querySelectorAll('[data-reader-assistant-ui]')).filter(
            (e) => getComputedStyle(e).display !== 'none',
          ).length,
        null,
      );
    if (name === 'chromium') {
      // Chrome does not inject the new version into open tabs: the old script undid its changes.
      await page.waitFor(() => document.body.innerText.includes('Tin mới nhất'), null, 10000);
      expect(await visibleUi()).toBe(0);
    } else {
      // Firefox injects the new version into open tabs: it clears the old one's traces first.
      await new Promise((r) => setTimeout(r, 1500));
      expect(
        await page.evaluate(() => document.body.innerText.includes('Tin mới nhất'), null),
      ).toBe(false);
      expect(await visibleUi()).toBe(1);
      expect(
        await page.evaluate(
          () => document.querySelectorAll('[data-reader-assistant-ui]').length,
          null,
        ),
      ).toBe(1);
    }
  });
});
