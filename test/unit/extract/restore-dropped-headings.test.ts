// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { planArticle, visibleText } from '../../../src/extract/plan-article';
import { parsePage } from './load-page';

const paragraphs = (from: number): string =>
  '<div class="story-part">' +
  [from, from + 1, from + 2]
    .map(
      (i) =>
        `<p>Economist ${i} said the jobs report showed 88,000 positions added in May, the unemployment rate falling to 6.6 per cent, and wages rising faster than prices for a third month.</p>`,
    )
    .join('') +
  '</div>';

/** The story in two parts with `middle` between them, the layout where Readability keeps the parts and drops what stands between. */
function textOf(middle: string): string {
  const doc = parsePage(
    '<html><head><title>Economists weigh in on the jobs report</title></head><body>' +
      '<header><nav><a href="/">Home</a><a href="/news">News</a></nav></header><main><article>' +
      '<h1>Economists weigh in on the jobs report</h1>' +
      paragraphs(1) +
      middle +
      paragraphs(4) +
      '</article></main><footer><p>Postmedia Network Inc. All rights reserved, 2026.</p></footer></body></html>',
  );
  return visibleText(doc, planArticle(doc));
}

describe('subheadings Readability dropped from between paragraphs', () => {
  it('keeps a heading alone in its block between paragraphs', () => {
    const text = textOf(
      '<div class="inline"><h3>‘BoC to stay on sidelines next week’: TD Economics</h3></div>' +
        '<div class="ad__section"><span>Advertisement 3</span></div>',
    );
    expect(text).toContain('‘BoC to stay on sidelines next week’: TD Economics');
    expect(text.indexOf('TD Economics')).toBeGreaterThan(text.indexOf('Economist 3 said'));
    expect(text.indexOf('TD Economics')).toBeLessThan(text.indexOf('Economist 4 said'));
    expect(text).toContain('Economist 6 said');
    expect(text).not.toContain('Advertisement');
  });

  it('leaves out a "related" label, a link to another story and a heading over other text', () => {
    const text = textOf(
      '<h3>Related stories</h3>' +
        '<h3><a href="/news/rates">Bank of Canada holds its key rate at 2.75 per cent</a></h3>' +
        '<div><h3>Top picks</h3><ul><li>Mortgage rates this week</li><li>Best savings accounts</li></ul></div>' +
        '<div><h3>Prices paid by households</h3><p>Up 3 per cent on the year</p></div>',
    );
    expect(text).not.toContain('Related stories');
    expect(text).not.toContain('Bank of Canada holds');
    expect(text).not.toContain('Top picks');
    expect(text).not.toContain('Prices paid by households');
    expect(text).toContain('Economist 4 said');
  });

  it('leaves a heading after the story where it was: hidden with what follows the story', () => {
    const doc = parsePage(
      '<html><head><title>Economists weigh in</title></head><body><main><article><h1>Economists weigh in</h1>' +
        paragraphs(1) +
        '<h3>Trending in Canada</h3></article></main></body></html>',
    );
    expect(visibleText(doc, planArticle(doc))).not.toContain('Trending in Canada');
  });
});
