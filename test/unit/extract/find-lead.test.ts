// @vitest-environment node
import { describe, expect, it } from 'vitest';
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
