import { beforeAll, describe, expect, it } from 'vitest';
import { BROWSER_NAMES } from './support/launch';
import {
  openClipping,
  openLibraryPage,
  openPage,
  openPopupFor,
  saveFromPopup,
  useExtensionSession,
} from './support/session';

const SEED = '/seed/laichau.html';

describe.each(BROWSER_NAMES)('network requests in %s', (name) => {
  const session = useExtensionSession(name, { hostAccess: 'granted' });
  const requests: string[] = [];
  beforeAll(() => session.browser.onRequest((url) => requests.push(url)), 90000);

  it('are only the page and its own images, through detect, highlight, save, library and export', async () => {
    const page = await openPage(session, SEED, 'article');
    const popup = await openPopupFor(session, SEED);
    await saveFromPopup(popup);
    const library = await openLibraryPage(session);
    // Capture downloads instead of saving files.
    await library.evaluate(() => {
      URL.createObjectURL = () => 'blob:captured';
    }, null);
    await openClipping(library, 'Lai Châu');
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
        url.origin === session.server.origin &&
        (url.pathname === SEED ||
          url.pathname.startsWith('/seed/images/') ||
          url.pathname === '/favicon.ico' ||
          url.pathname === '/ajax/interest')
      );
    };
    expect(web.filter((u) => !allowed(u))).toEqual([]);
    expect(web.some((u) => u.endsWith(SEED))).toBe(true);
    // And the server saw nothing else either (catches what per-page listeners cannot).
    expect(session.server.requests.filter((p) => !allowed(`${session.server.origin}${p}`))).toEqual(
      [],
    );
    await Promise.all([library.close(), popup.close(), page.close()]);
  });
});
