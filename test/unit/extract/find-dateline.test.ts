// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { findHeadlineDate } from '../../../src/extract/find-dateline';
import { planArticle, visibleText } from '../../../src/extract/plan-article';
import { loadFixture, parsePage } from './load-page';

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

describe('the date printed under the headline', () => {
  const url =
    'https://congthuong.vn/nganh-cong-thuong-lai-chau-no-luc-on-dinh-san-xuat-xuat-khau.html';

  it("stays visible on the seed, beside share buttons that do not (issue 25: '08:30 | 12/05/2020' was hidden)", () => {
    const doc = loadFixture('seed/laichau.html', url);
    const plan = planArticle(doc);
    const text = visibleText(doc, plan);
    expect(text).toContain('08:30 | 12/05/2020');
    expect(text).not.toContain('Zalo');
    expect(plan?.byline.map((el) => el.textContent)).toContain('08:30 | 12/05/2020');
  });

  it('is a date line named like one, not a sentence with a date in it', () => {
    const doc = parsePage(
      '<html><head><title>Bridge vote</title></head><body><div class="story"><h1>Bridge vote</h1>' +
        '<div class="meta"><span class="time">On Tuesday the council met at 10:30 to vote</span></div>' +
        `<div class="body">${prose(6)}</div></div></body></html>`,
    );
    const title = doc.querySelector('h1') as Element;
    expect(findHeadlineDate(title, doc.querySelector('.body p'))).toBeNull();
  });
});
