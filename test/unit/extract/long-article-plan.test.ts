// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { planArticle } from '../../../src/extract/plan-article';
import { LONG_DOCUMENT_PARAGRAPHS } from '../../../src/extract/dense-block-content';

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
});
