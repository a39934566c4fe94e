import { describe, expect, it } from 'vitest';
import { BROWSER_NAMES } from './support/launch';
import { openPage, openPopupFor, saveFromPopup, useExtensionSession } from './support/session';

const SEED = '/seed/laichau.html';

/** The part of the runtime API the clone probe uses, in either browser's namespace. */
interface ProbeRuntime {
  runtime: {
    sendMessage(message: unknown): Promise<unknown>;
    onMessage: {
      addListener(
        listener: (message: unknown, sender: unknown, reply: (answer: unknown) => void) => void,
      ): void;
    };
  };
}

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

  it('carries messages by structured clone (a Date stays a Date, an undefined field stays)', async () => {
    // Chrome does so only when the manifest asks (message_serialization); Firefox always does.
    // The page's copy for the planner is then copied, not escaped as JSON.
    const [listener, sender] = [await session.browser.newPage(), await session.browser.newPage()];
    await listener.goto(session.browser.extensionUrl('library.html'));
    await sender.goto(session.browser.extensionUrl('library.html'));
    await listener.evaluate(() => {
      const api = ((globalThis as { browser?: ProbeRuntime }).browser ??
        (globalThis as unknown as { chrome: ProbeRuntime }).chrome) as ProbeRuntime;
      api.runtime.onMessage.addListener((message, _sender, reply) => {
        const m = message as { probe?: string; when?: unknown };
        if (m.probe !== 'clone') return;
        reply({ date: m.when instanceof Date, undefinedKept: 'gone' in m });
      });
    }, null);
    const answer = await sender.evaluate(() => {
      const api = ((globalThis as { browser?: ProbeRuntime }).browser ??
        (globalThis as unknown as { chrome: ProbeRuntime }).chrome) as ProbeRuntime;
      return api.runtime.sendMessage({ probe: 'clone', when: new Date(0), gone: undefined });
    }, null);
    expect(answer).toEqual({ date: true, undefinedKept: true });
    await Promise.all([listener.close(), sender.close()]);
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
