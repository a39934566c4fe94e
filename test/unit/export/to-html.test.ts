// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { clippingToHtml, EXPORT_CSP } from '../../../src/export/to-html';
import { readImageDataUrls } from '../../../src/export/image-data-urls';
import { enClipping, makeParser, viAnnotations, viClipping, viImages } from './export-fixtures';

const SVG_DATA_URL =
  'data:image/svg+xml;base64,PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciLz4=';

function render(html: string): Document {
  return new JSDOM(html).window.document;
}

describe('clippingToHtml', () => {
  const parser = makeParser();
  const imageDataUrls = new Map([['img-che', SVG_DATA_URL]]);

  it('is self-contained: strict CSP first in head, inline style, images as data: URIs, no scripts', () => {
    const html = clippingToHtml(viClipping(), viAnnotations(), { parser, imageDataUrls });
    const doc = render(html);
    const firstMeta = doc.head.querySelectorAll('meta')[1];
    expect(firstMeta?.getAttribute('http-equiv')).toBe('Content-Security-Policy');
    expect(firstMeta?.getAttribute('content')).toBe(
      "default-src 'none'; img-src data:; style-src 'unsafe-inline'",
    );
    expect(EXPORT_CSP).toBe(firstMeta?.getAttribute('content'));
    expect(doc.querySelectorAll('script, link, iframe')).toHaveLength(0);
    const srcs = Array.from(doc.querySelectorAll('img')).map((i) => i.getAttribute('src'));
    expect(srcs).toEqual([SVG_DATA_URL]);
    expect(html).not.toContain('ra-image:');
    expect(doc.documentElement.getAttribute('lang')).toBe('vi');
    expect(doc.title).toBe('Lai Châu: Kim ngạch xuất khẩu giảm mạnh');
  });

  it('marks highlights in the article and lists them with notes, figures and the clipping note', () => {
    const doc = render(clippingToHtml(viClipping(), viAnnotations(), { parser, imageDataUrls }));
    const marks = Array.from(doc.querySelectorAll('article mark')).map((m) => m.textContent);
    expect(marks).toEqual(['giá trị sản xuất công nghiệp của tỉnh đạt 202,6 tỷ đồng']);
    expect(doc.querySelector('.highlights blockquote')?.innerHTML).toBe(
      '<p>Giảm mạnh nhất từ đầu năm?<br>Kiểm tra lại số liệu.</p>',
    );
    const firstRow = Array.from(doc.querySelectorAll('.figures tbody tr')[0]?.children ?? []);
    expect(firstRow.map((td) => td.textContent)).toEqual([
      '202,6 tỷ đồng',
      'money',
      '202600000000',
      'VND',
      '',
      '',
      'giá trị sản xuất công nghiệp',
      'Lai Châu',
      '2020-04',
      'down 41.6% year-on-year 2019',
      '',
    ]);
    expect(doc.querySelector('.note')?.textContent).toContain('so với "cùng kỳ"');
    expect(doc.querySelector('header a')?.getAttribute('href')).toBe(
      viClipping().metadata.canonicalUrl,
    );
  });

  it('escapes all text and strips active content from hostile clippings', () => {
    const c = enClipping();
    c.metadata.title = '</title><script>alert(1)</script>';
    c.metadata.siteName = '<img src=x onerror=alert(1)>';
    c.metadata.lang = '"><script>';
    c.note = '<b>not bold</b>';
    c.html =
      '<p onclick="alert(1)">Hi <a href="javascript:alert(1)">x</a></p><script>alert(2)</script>' +
      '<svg><script>alert(3)</script></svg><iframe src="https://evil.test"></iframe>' +
      '<img src="ra-image:nope" alt="gone"><img src="https://tracker.test/p.gif" alt="pixel">';
    c.metadata.canonicalUrl = null;
    c.url = 'javascript:alert(1)';
    const html = clippingToHtml(c, [], {
      parser,
      imageDataUrls: new Map([['nope', 'javascript:x']]),
    });
    const doc = render(html);
    expect(doc.querySelectorAll('script, iframe, img')).toHaveLength(0);
    expect(doc.title).toBe('</title><script>alert(1)</script>');
    expect(doc.querySelector('[onclick], [onerror]')).toBeNull();
    expect(doc.querySelector('a[href^="javascript"]')).toBeNull();
    expect(doc.querySelector('.note')?.textContent).toContain('<b>not bold</b>');
    expect(doc.documentElement.hasAttribute('lang')).toBe(false);
    expect(doc.querySelector('article')?.textContent).toContain('gone');
  });

  it('embeds stored images read from their Blobs', async () => {
    const urls = await readImageDataUrls(viImages());
    const doc = render(clippingToHtml(viClipping(), [], { parser, imageDataUrls: urls }));
    const src = doc.querySelector('img')?.getAttribute('src') ?? '';
    expect(src.startsWith('data:image/svg+xml;base64,')).toBe(true);
    expect(atob(src.split(',')[1] ?? '')).toContain('<svg');
  });
});
