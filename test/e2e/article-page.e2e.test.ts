import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { BROWSER_NAMES } from './support/launch';
import type { TestPage } from './support/extension-browser';
import { sendToContent, tabIdOf } from './support/tab-id';
import { hoverText, openPage, useExtensionSession } from './support/session';

const articleParagraphs = readFileSync('test/fixtures/seed/laichau.article.txt', 'utf8')
  .split(/\n\s*\n/)
  .map((p) => p.replace(/\s+/g, ' ').trim())
  .filter(Boolean);
const labels = JSON.parse(readFileSync('test/fixtures/seed/seed-laichau.labels.json', 'utf8')) as {
  figures: { text: string }[];
  projects: { text: string; name: string }[];
};
const CLUTTER = [
  'Bạn thấy bài viết này thế nào?',
  'Có thể bạn quan tâm',
  'Tin mới nhất',
  'Tin cùng chuyên mục',
  'Xem thêm',
  'Phiên bản di động',
];

const visibleText = (page: TestPage) =>
  page.evaluate(() => document.body.innerText.replace(/\s+/g, ' '), null);

/** Texts of the ranges our highlights paint, read in the page's own world. */
const paintedTexts = (page: TestPage, names: string[]) =>
  page.evaluate((ns) => {
    type Registry = { get(n: string): Iterable<AbstractRange> | undefined };
    const registry = (CSS as unknown as { highlights?: Registry }).highlights;
    const out: { name: string; text: string; inArticle: boolean }[] = [];
    const article = document.querySelector('.detail');
    for (const name of ns) {
      // Registered as StaticRanges (fixed points, not live): read through a live copy.
      for (const fixed of registry?.get(name) ?? []) {
        const range = document.createRange();
        range.setStart(fixed.startContainer, fixed.startOffset);
        range.setEnd(fixed.endContainer, fixed.endOffset);
        out.push({
          name,
          text: range.toString(),
          inArticle: Boolean(article?.contains(range.commonAncestorContainer)),
        });
      }
      for (const mark of Array.from(document.querySelectorAll(`[data-ra-mark="${name}"]`))) {
        out.push({
          name,
          text: mark.textContent ?? '',
          inArticle: Boolean(article?.contains(mark)),
        });
      }
    }
    return out;
  }, names);

describe.each(BROWSER_NAMES)('article page in %s', (name) => {
  const session = useExtensionSession(name, { hostAccess: 'granted' });
  const SEED = '/seed/laichau.html';
  let page: TestPage;
  let ext: TestPage;
  let tabId: number;

  beforeAll(async () => {
    page = await openPage(session, SEED);
    ext = await session.browser.newPage();
    tabId = await tabIdOf(session.browser, ext, session.url(SEED));
  }, 90000);

  it('detects the seed page as an article and hides its clutter, keeping every word of the article', async () => {
    expect(
      await page.evaluate(
        () => document.documentElement.getAttribute('data-reader-assistant'),
        null,
      ),
    ).toBe('article');
    const text = await visibleText(page);
    for (const paragraph of articleParagraphs) expect(text).toContain(paragraph);
    // Planned in the extension (Chrome's offscreen document, Firefox's background page) from a
    // copy of the page, not on the page's main thread.
    const state = await sendToContent<{ planSource: string | null }>(
      ext,
      tabId,
      'getPageState',
      null,
    );
    expect(state.planSource).toBe('extension');
    for (const clutter of CLUTTER) expect(text).not.toContain(clutter);
    expect(text).toContain('Hải Linh');
    const image = await page.evaluate(() => {
      const img = document.querySelector('img[src*="che-lai-chau"]');
      const r = img?.getBoundingClientRect();
      return r ? r.width * r.height : 0;
    }, null);
    expect(image).toBeGreaterThan(0);
  });

  it('highlights the 20 labelled figures and the labelled projects, only inside the article', async () => {
    const figures = await paintedTexts(page, ['ra-money', 'ra-percent', 'ra-quantity']);
    expect(figures.map((f) => f.text).sort()).toEqual(labels.figures.map((f) => f.text).sort());
    expect(figures.every((f) => f.inArticle)).toBe(true);
    const projects = await paintedTexts(page, ['ra-project']);
    for (const project of labels.projects)
      expect(projects.some((p) => p.text.includes(project.name))).toBe(true);
    expect(projects.every((p) => p.inArticle)).toBe(true);
  });

  it('lists the figures in the popup and scrolls to one when its row is clicked', async () => {
    const popup = await session.browser.newPage();
    await popup.goto(session.browser.extensionUrl(`popup.html?tab=${tabId}`));
    await popup.waitFor(
      () => document.querySelectorAll('[data-testid="figure-row"]').length > 0,
      null,
    );
    const rows = await popup.evaluate(
      () => document.querySelectorAll('[data-testid="figure-row"]').length,
      null,
    );
    expect(rows).toBe(labels.figures.length);
    // Each row says what its figure measures, for when (read when the popup asked).
    const firstRecord = await popup.evaluate(
      () => document.querySelector('[data-testid="figure-record"]')?.textContent ?? '',
      null,
    );
    expect(firstRecord).toMatch(/^giá trị sản xuất công nghiệp · .*Lai Châu.* · 2020-04 · −41,6%/);
    await popup.close();
  });

  it('says what a figure is on keyboard stepping, on hover and when its popup row is clicked', async () => {
    const tooltip = () =>
      page.evaluate(() => {
        const host = document.querySelector('[data-reader-assistant-ui=""]');
        const tip = host?.shadowRoot?.querySelector('.tooltip') as HTMLElement | null | undefined;
        return tip && !tip.hidden ? (tip.textContent ?? '') : '';
      }, null);
    await page.press('Alt+Shift+ArrowDown');
    await expect.poll(tooltip, { timeout: 5000 }).toMatch(/money.*202\.600\.000\.000 VND/);

    await hoverText(page, '41,6%');
    await expect.poll(tooltip, { timeout: 5000 }).toMatch(/percent.*41,6%/);

    const popup = await session.browser.newPage();
    await popup.goto(session.browser.extensionUrl(`popup.html?tab=${tabId}`));
    await popup.waitFor(
      () => document.querySelectorAll('[data-testid="figure-row"]').length > 2,
      null,
    );
    await popup.click('[data-testid="figure-row"]:nth-child(3)');
    await expect.poll(tooltip, { timeout: 5000 }).toMatch(/money.*23\.800\.000\.000 VND/);
    await popup.close();
  });

  it('remembers the highlight toggles for the next page', async () => {
    await sendToContent(ext, tabId, 'setHighlights', { figures: false, projects: true });
    const again = await openPage(session, SEED, 'article');
    // The status attribute is set once the page's highlights are painted.
    expect(await paintedTexts(again, ['ra-money', 'ra-percent', 'ra-quantity'])).toEqual([]);
    expect((await paintedTexts(again, ['ra-project'])).length).toBeGreaterThan(0);
    await again.close();
    await sendToContent(ext, tabId, 'setHighlights', { figures: true, projects: true });
  });

  it('turning highlights and clutter hiding off restores the page exactly', async () => {
    const original = await page.evaluate(async () => {
      const html = await (await fetch(location.href)).text();
      const parsed = new DOMParser().parseFromString(html, 'text/html');
      return Array.from(parsed.body.querySelectorAll('*')).map(
        (e) => `${e.tagName}|${e.getAttribute('style') ?? ''}|${e.textContent?.length ?? 0}`,
      );
    }, null);
    await sendToContent(ext, tabId, 'setHighlights', { figures: false, projects: false });
    await sendToContent(ext, tabId, 'setClutterHidden', { hidden: false });
    const now = await page.evaluate(
      () =>
        Array.from(document.body.querySelectorAll('*'))
          .filter((e) => !e.classList.contains('ads-float'))
          .map(
            (e) => `${e.tagName}|${e.getAttribute('style') ?? ''}|${e.textContent?.length ?? 0}`,
          ),
      null,
    );
    expect(now).toEqual(original);
    expect(
      await paintedTexts(page, ['ra-money', 'ra-percent', 'ra-quantity', 'ra-project']),
    ).toEqual([]);
    const text = await visibleText(page);
    for (const clutter of CLUTTER) expect(text).toContain(clutter);
    // And back on, for the user who toggles twice.
    await sendToContent(ext, tabId, 'setClutterHidden', { hidden: true });
    await sendToContent(ext, tabId, 'setHighlights', { figures: true, projects: true });
    expect(await visibleText(page)).not.toContain('Tin mới nhất');
  });

  it('opens a reader view with the whole article and closes back to the page as it was', async () => {
    const before = await page.evaluate(
      () => ({ y: window.scrollY, style: document.documentElement.getAttribute('style') }),
      null,
    );
    expect(await sendToContent(ext, tabId, 'toggleReaderView', null)).toBe(true);
    const reader = await page.evaluate(() => {
      const host = document.querySelector('[data-reader-assistant-ui="reader"]');
      const view = host?.shadowRoot?.querySelector('[data-testid="reader-view"]') as
        HTMLElement | null | undefined;
      return {
        text: view?.innerText.replace(/\s+/g, ' ') ?? '',
        images: view?.querySelectorAll('img').length ?? 0,
      };
    }, null);
    for (const paragraph of articleParagraphs) expect(reader.text).toContain(paragraph);
    for (const clutter of CLUTTER) expect(reader.text).not.toContain(clutter);
    expect(reader.images).toBe(1);
    expect(await sendToContent(ext, tabId, 'toggleReaderView', null)).toBe(false);
    const after = await page.evaluate(
      () => ({
        y: window.scrollY,
        style: document.documentElement.getAttribute('style'),
        hosts: document.querySelectorAll('[data-reader-assistant-ui="reader"]').length,
      }),
      null,
    );
    expect(after).toEqual({ ...before, hosts: 0 });
  });

  it('finds an article that a client-rendered page builds after load, and hides its clutter', async () => {
    const late = await openPage(session, '/e2e/late-article.html');
    await late.waitFor(
      () => document.documentElement.getAttribute('data-reader-assistant') === 'article',
      null,
      15000,
    );
    await late.waitFor(() => document.querySelectorAll('[data-ra-hidden]').length > 0, null, 15000);
    const text = await visibleText(late);
    expect(text).toContain('Harbour Point Offshore Wind Farm');
    expect(text).toContain('By Dana Whitfield');
    expect(text).not.toContain('Latest news');
    expect(text).not.toContain('Privacy');
    await late.close();
  });

  /** The seed with `script` run at its end: where its plan came from, and the text left visible. */
  async function seedRunning(
    path: string,
    script: string,
  ): Promise<{ planSource: string | null; text: string }> {
    session.server.addPage(
      path,
      readFileSync('test/fixtures/seed/laichau.html', 'utf8').replace(
        '</body>',
        `<script>${script}</script></body>`,
      ),
    );
    const page = await openPage(session, path, 'article');
    await page.waitFor(() => document.querySelectorAll('[data-ra-hidden]').length > 0, null, 15000);
    // A fresh extension page: Firefox's reload of the one already showing the library races.
    const asker = await session.browser.newPage();
    const id = await tabIdOf(session.browser, asker, session.url(path));
    const state = await sendToContent<{ planSource: string | null }>(
      asker,
      id,
      'getPageState',
      null,
    );
    await asker.close();
    const text = await visibleText(page);
    await page.close();
    return { planSource: state.planSource, text };
  }

  it('plans in the page, with Readability injected then, when no copy of the page matches it', async () => {
    // The seed with a script that builds what HTML cannot say (a <div> in a <p>: re-parsed, the
    // copy has one more element), so no copy's addresses fit the live page. (A page that only
    // changes while its copy is planned keeps the extension's plan: plan-page.ts.)
    const { planSource, text } = await seedRunning(
      '/generated/changing-seed.html',
      'const p = document.createElement("p"); p.append(document.createElement("div")); document.body.append(p)',
    );
    expect(planSource).toBe('page');
    for (const paragraph of articleParagraphs) expect(text).toContain(paragraph);
    for (const clutter of CLUTTER) expect(text).not.toContain(clutter);
  });

  it("keeps the extension's plan on a page that keeps adding elements while its copy is planned", async () => {
    const { planSource, text } = await seedRunning(
      '/generated/growing-seed.html',
      'setInterval(() => document.body.append(document.createElement("i")), 5)',
    );
    expect(planSource).toBe('extension');
    for (const paragraph of articleParagraphs) expect(text).toContain(paragraph);
    for (const clutter of CLUTTER) expect(text).not.toContain(clutter);
  });

  it('leaves a page that is not an article untouched', async () => {
    // The detector looked and said so when asked (openPage), and left no mark in the page.
    const home = await openPage(session, '/e2e/home.html', 'not-article');
    const result = await home.evaluate(
      () => ({
        status: document.documentElement.getAttribute('data-reader-assistant'),
        hidden: document.querySelectorAll('[data-ra-hidden], [style*="display: none"]').length,
        marks: document.querySelectorAll('ra-mark').length,
        ours: document.querySelectorAll('[data-reader-assistant-ui]').length,
      }),
      null,
    );
    expect(result).toEqual({ status: null, hidden: 0, marks: 0, ours: 0 });
    await home.close();
  });

  it('offers the article view on a page close to an article, and taking it tidies the page', async () => {
    // A plain story that declares nothing (test/fixtures/e2e/borderline-article.html): the
    // detector puts it just under the line.
    const path = '/e2e/borderline-article.html?id=4711';
    const page = await openPage(session, path, 'not-article');
    // The offer is in a closed shadow root on a bare element after <body>: the page, and so
    // this test, sees only that element (src/page/detector/offer-article.ts).
    const offerShown = () => {
      const last = document.documentElement.lastElementChild;
      return (
        last !== null &&
        last !== document.body &&
        last.tagName === 'DIV' &&
        last.shadowRoot === null &&
        last.getAttributeNames().length === 0
      );
    };
    await page.waitFor(offerShown, null);
    // Nothing is hidden until the reader takes the offer.
    expect(
      await page.evaluate(() => document.querySelectorAll('[data-ra-hidden]').length, null),
    ).toBe(0);
    // As a keyboard user reaches it: from the end of the page backwards, its × and then its
    // "Tidy" button (focus inside a closed root shows the page only the host); Enter takes it.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur(), null);
    await page.press('Shift+Tab');
    await page.press('Shift+Tab');
    expect(
      await page.evaluate(
        () => document.activeElement === document.documentElement.lastElementChild,
        null,
      ),
    ).toBe(true);
    await page.press('Enter');
    await page.waitFor(() => document.querySelectorAll('[data-ra-hidden]').length > 0, null);
    const after = await page.evaluate(
      () => ({
        offer: Array.from(document.documentElement.children).some(
          (e) => e.tagName === 'DIV' && e.getAttributeNames().length === 0,
        ),
        text: document.body.innerText.replace(/\s+/g, ' '),
      }),
      null,
    );
    expect(after.offer).toBe(false);
    expect(after.text).toContain('The city council has approved plans for six new bus lanes');
    await page.close();
  });
});
