/**
 * Readable text on the extension's own pages in both browsers. Chromium gives extension pages
 * a `body { font-size: 75% }` of its own; with our size set on `:root` alone, every control of
 * the popup, welcome page, library and reader came out at 10.5 px there (tags 8.9 px, list
 * details 9.5 px) while Firefox showed 14 px. The computed sizes are read from the built pages.
 */
import { describe, expect, it } from 'vitest';
import type { TestPage } from './support/extension-browser';
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
/** Body text and controls. */
const BODY_MIN = 13;
/** Secondary text (tag chips, a list row's details): 0.9 of the body size. */
const SECONDARY_MIN = 12.5;

/** The computed font size (px) of the first element matching each selector; NaN if none. */
const sizesOf = (page: TestPage, selectors: string[]) =>
  page.evaluate(
    (list) =>
      list.map((s) => {
        const e = document.querySelector(s);
        return e ? parseFloat(getComputedStyle(e).fontSize) : NaN;
      }),
    selectors,
  );

async function expectSizes(page: TestPage, wanted: Record<string, number>): Promise<void> {
  const selectors = Object.keys(wanted);
  const sizes = await sizesOf(page, selectors);
  const found = Object.fromEntries(selectors.map((s, i) => [s, sizes[i]]));
  for (const s of selectors) {
    expect(found[s], `${s}: ${JSON.stringify(found)}`).toBeGreaterThanOrEqual(wanted[s] ?? 0);
  }
}

describe.each(BROWSER_NAMES)('text size of the extension pages in %s', (name) => {
  const session = useExtensionSession(name, { hostAccess: 'granted' });

  it('the popup: its text and controls', async () => {
    await openPage(session, SEED, 'article');
    const popup = await openPopupFor(session, SEED);
    await popup.waitFor(
      () => document.querySelector('[data-testid="page-verdict"]') !== null,
      null,
    );
    await expectSizes(popup, {
      body: BODY_MIN,
      '[data-testid="page-verdict"]': BODY_MIN,
      '[data-testid="save-clipping"]': BODY_MIN,
      '[data-testid="tags-input"]': BODY_MIN,
      '[data-testid="note-field"]': BODY_MIN,
    });
    // Saved with a tag, for the library's chips below.
    await popup.type('[data-testid="tags-input"]', 'năng lượng');
    await saveFromPopup(popup);
    await popup.close();
  });

  it('the welcome page', async () => {
    const welcome = await session.browser.newPage();
    await welcome.goto(session.browser.extensionUrl('welcome.html'));
    await welcome.waitFor(() => document.querySelector('button') !== null, null);
    await expectSizes(welcome, { body: BODY_MIN, 'main p': BODY_MIN, button: BODY_MIN });
    await welcome.close();
  });

  it('the library list and the reader', async () => {
    const library = await openLibraryPage(session);
    await library.waitFor(() => document.querySelector('.tag-list .tag') !== null, null, 30000);
    await expectSizes(library, {
      body: BODY_MIN,
      '[data-testid="open-clipping"]': BODY_MIN,
      '.clip-meta': SECONDARY_MIN,
      '.tag-list .tag': SECONDARY_MIN,
    });
    // The list's rows have a fixed height (clipping-list.tsx): the larger text still fits in it.
    const cut = await library.evaluate(() => {
      const row = document.querySelector<HTMLElement>('[data-testid="clipping-item"]');
      const body = row?.querySelector<HTMLElement>('.clip-body');
      if (!row || !body) return null;
      const bottom = Math.max(...[...body.children].map((c) => c.getBoundingClientRect().bottom));
      return bottom - row.getBoundingClientRect().bottom;
    }, null);
    expect(cut).not.toBeNull();
    expect(cut as number).toBeLessThanOrEqual(0);
    await openClipping(library, 'Lai Châu');
    await expectSizes(library, {
      '[data-testid="close-reader"]': BODY_MIN,
      '.reader-settings button': BODY_MIN,
      '.reader-settings select': BODY_MIN,
      '.tag-editor .tag': SECONDARY_MIN,
      '[data-testid="tag-input"]': BODY_MIN,
    });
    await library.close();
  });
});
