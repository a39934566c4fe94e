// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { bodyElements } from '../../../src/extract/plan-addresses';
import { serializePage } from '../../../src/page/plan-page';
import { parsePage } from '../extract/load-page';

describe('the page copy sent to be planned', () => {
  it("leaves out megabytes of the body's script text (not JSON-LD) and keeps every element in place", () => {
    // Past the 256 KB worth stripping: a framework's inline state.
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
    const copy = parsePage(html);
    expect(bodyElements(copy).map((el) => el.localName)).toEqual(
      bodyElements(live).map((el) => el.localName),
    );
  });

  it('sends a little script text as it is: stripping it would cost the page more', () => {
    const prose = '<p>The council met on Tuesday and voted to fund the new bridge.</p>'.repeat(3);
    const live = parsePage(
      `<html><head><title>T</title></head><body>${prose}` +
        `<script>window.dataLayer = [];</script><footer>f</footer></body></html>`,
    );
    expect(serializePage(live)).toContain('<script>window.dataLayer = [];</script>');
  });

  it('leaves out script text that is most of the HTML, even well under 256 KB', () => {
    const tracking = `window.config = ${JSON.stringify({ ids: Array.from({ length: 400 }, (_, i) => i) })};`;
    const live = parsePage(
      `<html><head><title>T</title></head><body><p>The council voted to fund the bridge.</p>` +
        `<script>${tracking}</script><footer>f</footer></body></html>`,
    );
    const html = serializePage(live);
    expect(html).not.toContain('window.config');
    expect(html).toContain('<script></script><footer>f</footer>');
  });
});
