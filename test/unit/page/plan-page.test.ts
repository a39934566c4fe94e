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
    const live = parsePage(
      `<html><head><title>T</title></head><body><p>Text</p>` +
        `<script>window.dataLayer = [];</script><footer>f</footer></body></html>`,
    );
    expect(serializePage(live)).toContain('<script>window.dataLayer = [];</script>');
  });
});
