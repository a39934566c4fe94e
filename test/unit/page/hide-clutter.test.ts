// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { BIG_SUBTREE, hideBatches, hideElements } from '../../../src/page/article/hide-clutter';
import { HIDDEN_ATTRIBUTE } from '../../../src/page/shared/highlight-style';

const size = (el: Element) => el.getElementsByTagName('*').length + 1;
const hidden = () => document.querySelectorAll(`[${HIDDEN_ATTRIBUTE}]`).length;
/** Waits (a few ms at a time) until `done()` holds. */
async function until(done: () => boolean): Promise<void> {
  for (let i = 0; i < 100 && !done(); i++) await new Promise((r) => setTimeout(r, 5));
}

/** A page with small clutter around the article and one sitemap far bigger than a batch. */
function page(sitemapItems: number): { nav: Element; sitemap: Element; footer: Element } {
  const items = Array.from({ length: sitemapItems }, (_, i) => `<li><a href="/${i}">${i}</a></li>`);
  document.body.innerHTML =
    '<nav><a href="/">Home</a></nav><article><p>Text of the article.</p></article>' +
    `<div class="sitemap"><ul class="a">${items.slice(0, sitemapItems / 2).join('')}</ul>` +
    `<ul class="b">${items.slice(sitemapItems / 2).join('')}</ul></div><footer>f</footer>`;
  const q = (s: string) => document.querySelector(s) as Element;
  return { nav: q('nav'), sitemap: q('.sitemap'), footer: q('footer') };
}

describe('hiding clutter in batches', () => {
  it('batches stay under the limit, go from the end of the page up, and take a big subtree out from its children up', () => {
    const { nav, sitemap, footer } = page(600);
    const batches = [...hideBatches([nav, sitemap, footer], 100)];
    const order = batches.flat();
    for (const batch of batches) {
      // A batch holds whole subtrees of at most the limit, plus the emptied parents they leave.
      const full = batch.filter((el) => size(el) <= 100);
      expect(full.reduce((n, el) => n + size(el), 0)).toBeLessThanOrEqual(100);
    }
    expect(order[0]).toBe(footer);
    expect(order[order.length - 1]).toBe(nav);
    // The sitemap and its lists come after all their items, the first list's items first.
    const li = Array.from(sitemap.querySelectorAll('li'));
    expect(order.indexOf(sitemap)).toBeGreaterThan(order.indexOf(li[li.length - 1] as Element));
    expect(order.indexOf(li[0] as Element)).toBeLessThan(order.indexOf(li[1] as Element));
    // Everything hidden is inside what was asked for, and all of it is covered.
    for (const el of order) expect([nav, sitemap, footer].some((r) => r.contains(el))).toBe(true);
    expect(order).toContain(sitemap);
  });

  it('hides a page of ordinary clutter at once', () => {
    const { nav, sitemap, footer } = page(20);
    const undo = hideElements([nav, sitemap, footer], false, 'pieces', () => new Promise(() => {}));
    expect([nav, sitemap, footer].map((el) => el.getAttribute(HIDDEN_ATTRIBUTE))).toEqual([
      '',
      '',
      '',
    ]);
    undo();
    expect(document.querySelectorAll(`[${HIDDEN_ATTRIBUTE}]`)).toHaveLength(0);
  });

  it('hides a huge subtree one batch per frame, and undo in the middle stops and restores everything', async () => {
    const { nav, sitemap, footer } = page(BIG_SUBTREE * 2);
    const frames: Array<() => void> = [];
    const waitFrame = (change: () => void) =>
      new Promise<void>((resolve) =>
        frames.push(() => {
          change();
          resolve();
        }),
      );
    const frame = async () => {
      await until(() => frames.length > 0);
      frames.shift()?.();
      await new Promise((r) => setTimeout(r, 0));
    };
    const undo = hideElements([nav, sitemap, footer], false, 'pieces', waitFrame);
    // Neither the task that read the styles nor any before the frame changes anything.
    expect(hidden()).toBe(0);
    await until(() => frames.length > 0);
    expect(hidden()).toBe(0);
    await frame();
    const first = hidden();
    expect(first).toBeGreaterThan(0);
    expect(sitemap.hasAttribute(HIDDEN_ATTRIBUTE)).toBe(false);
    await frame();
    expect(hidden()).toBeGreaterThan(first);
    undo();
    expect(hidden()).toBe(0);
    frames.shift()?.();
    await new Promise((r) => setTimeout(r, 5));
    expect(hidden()).toBe(0);
  });

  it('finishes hiding a huge subtree with the subtree itself, and says when it is done', async () => {
    const { nav, sitemap, footer } = page(BIG_SUBTREE * 2);
    const waitFrame = (change: () => void) =>
      new Promise<void>((resolve) =>
        setTimeout(() => {
          change();
          resolve();
        }, 0),
      );
    const hiding = hideElements([nav, sitemap, footer], false, 'pieces', waitFrame);
    // Settled once the last batch has gone: the subtree itself, after its children.
    await hiding.settled;
    expect([nav, sitemap, footer].every((el) => el.getAttribute(HIDDEN_ATTRIBUTE) === '')).toBe(
      true,
    );
  });

  it('makes the pieces smaller after a frame that took long to render, and never bigger than at first', async () => {
    const { nav, sitemap, footer } = page(BIG_SUBTREE * 2);
    const renderMs: number[] = [80, 80, 5, 5, 5];
    const counts: number[] = [];
    const waitFrame = async (change: () => void) => {
      await new Promise((r) => setTimeout(r, 0));
      change();
      counts.push(hidden());
      return renderMs.shift() ?? 5;
    };
    hideElements([nav, sitemap, footer], false, 'pieces', waitFrame);
    await until(() => nav.hasAttribute(HIDDEN_ATTRIBUTE));
    const pieces = counts.map((n, k) => n - (k > 0 ? (counts[k - 1] as number) : 0));
    // Each batch is counted after the frame before it: the one after a slow frame is smaller.
    expect(pieces[1]).toBeLessThan((pieces[0] as number) / 2);
    expect(Math.max(...pieces)).toBeLessThanOrEqual(1500 + 2);
  });

  it('collapses huge blocks instead where that is the cheaper way, in the next frame with the rest', async () => {
    const { nav, sitemap, footer } = page(BIG_SUBTREE * 2);
    const comments = document.createElement('section');
    comments.innerHTML = '<div><b>Reader</b> <span>Nice</span></div>'.repeat(BIG_SUBTREE);
    nav.after(comments);
    const order: string[] = [];
    const seen = new MutationObserver((records) => {
      for (const r of records) order.push((r.target as Element).tagName.toLowerCase());
    });
    seen.observe(document.body, {
      attributes: true,
      subtree: true,
      attributeFilter: [HIDDEN_ATTRIBUTE],
    });
    hideElements([nav, comments, sitemap, footer], false, 'collapse');
    expect(hidden()).toBe(0);
    await until(() => footer.hasAttribute(HIDDEN_ATTRIBUTE));
    seen.disconnect();
    expect(sitemap.getAttribute(HIDDEN_ATTRIBUTE)).toBe('collapsed');
    expect(comments.getAttribute(HIDDEN_ATTRIBUTE)).toBe('collapsed');
    expect([nav, footer].map((el) => el.getAttribute(HIDDEN_ATTRIBUTE))).toEqual(['', '']);
    expect(sitemap.querySelectorAll(`[${HIDDEN_ATTRIBUTE}]`)).toHaveLength(0);
    expect(order.sort()).toEqual(['div', 'footer', 'nav', 'section']);
  });

  it('with keepWidth, a sidebar in a flex row keeps its slot; other clutter is taken out', () => {
    document.body.innerHTML =
      '<header>h</header><div style="display: flex"><main><p>Text</p></main><aside>side</aside></div>';
    const header = document.querySelector('header') as Element;
    const aside = document.querySelector('aside') as Element;
    hideElements([header, aside], true);
    expect(aside.getAttribute(HIDDEN_ATTRIBUTE)).toBe('in-place');
    expect(header.getAttribute(HIDDEN_ATTRIBUTE)).toBe('');
  });
});
