// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { buildTextIndex } from '../../../src/page/shared/text-index';

function page(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body;
}

describe('article text index', () => {
  it('collapses whitespace, separates blocks by a newline and maps spans back to the DOM', () => {
    const body = page(
      '<h1> Lai  Châu </h1><p>Giá trị đạt\n   <b>202,6 tỷ</b> đồng, giảm <i>41,6%</i>.</p><p>Hết.</p>',
    );
    const index = buildTextIndex([body], new Set());
    expect(index.text).toBe('Lai Châu\nGiá trị đạt 202,6 tỷ đồng, giảm 41,6%.\nHết.');
    const start = index.text.indexOf('202,6 tỷ đồng');
    const range = index.rangeOf(start, start + '202,6 tỷ đồng'.length);
    expect(range?.toString()).toBe('202,6 tỷ đồng');
    const pct = index.text.indexOf('41,6%');
    expect(index.rangeOf(pct, pct + 5)?.toString()).toBe('41,6%');
  });

  it('normalises combining diacritics to NFC while ranges cover the original characters', () => {
    const nfd = 'Thủy điện Nậm Voi'.normalize('NFD');
    const body = page(`<p>Dự án ${nfd} đạt 600 MW</p>`);
    const index = buildTextIndex([body], new Set());
    expect(index.text).toBe('Dự án Thủy điện Nậm Voi đạt 600 MW'.normalize('NFC'));
    const start = index.text.indexOf('Thủy điện Nậm Voi');
    const range = index.rangeOf(start, start + 'Thủy điện Nậm Voi'.length);
    expect(range?.toString()).toBe(nfd);
    const mw = index.text.indexOf('600 MW');
    expect(index.rangeOf(mw, mw + 6)?.toString()).toBe('600 MW');
  });

  it('finds the offset of a point in the page, through collapsed spaces and NFD text', () => {
    const nfd = 'Thủy điện Nậm Voi'.normalize('NFD');
    const body = page(`<p>Dự   án <b>${nfd}</b> đạt 600 MW</p>`);
    const index = buildTextIndex([body], new Set());
    const name = index.text.indexOf('Nậm Voi');
    const points = index.pointsOf(name, name + 'Nậm Voi'.length);
    expect(points).not.toBeNull();
    expect(index.offsetOf(points?.startContainer as Text, points?.startOffset ?? -1)).toBe(name);
    const p = body.querySelector('p')?.firstChild as Text;
    // The third of three spaces was collapsed into the first: it maps to the next character.
    expect(index.offsetOf(p, 4)).toBe(index.text.indexOf('án'));
    expect(index.offsetOf(document.createTextNode('elsewhere'), 0)).toBeNull();
  });

  it('skips hidden subtrees, scripts and styles', () => {
    const body = page(
      '<p>Kept 5 tấn</p><aside id="x"><p>Related 9 tấn</p></aside><script>var a = "7 tấn"</script><p hidden>h</p>',
    );
    const index = buildTextIndex([body], new Set([document.getElementById('x') as Element]));
    expect(index.text).toBe('Kept 5 tấn');
  });

  it('returns null for a span whose nodes left the page', () => {
    const body = page('<p>One two three</p>');
    const index = buildTextIndex([body], new Set());
    body.innerHTML = '<p>gone</p>';
    expect(index.rangeOf(0, 3)).toBeNull();
  });
});
