/**
 * A deliberately huge Vietnamese business article page — 3,000 paragraphs, each with economic
 * figures and now and then a project name, inline images every so often, and the usual
 * clutter (menus, "tin mới nhất" sidebars, related lists, comments, footer) — to check that the
 * content script never blocks the main thread for long. Deterministic: same page every run.
 */

const FIGURES = [
  'đạt 6.122,1 tỷ đồng',
  'tăng 12,5% so với cùng kỳ',
  'giảm 42,5%',
  'khoảng 5,446 triệu USD',
  'công suất 1.250 MW',
  'sản lượng 3.200 tấn',
  'hơn 2.400 ha',
  'giá 85.000 đồng/kg',
  '1,2 tỷ kWh',
  'vốn đầu tư 3.500 tỷ đồng',
];
const PROJECTS = [
  'Thủy điện Nậm Voi',
  'Thủy điện Nà Si 1A',
  'Khu công nghiệp Tam Đường',
  'đường dây 500 kV Lai Châu - Bắc Ninh',
  'Trạm biến áp 220 kV Phong Thổ',
];
const OPENERS = [
  'Theo báo cáo của Sở Công Thương,',
  'Trong quý vừa qua,',
  'Đại diện doanh nghiệp cho biết,',
  'Tính chung 4 tháng đầu năm,',
  'Cũng theo số liệu thống kê,',
];

const pick = <T>(list: readonly T[], i: number): T => list[i % list.length] as T;

function paragraph(i: number): string {
  const a = pick(FIGURES, i);
  const b = pick(FIGURES, i * 7 + 3);
  const project = i % 4 === 0 ? ` Dự án ${pick(PROJECTS, i)} cũng được đẩy nhanh tiến độ.` : '';
  return (
    `<p>${pick(OPENERS, i)} giá trị sản xuất công nghiệp ${a}, trong đó xuất khẩu ${b}; ` +
    `các doanh nghiệp trên địa bàn tiếp tục duy trì sản xuất ổn định (đoạn ${i + 1}).${project}</p>`
  );
}

function sidebarList(title: string, count: number, cls: string): string {
  const items = Array.from(
    { length: count },
    (_, i) =>
      `<li><a href="/tin-${cls}-${i}.html"><img src="/img/${cls}-${i}.jpg" alt=""> Tin ${title.toLowerCase()} số ${i + 1}: giá vàng tăng 1,2%</a></li>`,
  );
  return `<div class="${cls}"><h3>${title}</h3><ul>${items.join('')}</ul></div>`;
}

/** The page; `paragraphs` defaults to the 3,000 of the budget. */
export function generateLongArticle(paragraphs = 3000): string {
  const body: string[] = [];
  for (let i = 0; i < paragraphs; i++) {
    if (i > 0 && i % 60 === 0)
      body.push(`<h2>Phần ${i / 60 + 1}: diễn biến sản xuất và xuất khẩu</h2>`);
    if (i > 0 && i % 150 === 0) {
      body.push(
        `<figure><img src="/img/anh-${i}.jpg" alt="Ảnh ${i}"><figcaption>Nhà máy chè công suất 20 tấn/ngày (ảnh ${i})</figcaption></figure>`,
      );
    }
    body.push(paragraph(i));
  }
  const title = 'Ngành Công Thương: nỗ lực ổn định sản xuất, xuất khẩu trong năm 2020';
  const jsonLd = JSON.stringify({
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: title,
    datePublished: '2020-05-12T08:30:00+07:00',
    author: { '@type': 'Person', name: 'Hải Linh' },
  });
  return `<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>${title} | Báo Công Thương</title>
<meta property="og:type" content="article"><meta property="og:title" content="${title}">
<meta property="article:published_time" content="2020-05-12T08:30:00+07:00">
<script type="application/ld+json">${jsonLd}</script>
<style>.wrap{display:flex;gap:24px;max-width:1140px;margin:0 auto}.main{flex:1}.side{flex:0 0 320px}img{width:120px;height:80px}</style>
</head><body>
<header><nav class="menu">${Array.from({ length: 20 }, (_, i) => `<a href="/muc-${i}">Chuyên mục ${i}</a>`).join(' ')}</nav></header>
<div class="ads ads-top"><a href="/qc"><img src="/img/qc.jpg" alt="Quảng cáo"></a></div>
<div class="wrap"><main class="main"><article class="detail">
<div class="breadcrumb"><a href="/">Trang chủ</a> › <a href="/kinh-te">Kinh tế</a></div>
<h1 class="detail-title">${title}</h1>
<div class="detail-meta"><span class="time">08:30 | 12/05/2020</span> <span class="share"><a href="#fb">Facebook</a> <a href="#zalo">Zalo</a></span></div>
<p class="sapo">Giá trị xuất khẩu đạt 6.122,1 tỷ đồng, tăng 12,5% so với cùng kỳ năm trước.</p>
<div class="detail-content">
${body.join('\n')}
</div>
<div class="author">Hải Linh</div>
<div class="rating"><p>Bạn thấy bài viết này thế nào?</p><span>Kém</span><span>Tốt</span></div>
</article>
${sidebarList('Tin cùng chuyên mục', 12, 'same-cat')}
<section class="comments"><h3>Bình luận</h3>${Array.from({ length: 30 }, (_, i) => `<div class="comment"><b>Bạn đọc ${i}</b><p>Giá điện tăng 3% thì doanh nghiệp khó khăn.</p></div>`).join('')}</section>
</main>
<aside class="side">${sidebarList('Tin mới nhất', 20, 'latest')}${sidebarList('Đọc nhiều', 20, 'most-read')}<div class="ads"><img src="/img/qc2.jpg" alt=""></div></aside>
</div>
<footer><p>Báo Công Thương – Cơ quan ngôn luận của Bộ Công Thương. Giấy phép số 70/GP-BTTTT.</p></footer>
</body></html>`;
}
