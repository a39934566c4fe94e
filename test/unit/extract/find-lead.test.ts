// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { findLead } from '../../../src/extract/find-lead';
import { planArticle, visibleText } from '../../../src/extract/plan-article';
import { prose } from './block-fixtures';
import { parsePage } from './load-page';

const LEAD =
  'The president wants the country run through its oil, but experts say the fields need years of repairs and billions of dollars first.';

/** A share bar with `n` buttons, each an icon and a label, as news templates print them. */
const shareBar = (n: number): string =>
  `<div class="share-bar">${Array.from(
    { length: n },
    (_, i) =>
      `<div class="share-item"><a href="https://share.example/${i}" aria-label="Share on network ${i}"><span class="icon"><img src="/icons/${i}.svg" alt=""></span><span>Net ${i}</span></a></div>`,
  ).join('')}</div>`;

function textOf(between: string): string {
  const doc = parsePage(
    `<html><head><title>Oil plans meet doubts</title><meta name="description" content="${LEAD}"></head><body>` +
      `<main><div class="header"><h1>Oil plans meet doubts</h1>${between}</div>` +
      `<h2 class="c-article-summary">${LEAD}</h2><div class="c-article-content">${prose(6, 'Oil')}</div></main>` +
      '<footer><p>Contact the newsroom and read the corrections policy.</p></footer></body></html>',
  );
  return visibleText(doc, planArticle(doc));
}

describe('the lead', () => {
  it('is found after the headline', () => {
    expect(textOf('')).toContain(LEAD);
  });

  it('is found after a share bar of many buttons between it and the headline', () => {
    const text = textOf(shareBar(20));
    expect(text).toContain(LEAD);
    expect(text).not.toContain('Net 3');
  });
});

describe('an intro block longer than a lead', () => {
  const opening = (i: number) =>
    `<p class="comp sc-block">Opening ${i}: the two exchanges are among the most popular places to buy coins, with billions of dollars traded through both of them every single year, and both are built to help their users buy, sell and trade.</p>`;
  // thebalance.com's shape: the intro and the body's blocks are cousins, so Readability, whose
  // best block is deep in the body, keeps none of the intro.
  const doc = () =>
    parsePage(
      '<html><head><title>Exchange against exchange</title></head><body>' +
        '<div class="title-block"><h1>Exchange against exchange</h1></div><main>' +
        '<div class="article-content"><div class="loc article-intro article-content__description">' +
        '<p class="disclosure-text">We recommend the best products through an independent review process. We may receive compensation if you visit partners we recommend.</p>' +
        `${[0, 1, 2, 3].map(opening).join('')}</div>` +
        '<div class="article-body"><div class="left-nav"><a href="/a">Exchange one</a> <a href="/b">Exchange two</a></div>' +
        `<div class="article-outro">${prose(12, 'Body')}</div></div></div>` +
        '</main><footer><p>About us. Contact.</p></footer></body></html>',
    );

  it("gives its prose paragraphs, not its disclosure: the story's opening is the lead", () => {
    const page = doc();
    const title = page.querySelector('h1') as Element;
    const body = page.querySelector('.article-outro p') as Element;
    const lead = findLead(page, title, body).map((p) => p.textContent?.slice(0, 9));
    expect(lead).toEqual(['Opening 0', 'Opening 1', 'Opening 2', 'Opening 3']);
  });

  it('stays visible in the plan, its disclosure hidden', () => {
    const page = doc();
    const text = visibleText(page, planArticle(page));
    expect(text).toContain('Opening 0:');
    expect(text).toContain('Body paragraph 11');
    expect(text).not.toContain('We recommend the best products');
  });
});
