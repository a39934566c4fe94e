// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  articleText,
  planArticle,
  visibleText,
  type ArticlePlan,
} from '../../../src/extract/plan-article';
import { loadFixture, parsePage } from './load-page';

/** A plan never hides a kept element or one of its ancestors. */
function expectNoKeptElementHidden(plan: ArticlePlan): void {
  for (const hidden of plan.hide) {
    for (const kept of plan.kept) expect(hidden.contains(kept)).toBe(false);
  }
}

describe('planArticle on a Vietnamese news layout', () => {
  const doc = loadFixture('pages/vi-news-article.html');
  const plan = planArticle(doc);
  const text = visibleText(doc, plan);

  it('keeps headline, byline, lead, body, subheading, list, table, figure and quote', () => {
    expect(plan).not.toBeNull();
    expect(plan?.title?.textContent).toBe('Hà Nam khởi công nhà máy điện mặt trời 1.200 tỷ đồng');
    for (const part of [
      'Minh Anh - Quốc Việt',
      'Sáng 5/6, tỉnh Hà Nam khởi công',
      'công suất thiết kế 50 MW',
      'Lễ khởi công Dự án Nhà máy điện mặt trời Thanh Liêm sáng 5/6.',
      'Tiến độ và vốn đầu tư',
      'Diện tích: 65 ha',
      'Trạm biến áp 110 kV',
      'Chúng tôi cam kết hoàn thành đúng tiến độ',
      'tăng 12,5% so với năm 2022',
    ]) {
      expect(text).toContain(part);
    }
    expect(plan?.kept.has(doc.querySelector('img') as Element)).toBe(true);
  });

  it('hides menu, ads, share bar, rating, tags, related, comments, sidebar and footer', () => {
    for (const clutter of [
      'Bất động sản',
      'Quảng cáo',
      'Chia sẻ Facebook',
      'Bạn thấy bài viết này thế nào?',
      'Từ khóa',
      'Tin liên quan',
      'Mong dự án sớm hoàn thành',
      'Tin mới nhất',
      'Giấy phép số',
    ]) {
      expect(text).not.toContain(clutter);
    }
    expectNoKeptElementHidden(plan as ArticlePlan);
  });

  it('gives the recogniser headline + body', () => {
    const body = articleText(doc, plan);
    expect(body.startsWith('Hà Nam khởi công nhà máy điện mặt trời 1.200 tỷ đồng')).toBe(true);
    expect(body).toContain('13.000 tỷ đồng');
    expect(body).not.toContain('Tin mới nhất');
  });

  it('does not change the document', () => {
    const before = doc.body.innerHTML;
    planArticle(doc);
    expect(doc.body.innerHTML).toBe(before);
  });
});

describe('planArticle on an English news layout', () => {
  const doc = loadFixture('pages/en-news-article.html');
  const plan = planArticle(doc);
  const text = visibleText(doc, plan);

  it('keeps the article', () => {
    for (const part of [
      'Port operator wins $2.1 billion terminal contract',
      'Jane Doe',
      'Financing',
      'Photo: Example Images',
      'shares rose 3.2%',
    ]) {
      expect(text).toContain(part);
    }
  });

  it('hides share bar, newsletter box, read-more line, comments, more stories, cookie banner', () => {
    for (const clutter of [
      'Skip to content',
      'Share on X',
      'Morning Briefing',
      'Read more:',
      'Great news for the local economy',
      'More from Markets',
      'We use cookies',
      'All rights reserved',
    ]) {
      expect(text).not.toContain(clutter);
    }
    expectNoKeptElementHidden(plan as ArticlePlan);
  });
});

describe('visibleText', () => {
  it('separates blocks by blank lines, collapses whitespace, skips hidden markup and NFC-normalises', () => {
    const doc = parsePage(
      '<body><p>Giá  vàng\n tăng</p><script>x()</script><div hidden>ẩn</div><p style="display:none">ẩn</p><p>Hoa\u0300 Bình</p><noscript>no</noscript></body>',
    );
    expect(visibleText(doc, null)).toBe('Giá vàng tăng\n\nHoà Bình');
  });
});

describe('bad input never throws', () => {
  it.each([
    ['empty', ''],
    ['frameset', '<html><frameset><frame src="a.html"></frameset></html>'],
    ['iframe only', '<body><iframe srcdoc="<p>hello</p>"></iframe></body>'],
    [
      'RTL',
      '<html dir="rtl" lang="he"><body><article><h1>כותרת</h1>' +
        '<p>טקסט ארוך מאוד, עם פסיקים, ועוד טקסט. </p>'.repeat(20) +
        '</article></body></html>',
    ],
  ])('%s', (_name, html) => {
    const doc = parsePage(html);
    expect(() => visibleText(doc, planArticle(doc))).not.toThrow();
  });

  it('a 5 MB page', { timeout: 180_000 }, () => {
    const para = `<p>${'Giá trị xuất khẩu tăng 12,5%, đạt 1.200 tỷ đồng trong quý. '.repeat(8)}</p>`;
    const html = `<body><nav>${'<a href="/x">x</a>'.repeat(2000)}</nav><article><h1>Tin</h1>${para.repeat(Math.ceil(5_000_000 / para.length))}</article></body>`;
    const doc = parsePage(html);
    const plan = planArticle(doc);
    expect(plan).not.toBeNull();
    expect(visibleText(doc, plan).length).toBeGreaterThan(1_000_000);
  });
});
