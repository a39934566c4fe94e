// @vitest-environment jsdom
// DOMPurify does not sanitise under happy-dom (scripts pass through), so this runs in jsdom.
import { describe, expect, it } from 'vitest';
import { articleFragment } from '../../../src/ui/reader/article-body';
import { sanitizeArticleHtml } from '../../../src/ui/reader/sanitize-article';
import { makeClipping, money } from './library-fixtures';

describe('articleFragment', () => {
  it('sanitises, shows stored images from Blobs, drops remote ones, marks figures', () => {
    const clipping = makeClipping('a', {
      html:
        '<p onclick="x()">Đạt 202,6 tỷ đồng<script>alert(1)</script></p>' +
        '<img src="ra-image:img1" alt="Chè"><img src="https://remote/x.jpg" alt="remote">' +
        '<a href="https://example.com">link</a>',
      figures: [money('202,6 tỷ đồng', 202.6e9, 'VND')],
    });
    const blob = new Blob(['<svg/>'], { type: 'image/svg+xml' });
    const { fragment, urls } = articleFragment(
      clipping,
      [{ id: 'img1', clippingId: 'a', sourceUrl: 'https://x', blob }],
      [],
    );
    const div = document.createElement('div');
    div.append(fragment);
    expect(div.querySelector('script')).toBeNull();
    expect(div.querySelector('[onclick]')).toBeNull();
    expect(div.querySelectorAll('img')).toHaveLength(1);
    expect(div.querySelector('img')?.getAttribute('src')).toBe(urls[0]);
    expect(urls[0]).toMatch(/^blob:/);
    expect(div.textContent).toContain('[remote]');
    expect(div.querySelector('mark.ra-figure')?.textContent).toBe('202,6 tỷ đồng');
    expect(div.querySelector('a')?.getAttribute('rel')).toBe('noopener noreferrer');
  });
});

describe('sanitizeArticleHtml', () => {
  it('keeps ra-image sources and article markup, drops active content', () => {
    const html =
      '<h2>T</h2><figure><img src="ra-image:abc" alt="x"><figcaption>c</figcaption></figure>' +
      '<iframe src="https://evil"></iframe><a href="javascript:alert(1)">j</a><p style="color:red">s</p>';
    const out = sanitizeArticleHtml(html);
    expect(out).toContain('<img src="ra-image:abc" alt="x">');
    expect(out).toContain('<figcaption>c</figcaption>');
    expect(out).not.toMatch(/iframe|javascript:|style=/);
  });
});
