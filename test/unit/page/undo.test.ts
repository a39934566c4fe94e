// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { hideElements } from '../../../src/page/article/hide-clutter';
import { paintHighlights } from '../../../src/page/extras/paint-highlights';
import { buildTextIndex } from '../../../src/page/shared/text-index';
import { markTidied, pageCss } from '../../../src/page/shared/highlight-style';
import { liveCopy } from '../../../src/page/shared/static-range';

const snapshot = (el: Element) => ({
  html: el.outerHTML,
  textNodes: (() => {
    const w = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    const out: string[] = [];
    while (w.nextNode()) out.push((w.currentNode as Text).data);
    return out;
  })(),
});

describe('everything that changes the page can be undone exactly', () => {
  it('hiding is an attribute the page stylesheet acts on, and undo removes exactly that', () => {
    document.head.innerHTML = `<style>${pageCss()}</style>`;
    document.body.innerHTML = '<nav style="color: red">n</nav><aside>a</aside><p>text</p>';
    const before = snapshot(document.body);
    const [nav, aside, p] = ['nav', 'aside', 'p'].map((s) =>
      document.querySelector(s),
    ) as HTMLElement[];
    const unmark = markTidied(document);
    const undo = hideElements([nav as Element, aside as Element]);
    expect(getComputedStyle(nav as Element).display).toBe('none');
    expect(getComputedStyle(aside as Element).display).toBe('none');
    expect(getComputedStyle(p as Element).display).toBe('block');
    expect(nav?.getAttribute('style')).toBe('color: red');
    undo();
    unmark();
    expect(snapshot(document.body)).toEqual(before);
    expect(document.documentElement.getAttributeNames()).toEqual([]);
    expect(getComputedStyle(nav as Element).display).toBe('block');
  });

  it('the page sheet acts on nothing until the page is taken in hand: a page that sets our attributes itself sees no effect', () => {
    document.head.innerHTML = `<style>${pageCss('chrome')}${pageCss('firefox')}</style>`;
    document.body.innerHTML =
      '<nav data-ra-hidden="">n</nav><aside data-ra-hidden="collapsed">a</aside>' +
      '<div data-reader-assistant-ui="" hidden>u</div>';
    const [nav, aside, ui] = Array.from(document.body.children) as HTMLElement[];
    expect(getComputedStyle(nav as Element).display).toBe('block');
    expect(getComputedStyle(aside as Element).width).not.toBe('0px');
    expect(getComputedStyle(ui as Element).display).toBe('none');
    const unmark = markTidied(document);
    expect(getComputedStyle(nav as Element).display).toBe('none');
    expect(getComputedStyle(aside as Element).width).toBe('0px');
    expect(getComputedStyle(ui as Element).display).toBe('contents');
    unmark();
    expect(getComputedStyle(nav as Element).display).toBe('block');
  });

  it('the wrapping fallback re-joins every text node it split', () => {
    document.body.innerHTML =
      '<p>Kim ngạch đạt <b>5,446 triệu</b> USD, giảm 20,6% so với cùng kỳ.</p><p>Chè 110 tấn.</p>';
    const before = snapshot(document.body);
    const index = buildTextIndex([document.body], new Set());
    const spans = ['5,446 triệu USD', '20,6%', '110 tấn', 'Kim'].map((s) => {
      const start = index.text.indexOf(s);
      return { range: index.rangeOf(start, start + s.length) as Range, name: 'ra-money' };
    });
    const painted = paintHighlights(document, spans, true);
    expect(painted.method).toBe('wrap');
    const marks = [...document.querySelectorAll('ra-mark[data-ra-mark]')].map((m) => m.textContent);
    expect(marks).toEqual(['Kim', '5,446 triệu', ' USD', '20,6%', '110 tấn']);
    // What was painted is kept as fixed points over the marks' text (see static-range.ts).
    expect(painted.ranges.map((r) => liveCopy(document, r)?.toString())).toEqual([
      '5,446 triệu USD',
      '20,6%',
      '110 tấn',
      'Kim',
    ]);
    painted.undo();
    expect(snapshot(document.body)).toEqual(before);
  });
});
