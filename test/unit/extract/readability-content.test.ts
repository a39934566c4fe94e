// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { planArticle, visibleText } from '../../../src/extract/plan-article';
import { prose } from './block-fixtures';
import { parsePage } from './load-page';

/** An advertiser disclosure long enough (over Readability's 500 characters) to pass for an article. */
const disclosure = `<div class="disclosure-box"><h3>Advertiser Disclosure</h3><p>${'Many of the offers that appear on this website are from companies from which we receive compensation, and this compensation may affect how, where, and in what order products appear on this site, including, for example, the order in which they appear on category pages. '.repeat(3)}</p></div>`;

function page(wrapperClass: string): Document {
  return parsePage(
    `<html><head><title>Airline sets a date</title></head><body>${disclosure}` +
      `<div class="${wrapperClass}"><div class="post-content"><h1>Airline sets a date</h1>` +
      `<div class="story">${prose(6, 'Airline')}</div></div></div>` +
      '<footer><p>About us. Contact. Careers.</p></footer></body></html>',
  );
}

describe('a story wrapped in a block whose name sounds like a page part', () => {
  it('is still the article (thepointsguy.com: the whole story inside div.above-footer)', () => {
    const doc = page('above-footer');
    const text = visibleText(doc, planArticle(doc));
    expect(text).toContain('Airline paragraph 0');
    expect(text).toContain('Airline paragraph 5');
  });

  it('the live page keeps its names', () => {
    const doc = page('above-footer');
    planArticle(doc);
    expect(doc.querySelector('.above-footer')).not.toBeNull();
  });
});
