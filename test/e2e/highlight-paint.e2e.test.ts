/**
 * Highlights must really paint, not only be registered: a screenshot of a recognised money
 * figure on the seed page shows the money colour behind its text, and plain article text
 * next to it does not.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BROWSER_NAMES } from './support/launch';
import type { TestPage } from './support/extension-browser';
import { decodePng } from './support/png';
import {
  openClipping,
  openLibraryPage,
  openPage,
  openPopupFor,
  saveFromPopup,
  useExtensionSession,
} from './support/session';
import { highlightColour } from '../../src/ui/shared/highlight-colours';

interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * A predicate for pixels of `colour` (the shared definition the page and the reader paint from,
 * `rgba(r, g, b, a)`) laid over the page's white, give or take antialiasing.
 */
function tintOf(colour: string): (r: number, g: number, b: number) => boolean {
  const [r, g, b, a] = (/rgba\(([^)]+)\)/.exec(colour)?.[1] ?? '').split(',').map(Number);
  const over = (c: number | undefined) => (c ?? 0) * (a ?? 1) + 255 * (1 - (a ?? 1));
  const want = [over(r), over(g), over(b)];
  return (...got) => got.every((c, i) => Math.abs(c - (want[i] ?? 0)) <= 20);
}

/** The user's green box, rgba(102, 187, 106, 0.4) over the page's white: about (194, 228, 195). */
const isUserGreen = tintOf(highlightColour('green'));

/** The money colour, rgba(255, 179, 0, 0.4) over the page's white: about (255, 225, 153). */
const isMoneyTint = tintOf(highlightColour('money'));

function tintedShare(
  png: Uint8Array,
  rect: Rect,
  isTint: (r: number, g: number, b: number) => boolean = isMoneyTint,
): number {
  const { width, data } = decodePng(png);
  let tinted = 0;
  let total = 0;
  for (let y = Math.ceil(rect.y); y < Math.floor(rect.y + rect.height); y++) {
    for (let x = Math.ceil(rect.x); x < Math.floor(rect.x + rect.width); x++) {
      const i = (y * width + x) * 4;
      total += 1;
      if (isTint(data[i] ?? 0, data[i + 1] ?? 0, data[i + 2] ?? 0)) tinted += 1;
    }
  }
  return total === 0 ? 0 : tinted / total;
}

/** Scrolls the first occurrence of `text` into view and returns its box in the viewport. */
const boxOf = (page: TestPage, text: string) =>
  page.evaluate((t) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const at = n.nodeValue?.indexOf(t) ?? -1;
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(n, at);
      range.setEnd(n, at + t.length);
      (n.parentElement as Element).scrollIntoView({ block: 'center' });
      const r = range.getClientRects()[0];
      return r ? { x: r.x, y: r.y, width: r.width, height: r.height } : null;
    }
    return null;
  }, text);

describe.each(BROWSER_NAMES)('highlight painting in %s', (name) => {
  const session = useExtensionSession(name, { hostAccess: 'granted' });
  let page: TestPage;
  const dir = mkdtempSync(join(tmpdir(), 'ra-paint-'));

  beforeAll(async () => {
    page = await openPage(session, '/seed/laichau.html', 'article');
    await page.waitFor(
      () => document.querySelector('[data-reader-assistant-ui]') !== null,
      null,
      15000,
    );
  }, 90000);

  it('paints the money colour behind a recognised figure, and not behind the words around it', async () => {
    const figure = await boxOf(page, '202,6 tỷ đồng');
    const words = await boxOf(page, 'Dịch Covid-19 đã tác động');
    expect(figure).not.toBeNull();
    expect(words).not.toBeNull();
    const shot = join(dir, `${name}.png`);
    await page.screenshot(shot);
    const png = readFileSync(shot);
    expect(tintedShare(png, figure as Rect)).toBeGreaterThan(0.5);
    expect(tintedShare(png, words as Rect)).toBeLessThan(0.05);
  });

  it("paints the reader's own highlight in its colour over its text, and keeps it there as the page scrolls", async () => {
    const words = 'Dịch Covid-19 đã tác động';
    const box = await boxOf(page, words);
    expect(box).not.toBeNull();
    const { x, y, width, height } = box as Rect;
    await page.drag({ x: x + 1, y: y + height / 2 }, { x: x + width - 1, y: y + height / 2 });
    await page.clickInFrame('highlight-toolbar.html', '[data-testid="highlight-green"]');
    // The box is drawn in the next frame, in our closed root: only the pixels can tell.
    const shotOf = async (label: string) => {
      const shot = join(dir, `${name}-${label}.png`);
      await page.screenshot(shot);
      return readFileSync(shot);
    };
    await expect
      .poll(async () => tintedShare(await shotOf('user'), box as Rect, isUserGreen), {
        timeout: 5000,
      })
      .toBeGreaterThan(0.4);
    // Scrolled: the box moves with its text.
    await page.evaluate(() => window.scrollBy(0, 150), null);
    const after = await page.evaluate((w) => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const at = n.nodeValue?.indexOf(w) ?? -1;
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(n, at);
        range.setEnd(n, at + w.length);
        const r = range.getClientRects()[0];
        return r ? { x: r.x, y: r.y, width: r.width, height: r.height } : null;
      }
      return null;
    }, words);
    expect(after).not.toBeNull();
    expect(Math.abs((after as Rect).y - y)).toBeGreaterThan(100);
    expect(tintedShare(await shotOf('scrolled'), after as Rect, isUserGreen)).toBeGreaterThan(0.4);
    // Plain article text next to it stays untouched.
    const plain = await boxOf(page, 'Tổng mức bán lẻ hàng hóa');
    expect(tintedShare(await shotOf('plain'), plain as Rect, isUserGreen)).toBeLessThan(0.05);
  });

  it('the library reader paints the highlight and the figures in the colours the page does', async () => {
    const popup = await openPopupFor(session, '/seed/laichau.html');
    await saveFromPopup(popup);
    await popup.close();
    const library = await openLibraryPage(session);
    await openClipping(library, 'Lai Châu');
    const painted = await library.evaluate(() => {
      const body = document.querySelector('[data-testid="reader-content"]');
      const colourOf = (find: (m: HTMLElement) => boolean) => {
        const mark = [...(body?.querySelectorAll<HTMLElement>('mark') ?? [])].find(find);
        return mark ? getComputedStyle(mark).backgroundColor : null;
      };
      return {
        user: colourOf((m) => (m.textContent ?? '').includes('Dịch Covid-19')),
        money: colourOf((m) => m.textContent === '202,6 tỷ đồng'),
        percent: colourOf((m) => m.textContent === '41,6%'),
      };
    }, null);
    // The green the reader chose on the page, not the reader's old yellow; figures by kind.
    expect(painted).toEqual({
      user: highlightColour('green'),
      money: highlightColour('money'),
      percent: highlightColour('percent'),
    });
    await library.close();
  });
});
