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
import { openPage, useExtensionSession } from './support/session';

interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The money colour, rgba(255, 179, 0, 0.4) over the page's white: about (255, 225, 153). */
const isMoneyTint = (r: number, g: number, b: number) =>
  r > 235 && g > 205 && g < 240 && b > 120 && b < 185;

function tintedShare(png: Uint8Array, rect: Rect): number {
  const { width, data } = decodePng(png);
  let tinted = 0;
  let total = 0;
  for (let y = Math.ceil(rect.y); y < Math.floor(rect.y + rect.height); y++) {
    for (let x = Math.ceil(rect.x); x < Math.floor(rect.x + rect.width); x++) {
      const i = (y * width + x) * 4;
      total += 1;
      if (isMoneyTint(data[i] ?? 0, data[i + 1] ?? 0, data[i + 2] ?? 0)) tinted += 1;
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
});
