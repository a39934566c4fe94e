// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { planArticle, visibleText } from '../../../src/extract/plan-article';
import {
  BOILERPLATE_STEP_BLOCKS,
  boilerplateSteps,
} from '../../../src/extract/trailing-boilerplate';
import {
  DEEP_PARAGRAPH,
  LONG_DOCUMENT_ELEMENTS,
  LONG_DOCUMENT_PARAGRAPHS,
  isLongDocument,
} from '../../../src/extract/dense-block-content';
import { loadFixture, parsePage } from './load-page';

function longPage(paragraphs: number): string {
  const body = Array.from(
    { length: paragraphs },
    (_, i) =>
      `<p>Đoạn ${i}: giá trị sản xuất công nghiệp đạt ${i},5 tỷ đồng, tăng ${i % 90},2% so với cùng kỳ năm trước.</p>`,
  ).join('');
  const related = Array.from(
    { length: 30 },
    (_, i) =>
      `<li><a href="/t${i}.html">Tin liên quan số ${i} về kinh tế địa phương hôm nay</a></li>`,
  ).join('');
  return `<html lang="vi"><head><title>Báo cáo dài | Báo</title><meta property="og:title" content="Báo cáo dài"></head><body>
    <nav><a href="/">Trang chủ</a> <a href="/kinh-te">Kinh tế</a></nav>
    <main><h1>Báo cáo dài</h1><div class="content">${body}</div></main>
    <aside><h3>Tin mới nhất</h3><ul>${related}</ul></aside><footer>© Báo</footer></body></html>`;
}

describe('very long articles', () => {
  it('are planned in one cheap pass: the body is kept whole, the sidebar and footer hidden', () => {
    document.documentElement.innerHTML = longPage(LONG_DOCUMENT_PARAGRAPHS + 700);
    const plan = planArticle(document);
    expect(plan).not.toBeNull();
    const content = document.querySelector('.content') as Element;
    expect(plan?.root.contains(content)).toBe(true);
    expect(plan?.title?.textContent).toBe('Báo cáo dài');
    const hidden = new Set(plan?.hide);
    expect(hidden.has(document.querySelector('aside') as Element)).toBe(true);
    expect(hidden.has(document.querySelector('footer') as Element)).toBe(true);
    for (const p of Array.from(content.querySelectorAll('p'))) {
      let el: Element | null = p;
      while (el) {
        expect(hidden.has(el)).toBe(false);
        el = el.parentElement;
      }
    }
  });

  it('the seed article is not long: the full extractor plans it', () => {
    expect(isLongDocument(loadFixture('seed/laichau.html'))).toBe(false);
  });

  it('a page of many elements but few paragraphs is long (a Readability pass there blocks the page)', () => {
    const cards = '<div class="card"><a href="/s"><b>Story</b></a></div>'.repeat(
      Math.ceil(LONG_DOCUMENT_ELEMENTS / 3),
    );
    const small = parsePage(longPage(40));
    expect(isLongDocument(small)).toBe(false);
    const big = parsePage(longPage(40).replace('<footer>', `<section>${cards}</section><footer>`));
    expect(isLongDocument(big)).toBe(true);
    const plan = planArticle(big);
    const content = big.querySelector('.content') as Element;
    expect(plan?.root.contains(content)).toBe(true);
    expect(plan?.hide).toContain(big.querySelector('section'));
  });

  it('drop boilerplate lines too: a newsletter sign-up at the end, a copyright line, a bio', () => {
    const page = parsePage(
      longPage(LONG_DOCUMENT_PARAGRAPHS + 200).replace(
        '</div></main>',
        '<p>Jane Roe is a reporter for Example News covering industry.</p>' +
          '<p>Sign up for our daily newsletter to get the top stories in your inbox.</p>' +
          '<p>© 2020 Example Media. All rights reserved.</p></div></main>',
      ),
    );
    expect(isLongDocument(page)).toBe(true);
    const plan = planArticle(page);
    const text = visibleText(page, plan);
    expect(text).toContain(`Đoạn ${LONG_DOCUMENT_PARAGRAPHS + 199}:`);
    expect(text).not.toContain('Sign up for our daily newsletter');
    expect(text).not.toContain('All rights reserved');
    expect(text).not.toContain('Jane Roe is a reporter');
  });

  it('check boilerplate a slice of blocks per step', () => {
    const page = parsePage(longPage(LONG_DOCUMENT_PARAGRAPHS + 200));
    const blocks = Array.from((page.querySelector('.content') as Element).children);
    const kept = new Set(blocks);
    const steps = boilerplateSteps(kept, blocks, BOILERPLATE_STEP_BLOCKS);
    let stops = 0;
    while (!steps.next().done) stops++;
    expect(stops).toBeGreaterThanOrEqual(Math.floor(blocks.length / BOILERPLATE_STEP_BLOCKS));
    expect(kept.size).toBe(blocks.length);
  });

  it('an article nested deeper than real pages nest is long, and still planned', () => {
    const deep = (depth: number) =>
      parsePage(
        longPage(40).replace(
          /<div class="content">([\s\S]*?)<\/div><\/main>/,
          (_m, body: string) =>
            `${'<div>'.repeat(depth)}<div class="content">${body}</div>${'</div>'.repeat(depth)}</main>`,
        ),
      );
    expect(isLongDocument(deep(DEEP_PARAGRAPH - 20))).toBe(false);
    const page = deep(DEEP_PARAGRAPH + 20);
    expect(isLongDocument(page)).toBe(true);
    const plan = planArticle(page);
    expect(plan?.root.contains(page.querySelector('.content') as Element)).toBe(true);
    expect(plan?.hide).toContain(page.querySelector('aside'));
  });
});
