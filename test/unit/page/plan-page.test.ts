// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { bodyElements } from '../../../src/extract/plan-addresses';
import { serializePage } from '../../../src/page/article/plan-page';
import { parsePage } from '../extract/load-page';

describe('the page copy sent to be planned', () => {
  const page = parsePage(
    `<html lang="vi"><head><title>Nhà máy mới</title>` +
      `<meta property="og:type" content="article"><link rel="canonical" href="https://example.vn/a">` +
      `<style>${'.x{color:red}'.repeat(500)}</style><script src="/app.js"></script>` +
      `<script>window.__config = {"big": true};</script>` +
      `<script type="application/ld+json">{"@type":"NewsArticle"}</script></head>` +
      `<body><p>Đoạn một.</p><script>window.x = "<p>not markup</p>";</script>` +
      `<noscript><img src="/pixel.gif"></noscript><footer>f</footer></body></html>`,
  );

  it('keeps of <head> only what names the page: title, meta tags, canonical link, JSON-LD', () => {
    const html = serializePage(page);
    const head = html.slice(0, html.indexOf('<body'));
    expect(head).toContain('<title>Nhà máy mới</title>');
    expect(head).toContain('<meta property="og:type" content="article">');
    expect(head).toContain('<link rel="canonical" href="https://example.vn/a">');
    expect(head).toContain('{"@type":"NewsArticle"}');
    expect(head).not.toContain('color:red');
    expect(head).not.toContain('__config');
    expect(html.startsWith('<!DOCTYPE html><html lang="vi">')).toBe(true);
  });

  it('sends the body as the browser serialises it, so every element keeps its place', () => {
    const html = serializePage(page);
    expect(html).toContain(page.body.outerHTML);
    const copy = parsePage(html);
    expect(bodyElements(copy).map((el) => el.localName)).toEqual(
      bodyElements(page).map((el) => el.localName),
    );
  });

  it("leaves out megabytes of the body's script text (not JSON-LD) and keeps every element in place", () => {
    // A framework's inline state, past what is worth a pass to cut.
    const state = JSON.stringify({ items: Array.from({ length: 30000 }, (_, i) => `item ${i}`) });
    const live = parsePage(
      `<html><head><title>T</title></head><body><p>Text</p>` +
        `<script type="application/json" id="state">${state}</script>` +
        `<script>window.x = "<p>not markup</p>";</script>` +
        `<script type="application/ld+json">{"@type":"NewsArticle"}</script><footer>f</footer></body></html>`,
    );
    const html = serializePage(live);
    expect(html.length).toBeLessThan(400);
    expect(html).toContain('{"@type":"NewsArticle"}');
    expect(html).toContain('<script type="application/json" id="state"></script>');
    expect(bodyElements(parsePage(html)).map((el) => el.localName)).toEqual(
      bodyElements(live).map((el) => el.localName),
    );
  });
});
