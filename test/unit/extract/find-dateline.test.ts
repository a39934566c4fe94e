// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { planArticle, visibleText } from '../../../src/extract/plan-article';
import { parsePage } from './load-page';

const prose = (n: number): string =>
  Array.from(
    { length: n },
    (_, i) =>
      `<p>Paragraph ${i}: the council met on Tuesday, heard from residents and engineers, and voted, after a long debate, to fund the new bridge before the spring floods.</p>`,
  ).join('');

function plan(inner: string) {
  const doc = parsePage(
    `<html><head><title>Bridge vote</title></head><body><div class="story"><h1>Bridge vote</h1>${inner}${prose(6)}</div></body></html>`,
  );
  const p = planArticle(doc);
  return { doc, plan: p, byline: (p?.byline ?? []).map((el) => el.textContent?.trim()) };
}

describe('date lines in the content are named with the byline', () => {
  it.each([
    '<div class="publish-date">Published 10:02 AM EST Nov 19, 2019</div>',
    '<p class="byline-date">November 18, 2019 | 4:10pm</p>',
    '<div class="article_date">20/11/2019 - 11:28</div>',
    '<span class="date">Thứ hai, 20/11/2023, 08:00 (GMT+7)</span>',
  ])('%s', (html) => {
    const { doc, plan: p, byline } = plan(html);
    const line = parsePage(html).body.textContent?.trim();
    expect(byline).toContain(line);
    // Named, not hidden: the reader still sees the date.
    expect(visibleText(doc, p)).toContain(line);
  });

  it.each([
    '<p class="date-note">The council will vote again on Nov 19, after the engineers report back to the committee.</p>',
    '<div class="updated-list">Sept. 9: The council votes. Oct. 2: Works start.</div>',
    '<div class="publish-info">Posted by the newsroom</div>',
    '<p>Smith, J. <cite>Bridges</cite>. Retrieved <span class="reference-accessdate">27 January 2020</span>.</p>',
  ])('not: %s', (html) => {
    const { byline } = plan(html);
    expect(byline).not.toContain('27 January 2020');
    expect(byline).not.toContain(parsePage(html).body.textContent?.trim());
  });
});
