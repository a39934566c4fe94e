/**
 * The page UI speaks the browser's language: with Chromium (`--lang=vi`) and Firefox
 * (`intl.locale.requested` = vi, Debian's firefox-esr-l10n-vi) in Vietnamese, the built
 * extension's legend, figure tooltips, in-page reader buttons, highlight toolbar, article offer
 * and the popup's "Why?" reasons hold no English word. "English" is every word of the English
 * messages that the Vietnamese messages do not use, and the words the page UI used to hard-code.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BROWSER_NAMES } from './support/launch';
import { hoverText, useArticleInHand, useExtensionSession } from './support/session';
import { sendToContent } from './support/tab-id';

const SEED = '/seed/laichau.html';
const BORDERLINE = '/e2e/borderline-article.html?id=4711';

const wordsOf = (text: string) =>
  text
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter((w) => w.length >= 2);
const messageWords = (lang: string) => {
  const file = `${process.cwd()}/public/_locales/${lang}/messages.json`;
  const messages = JSON.parse(readFileSync(file, 'utf8')) as Record<string, { message: string }>;
  return new Set(Object.values(messages).flatMap((m) => wordsOf(m.message)));
};
const vietnamese = messageWords('vi');
const ENGLISH = new Set(
  [
    ...messageWords('en'),
    // What src/page used to say in English.
    ...['money', 'percent', 'quantity', 'project', 'rising', 'falling', 'down', 'up', 'tonnes'],
    ...['note', 'save', 'delete', 'highlight', 'colour', 'smaller', 'larger', 'close', 'but'],
  ].filter((w) => !vietnamese.has(w)),
);
const englishIn = (text: string) => [...new Set(wordsOf(text).filter((w) => ENGLISH.has(w)))];

/**
 * What a person sees or hears of an element and its descendants (text, labels, titles,
 * placeholders): `host` (an element with a shadow root, or none for the document), then
 * `inner` within it (none: the whole shadow root). Self-contained: it runs in the page.
 */
const perceive = (target: { host: string | null; inner: string | null }): string => {
  const scope = target.host
    ? document.querySelector(target.host)?.shadowRoot
    : (document as unknown as ParentNode);
  if (!scope) return '';
  const root = target.inner ? scope.querySelector(target.inner) : scope;
  if (!root) return '';
  if (root instanceof HTMLElement && root.hidden) return '';
  const all = [...root.querySelectorAll('*')];
  if (root instanceof Element) all.unshift(root);
  const parts: string[] = [];
  for (const e of all)
    for (const a of ['aria-label', 'title', 'placeholder'])
      if (e.hasAttribute(a)) parts.push(e.getAttribute(a) ?? '');
  // Text, without a <style>'s CSS.
  for (const e of [root, ...all])
    for (const n of e.childNodes)
      if (n.nodeType === Node.TEXT_NODE && !(e instanceof HTMLStyleElement))
        parts.push(n.textContent ?? '');
  return parts.join(' | ');
};
const OVERLAY = '[data-reader-assistant-ui=""]';

describe.each(BROWSER_NAMES)('the page UI in Vietnamese in %s', (name) => {
  const session = useExtensionSession(name, { hostAccess: 'granted', lang: 'vi' });
  const seed = useArticleInHand(session);

  it('runs the extension in Vietnamese', async () => {
    const lang = await seed.ext.evaluate(() => {
      const g = globalThis as unknown as {
        browser?: { i18n: { getUILanguage(): string } };
        chrome?: { i18n: { getUILanguage(): string } };
      };
      return (g.browser ?? g.chrome)?.i18n.getUILanguage() ?? '';
    }, null);
    expect(lang).toMatch(/^vi/);
  });

  it('the legend and a falling figure’s tooltip, which says “falling” once', async () => {
    await seed.page.waitFor(
      () => {
        const host = document.querySelector('[data-reader-assistant-ui=""]');
        const legend = host?.shadowRoot?.querySelector('.legend') as HTMLElement | null;
        return !!legend && !legend.hidden && legend.childElementCount > 0;
      },
      null,
      30000,
    );
    const legend = await seed.page.evaluate(perceive, { host: OVERLAY, inner: '.legend' });
    expect(legend).toMatch(/tiền \d+/);
    expect(englishIn(legend), legend).toEqual([]);

    // 41,6 % on the seed is introduced by a fall word.
    await hoverText(seed.page, '41,6%');
    const tooltip = () => seed.page.evaluate(perceive, { host: OVERLAY, inner: '.tooltip' });
    await expect.poll(tooltip, { timeout: 5000 }).toContain('41,6%');
    const text = await tooltip();
    expect(text).toContain('phần trăm');
    expect(text).toContain('▼ giảm');
    expect(text.split('▼').length - 1, text).toBe(1);
    expect(englishIn(text), text).toEqual([]);
  });

  it('the in-page reader view’s buttons', async () => {
    expect(await sendToContent(seed.ext, seed.tabId, 'toggleReaderView', null)).toBe(true);
    const bar = await seed.page.evaluate(perceive, {
      host: '[data-reader-assistant-ui="reader"]',
      inner: '.bar',
    });
    expect(bar).toContain('Chữ nhỏ hơn');
    expect(bar).toContain('A−');
    expect(englishIn(bar), bar).toEqual([]);
    expect(await sendToContent(seed.ext, seed.tabId, 'toggleReaderView', null)).toBe(false);
  });

  it('the highlight toolbar over a selection, over a highlight, and its note editor', async () => {
    // The real toolbar, framed in the article over a selection: its note editor. In a tab of
    // its own, in front (a tab behind gets no frames in Chromium, and the toolbar waits for one).
    const front = await session.browser.newPage();
    await front.goto(session.url(SEED));
    await front.waitFor(
      () => document.documentElement.getAttribute('data-reader-assistant') === 'article',
      null,
    );
    const box = await front.evaluate(() => {
      const quote = 'giá trị sản xuất công nghiệp của tỉnh';
      const article = document.querySelector('.detail-content') as Node;
      const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const at = n.nodeValue?.indexOf(quote) ?? -1;
        if (at < 0) continue;
        (n.parentElement as Element).scrollIntoView({ block: 'center' });
        const range = document.createRange();
        range.setStart(n, at);
        range.setEnd(n, at + quote.length);
        const r = range.getClientRects()[0];
        return r ? { x: r.x, y: r.y, width: r.width, height: r.height } : null;
      }
      return null;
    }, null);
    expect(box).not.toBeNull();
    const { x, y, width, height } = box as { x: number; y: number; width: number; height: number };
    await front.drag({ x: x + 1, y: y + height / 2 }, { x: x + width - 1, y: y + height / 2 });
    await front.clickInFrame('highlight-toolbar.html', '[data-testid="note-button"]');
    const save = await front.readInFrame('highlight-toolbar.html', '[data-testid="note-save"]');
    expect(save).toBe('Lưu ghi chú');
    await front.close();
    for (const hash of ['mode=selection&token=t', 'mode=highlight&token=t&id=a']) {
      await seed.ext.goto(session.browser.extensionUrl(`highlight-toolbar.html#${hash}`));
      await seed.ext.waitFor(() => document.querySelectorAll('#bar button').length > 2, null);
      const bar = await seed.ext.evaluate(perceive, { host: null, inner: '#bar' });
      expect(bar).toMatch(/Tô sáng|Xóa/);
      expect(englishIn(bar), bar).toEqual([]);
    }
  });

  it('the offer on a page close to an article', async () => {
    const borderline = await session.browser.newPage();
    await borderline.goto(session.url(BORDERLINE));
    // The offer sits in a closed shadow root on a bare element after <body>
    // (src/page/detector/offer-article.ts): the page, and so this test's page scripts, see only that.
    await borderline.waitFor(
      () => {
        const last = document.documentElement.lastElementChild;
        return last !== null && last !== document.body && last.getAttributeNames().length === 0;
      },
      null,
      20000,
    );
    // Chromium's DevTools protocol reads into the closed root: its markup is copied into an
    // open root in the same page and perceived like the rest. Firefox has no such reader; the
    // offer's words come from the same code and _locales there.
    if (borderline.htmlWithClosedRoots) {
      const html = await borderline.htmlWithClosedRoots();
      const at = html.indexOf('data-testid="article-offer"');
      expect(at).toBeGreaterThan(0);
      const open = '<template shadowrootmode="closed">';
      const markup = html.slice(
        html.lastIndexOf(open, at) + open.length,
        html.indexOf('</template>', at),
      );
      await borderline.evaluate((m) => {
        const host = document.createElement('div');
        host.setAttribute('data-offer-copy', '');
        host.attachShadow({ mode: 'open' }).innerHTML = m;
        document.documentElement.append(host);
      }, markup);
      const offer = await borderline.evaluate(perceive, {
        host: '[data-offer-copy]',
        inner: null,
      });
      expect(offer).toContain('Ẩn phần thừa');
      expect(englishIn(offer), offer).toEqual([]);
    }
    await borderline.close();
  });

  it('the popup’s “Why?” reasons', async () => {
    await seed.ext.goto(session.browser.extensionUrl(`popup.html?tab=${seed.tabId}`));
    await seed.ext.waitFor(
      () => document.querySelectorAll('[data-testid="verdict-reasons"] li').length > 0,
      null,
    );
    const reasons = await seed.ext.evaluate(
      () => document.querySelector('[data-testid="verdict-reasons"]')?.textContent ?? '',
      null,
    );
    expect(englishIn(reasons), reasons).toEqual([]);
  });
});
