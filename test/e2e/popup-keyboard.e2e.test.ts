/**
 * The popup as a keyboard user meets it (issue #25, item 4): Save is a few Tab presses from
 * opening it, the figures table is one Tab stop however many rows it has, and a page already in
 * the library says so. Also the verdict in words (item 5) and "on this page" for a page with
 * no figures.
 */
import { describe, expect, it } from 'vitest';
import { BROWSER_NAMES } from './support/launch';
import type { TestPage } from './support/extension-browser';
import { openPage, openPopupFor, saveFromPopup, useExtensionSession } from './support/session';

const SEED = '/seed/laichau.html';

/** Puts focus where a freshly opened popup has it: on the document, before the first control. */
async function focusTop(popup: TestPage): Promise<void> {
  // Keys reach the tab in front only; moving the pointer over this page brings it there.
  await popup.hover({ x: 0, y: 0 });
  await popup.evaluate(() => {
    document.body.tabIndex = -1;
    document.body.focus();
    document.body.removeAttribute('tabindex');
  }, null);
}

/** The data-testid (or tag) of the focused element. */
const focused = (popup: TestPage) =>
  popup.evaluate(() => {
    const e = document.activeElement;
    if (!e || e === document.body) return 'body';
    return e.getAttribute('data-testid') ?? e.tagName.toLowerCase();
  }, null);

describe.each(BROWSER_NAMES)('the popup with the keyboard in %s', (name) => {
  const session = useExtensionSession(name, { hostAccess: 'granted' });

  it('reaches Save within 5 Tab presses, and passes the whole figures table with one', async () => {
    const page = await openPage(session, SEED, 'article');
    const popup = await openPopupFor(session, SEED);
    await popup.waitFor(
      () => document.querySelectorAll('[data-testid="figure-row"]').length > 5,
      null,
    );
    await focusTop(popup);
    const path: string[] = [];
    for (let i = 0; i < 5 && !path.includes('save-clipping'); i++) {
      await popup.press('Tab');
      path.push(await focused(popup));
    }
    expect(path, `focus went ${path.join(' → ')}`).toContain('save-clipping');
    expect(path).toEqual(expect.arrayContaining(['tags-input', 'note-field']));

    // On through the rest of the popup: the table's rows take one stop between them; there
    // arrow keys walk the rows, and the focused row's outline is drawn inside it, where the
    // scroll box cannot clip it.
    const rest: string[] = [];
    let row: { index: number; outline: string; offset: number } | null = null;
    for (let i = 0; i < 30; i++) {
      await popup.press('Tab');
      const at = await focused(popup);
      if (at === 'body' || rest.includes(at) || path.includes(at)) break;
      rest.push(at);
      if (at !== 'figure-row' || row) continue;
      await popup.press('ArrowDown');
      await popup.press('ArrowDown');
      row = await popup.evaluate(() => {
        const e = document.activeElement as HTMLElement;
        const style = getComputedStyle(e);
        return {
          index: [...document.querySelectorAll('tbody tr')].indexOf(e),
          outline: style.outlineStyle,
          offset: parseFloat(style.outlineOffset),
        };
      }, null);
    }
    const rowStops = rest.filter((s) => s === 'figure-row' || s === 'project-row');
    expect(rest, rest.join(' → ')).toContain('figure-row');
    expect(rowStops).toHaveLength(1);
    expect(row?.index).toBe(2);
    expect(row?.outline).toBe('solid');
    expect(row?.offset).toBeLessThan(0);
    await Promise.all([popup.close(), page.close()]);
  });

  it('on a page already in the library, says since when, links to it and offers to update it', async () => {
    const page = await openPage(session, SEED, 'article');
    const first = await openPopupFor(session, SEED);
    await first.waitFor(() => document.querySelector('[data-testid="tags-input"]') !== null, null);
    await saveFromPopup(first);
    await first.close();

    const popup = await openPopupFor(session, SEED);
    await popup.waitFor(
      () => document.querySelector('[data-testid="already-saved"]') !== null,
      null,
    );
    const state = await popup.evaluate(
      () => ({
        text: document.querySelector('[data-testid="already-saved"]')?.textContent ?? '',
        link: document.querySelector('[data-testid="open-saved"]')?.textContent ?? '',
        button: document.querySelector('[data-testid="save-clipping"]')?.textContent ?? '',
      }),
      null,
    );
    const today = new Intl.DateTimeFormat('en', { dateStyle: 'medium' }).format(new Date());
    expect(state.text).toContain(`In your library since ${today}.`);
    expect(state.link).toBe('Open in library');
    expect(state.button).toBe('Update clipping');
    await popup.click('[data-testid="save-clipping"]');
    await popup.waitFor(
      () =>
        /your library is updated/.test(
          document.querySelector('[data-testid="save-status"]')?.textContent ?? '',
        ),
      null,
      30000,
    );
    await Promise.all([popup.close(), page.close()]);
  });

  it('says the verdict in words, splits "Why?" into what says article and what says not', async () => {
    const page = await openPage(session, SEED, 'article');
    const popup = await openPopupFor(session, SEED);
    await popup.click('[data-testid="page-verdict"]');
    const verdict = await popup.evaluate(
      () => ({
        label: document.querySelector('[data-testid="verdict-label"]')?.textContent ?? '',
        line: document.querySelector('[data-testid="page-verdict"]')?.textContent ?? '',
        headings: [...document.querySelectorAll('.reason-group h3')].map((h) => h.textContent),
        article: document.querySelectorAll('[data-testid="reasons-article"] li').length,
        text: document.querySelector('[data-testid="verdict-reasons"]')?.textContent ?? '',
      }),
      null,
    );
    expect(verdict.label).toMatch(/^(News article|Probably a news article)$/);
    expect(verdict.line).not.toMatch(/%/);
    expect(verdict.headings[0]).toBe('What says article');
    expect(verdict.article).toBeGreaterThan(0);
    expect(verdict.text).not.toMatch(/\bbut\b/);
    await Promise.all([popup.close(), page.close()]);
  });

  it('on a page that is not an article, finds no figures "on this page"', async () => {
    const page = await openPage(session, '/e2e/home.html', 'not-article');
    const popup = await openPopupFor(session, '/e2e/home.html');
    await popup.waitFor(() => document.querySelector('[data-testid="no-figures"]') !== null, null);
    const text = await popup.evaluate(
      () => document.querySelector('[data-testid="no-figures"]')?.textContent ?? '',
      null,
    );
    expect(text).toBe('No economic figures or project names found on this page.');
    await Promise.all([popup.close(), page.close()]);
  });
});
