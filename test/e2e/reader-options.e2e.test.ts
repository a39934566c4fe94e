import { beforeAll, describe, expect, it } from 'vitest';
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
import { sendToContent, tabIdOf } from './support/tab-id';

/** Our own page built like a wire story: timestamp and lead photo outside the story's block. */
const LEAD = '/pages/en-lead-photo-story.html';
const TITLE = 'Harbour freight volumes rose 4.2% in the first quarter';

/** What of the page's header a reader sees after tidying (each part: shown and laid out). */
const headerShown = (page: TestPage) =>
  page.evaluate(() => {
    const shown = (el: Element | null) =>
      el !== null &&
      el.closest('[data-ra-hidden]') === null &&
      el.getClientRects().length > 0 &&
      getComputedStyle(el).visibility !== 'hidden';
    const img = document.querySelector<HTMLImageElement>('img[src="images/lead-harbour.svg"]');
    return {
      timestamp: shown(document.querySelector('[data-key="timestamp"]')),
      image: shown(img) && (img?.getBoundingClientRect().width ?? 0) > 100,
      caption: shown(document.querySelector('[data-key="embed-caption"]')),
      related: shown(document.querySelector('.StoryFooter')),
      paragraph: shown(document.querySelector('.StoryBody p')),
    };
  }, null);

/** The reader view's parts, read through its open shadow root. */
const readerView = (page: TestPage) =>
  page.evaluate(() => {
    const root = document.querySelector('[data-reader-assistant-ui="reader"]')?.shadowRoot;
    const shell = root?.querySelector<HTMLElement>('[data-testid="reader-view"]');
    const article = root?.querySelector('article');
    const date = root?.querySelector('[data-testid="reader-view-date"]');
    const style = article ? getComputedStyle(article) : null;
    return {
      open: shell != null,
      date: date?.textContent ?? null,
      datetime: date?.getAttribute('datetime') ?? null,
      images: article?.querySelectorAll('img').length ?? 0,
      text: (article?.textContent ?? '').replace(/\s+/g, ' '),
      background: shell ? getComputedStyle(shell).backgroundColor : '',
      maxWidth: style?.maxWidth ?? '',
      lineHeight: style?.lineHeight ?? '',
      fontFamily: style?.fontFamily ?? '',
      width: root?.querySelector<HTMLSelectElement>('[data-testid="reader-view-width"]')?.value,
      time: root?.querySelector('[data-testid="reader-view-time"]')?.textContent ?? '',
      play: root?.querySelector('[data-testid="reader-view-play"]') != null,
      canSpeak: 'speechSynthesis' in window && 'SpeechSynthesisUtterance' in window,
    };
  }, null);

describe.each(BROWSER_NAMES)('date, lead photo and reader options in %s', (name) => {
  const session = useExtensionSession(name, { hostAccess: 'granted' });
  let page: TestPage;
  let ext: TestPage;
  let tabId: number;

  beforeAll(async () => {
    page = await openPage(session, LEAD, 'article');
    ext = await session.browser.newPage();
    tabId = await tabIdOf(session.browser, ext, session.url(LEAD));
  }, 90000);

  it('keeps the timestamp and the lead photo with its caption visible after tidying', async () => {
    expect(await headerShown(page)).toEqual({
      timestamp: true,
      image: true,
      caption: true,
      related: false,
      paragraph: true,
    });
  });

  it('shows the date from the metadata in the reader view, in the stored look', async () => {
    // The look the library's reader (or an earlier reader view) left in storage.local.
    await ext.evaluate(async () => {
      type Api = { storage: { local: { set(value: object): Promise<void> } } };
      const g = globalThis as unknown as { browser?: Api; chrome?: Api };
      const api = g.browser ?? g.chrome;
      if (!api) throw new Error('no extension API');
      await api.storage.local.set({
        readerLook: {
          theme: 'sepia',
          fontSize: 20,
          font: 'sans',
          width: 'narrow',
          spacing: 'loose',
        },
      });
    }, null);
    expect(await sendToContent(ext, tabId, 'toggleReaderView', null)).toBe(true);
    const view = await readerView(page);
    expect(view.open).toBe(true);
    expect(view.datetime).toBe('2024-04-26T15:20:00Z');
    expect(view.date).toMatch(/April 2[67], 2024/);
    expect(view.images).toBe(1);
    expect(view.text).toContain('Cranes load containers onto a feeder ship');
    expect(view.background).toBe('rgb(244, 236, 216)');
    expect(view.maxWidth).toBe('640px');
    expect(view.lineHeight).toBe('40px');
    expect(view.fontFamily).toMatch(/sans-serif/);
    expect(view.width).toBe('narrow');
    expect(view.time).toMatch(/1 min read/);
    // Read-aloud is offered exactly where the browser can speak (headless builds may not).
    expect(view.play).toBe(view.canSpeak);
    expect(await sendToContent(ext, tabId, 'toggleReaderView', null)).toBe(false);
  });

  it('library reader: font, width, spacing and sepia apply, persist and reach the reader view', async () => {
    const popup = await openPopupFor(session, LEAD);
    await saveFromPopup(popup);
    await popup.close();
    const library = await openLibraryPage(session);
    await openClipping(library, TITLE);
    const choose = (pairs: [string, string][]) =>
      library.evaluate((list) => {
        for (const [id, value] of list) {
          const select = document.querySelector<HTMLSelectElement>(`[data-testid="${id}"]`);
          if (!select) throw new Error(`no ${id}`);
          select.value = value;
          select.dispatchEvent(new Event('change', { bubbles: true }));
        }
      }, pairs);
    await choose([
      ['reader-theme', 'sepia'],
      ['reader-readerFont', 'sans'],
      ['reader-readerWidth', 'wide'],
      ['reader-readerSpacing', 'tight'],
    ]);
    const look = () =>
      library.evaluate(() => {
        const article = document.querySelector('.reader-article');
        const reader = document.querySelector('main.reader');
        const style = article ? getComputedStyle(article) : null;
        const size = style ? parseFloat(style.fontSize) : 0;
        return {
          background: reader ? getComputedStyle(reader).backgroundColor : '',
          measure: style ? Math.round(parseFloat(style.maxWidth) / size) : 0,
          lineHeight: style ? Math.round((parseFloat(style.lineHeight) / size) * 100) / 100 : 0,
          sans: /sans-serif/.test(style?.fontFamily ?? ''),
          time: document.querySelector('[data-testid="reading-time"]')?.textContent ?? '',
          play: document.querySelector('[data-testid="read-aloud-play"]') != null,
          canSpeak: 'speechSynthesis' in window && 'SpeechSynthesisUtterance' in window,
        };
      }, null);
    const expected = {
      background: 'rgb(244, 236, 216)',
      measure: 52,
      lineHeight: 1.45,
      sans: true,
    };
    await library.waitFor(
      () =>
        getComputedStyle(document.querySelector('main.reader') as Element).backgroundColor ===
        'rgb(244, 236, 216)',
      null,
    );
    const first = await look();
    expect(first).toMatchObject(expected);
    expect(first.time).toMatch(/1 min read/);
    expect(first.play).toBe(first.canSpeak);
    // Kept as settings: the same look after the library is opened again.
    // (The address keeps the open clipping, so it opens again by itself.)
    await library.reload();
    await library.waitFor(
      () =>
        (document.querySelector('[data-testid="reader-content"]')?.textContent ?? '').length > 40,
      null,
    );
    await library.waitFor(
      () =>
        getComputedStyle(document.querySelector('main.reader') as Element).backgroundColor ===
        'rgb(244, 236, 216)',
      null,
    );
    expect(await look()).toMatchObject(expected);
    await library.close();
    // And the reader view over the page starts from it.
    expect(await sendToContent(ext, tabId, 'toggleReaderView', null)).toBe(true);
    const view = await readerView(page);
    expect(view.width).toBe('wide');
    expect(view.background).toBe('rgb(244, 236, 216)');
    expect(await sendToContent(ext, tabId, 'toggleReaderView', null)).toBe(false);
  });

  it('figures view ranks values within each unit and names each group', async () => {
    const library = await openLibraryPage(session);
    await library.waitFor(
      () => document.querySelector('[data-testid="figures-view"]') !== null,
      null,
    );
    await library.click('[data-testid="figures-view"]');
    await library.waitFor(
      () => document.querySelector('[data-testid="figure-row"]') !== null,
      null,
    );
    const groups = await library.evaluate(() => {
      const out: { group: string; values: number[] }[] = [];
      for (const row of document.querySelectorAll('[data-testid="figures-table"] tbody tr')) {
        if (row.matches('[data-testid="figure-group"]'))
          out.push({ group: row.textContent ?? '', values: [] });
        else {
          // Values are written in the article's language (en: 1,234.5).
          const cell = row.querySelectorAll('td')[2]?.textContent ?? '';
          out.at(-1)?.values.push(Number(cell.replace(/,/g, '')));
        }
      }
      return out;
    }, null);
    expect(groups.length).toBeGreaterThanOrEqual(2);
    for (const { values } of groups) {
      expect(values).toEqual([...values].sort((a, b) => b - a));
    }
    expect(groups.map((g) => g.group).join(' | ')).toMatch(/USD/);
    await library.close();
  });

  it('copies a Chicago (author-date) citation of the selected clipping', async () => {
    const library = await openLibraryPage(session);
    await library.waitFor(
      () => document.querySelector('[data-testid="clipping-item"] input[type="checkbox"]') !== null,
      null,
    );
    // What the page writes to the clipboard, recorded (a headless browser may refuse the real one).
    await library.evaluate(() => {
      const w = window as unknown as { __copied: string[] };
      w.__copied = [];
      Object.defineProperty(navigator, 'clipboard', {
        configurable: true,
        value: { writeText: async (text: string) => void w.__copied.push(text) },
      });
    }, null);
    await library.click('[data-testid="clipping-item"] input[type="checkbox"]');
    await library.waitFor(
      () => document.querySelector('[data-testid="citation-style"]') !== null,
      null,
    );
    await library.evaluate(() => {
      const select = document.querySelector<HTMLSelectElement>('[data-testid="citation-style"]');
      if (!select) throw new Error('no style');
      select.value = 'chicago';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    }, null);
    await library.click('[data-testid="copy-citation"]');
    await library.waitFor(
      () => (window as unknown as { __copied: string[] }).__copied.length > 0,
      null,
      30000,
    );
    const copied = await library.evaluate(
      () => (window as unknown as { __copied: string[] }).__copied[0] ?? '',
      null,
    );
    // Chicago author-date: Author. Year. “Title.” Site, Month Day. URL.
    expect(copied).toMatch(
      /^Example Wire\. 2024\. “Harbour Freight Volumes Rose 4\.2% in the First Quarter\.” Example Wire, April 26\. https?:\/\/\S+\.$/,
    );
    await library.close();
  });
});
