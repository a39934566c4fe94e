import { JSDOM } from 'jsdom';
import type { Figure } from '../../../src/model/figure';
import type { HtmlParser } from '../../../src/export/article-dom';
import type { Clipping, StoredImage, UserAnnotation } from '../../../src/model/stored-records';

/** jsdom's parser: the exports must work with a DOM handed to them, not a global one. */
export function makeParser(): HtmlParser {
  return new new JSDOM('').window.DOMParser();
}

/** A figure located in `text` by its first occurrence (offsets as the figure finder gives them). */
function figureIn(text: string, f: Omit<Figure, 'start' | 'end'>): Figure {
  const start = text.indexOf(f.text);
  if (start < 0) throw new Error(`fixture: "${f.text}" is not in the text`);
  return { ...f, start, end: start + f.text.length };
}

const VI_P1 =
  'Tháng 4/2020, giá trị sản xuất công nghiệp của tỉnh đạt 202,6 tỷ đồng, giảm tới 41,6% so với cùng kỳ năm 2019.';
const VI_P2 =
  'Giá trị xuất khẩu của địa phương đạt 1,746 triệu USD; quả chuối xanh 5.700 tấn. Thủy điện Nậm Voi vẫn chạy.';

/** The seed-like Vietnamese clipping (congthuong.vn, Lai Châu). */
export function viClipping(): Clipping {
  const text = `${VI_P1}\n\n${VI_P2}`;
  return {
    id: 'clip-vi',
    url: 'https://congthuong.vn/lai-chau-kim-ngach-xuat-khau.html?utm_source=fb',
    canonicalKey: 'https://congthuong.vn/lai-chau-kim-ngach-xuat-khau.html',
    metadata: {
      title: 'Lai Châu: Kim ngạch xuất khẩu giảm mạnh',
      byline: 'Nguyễn Văn An',
      authors: ['Nguyễn Văn An'],
      siteName: 'Báo Công Thương',
      publishedTime: '2020-05-12T08:30:00+07:00',
      modifiedTime: null,
      canonicalUrl: 'https://congthuong.vn/lai-chau-kim-ngach-xuat-khau.html',
      lang: 'vi',
      description: 'Ngành Công Thương Lai Châu đang nỗ lực…',
      doi: null,
    },
    html:
      `<h2>Bức tranh không nhiều màu sáng</h2><p>${VI_P1}</p>` +
      '<figure><img src="ra-image:img-che" alt="Chè là mặt hàng xuất khẩu chính của Lai Châu"></figure>' +
      `<p>${VI_P2}</p>` +
      '<p><img src="https://congthuong.vn/missing.jpg" alt="Ảnh không tải được"></p>',
    text,
    figures: [
      figureIn(text, {
        text: '202,6 tỷ đồng',
        kind: 'money',
        value: 202600000000,
        currency: 'VND',
        record: {
          subject: 'giá trị sản xuất công nghiệp',
          entity: 'Lai Châu',
          period: '2020-04',
          comparison: {
            change: -41.6,
            unit: '%',
            base: 'year-on-year',
            basePeriod: '2019',
            figure: 1,
          },
        },
      }),
      figureIn(text, {
        text: '41,6%',
        kind: 'percent',
        value: 41.6,
        change: 'down',
        record: { subject: 'giá trị sản xuất công nghiệp', status: 'estimate' },
      }),
      figureIn(text, { text: '1,746 triệu USD', kind: 'money', value: 1746000, currency: 'USD' }),
      figureIn(text, { text: '5.700 tấn', kind: 'quantity', value: 5700, unit: 't' }),
    ],
    projects: [
      {
        text: 'Thủy điện Nậm Voi',
        name: 'Nậm Voi',
        type: 'Thủy điện',
        start: text.indexOf('Thủy điện'),
        end: text.indexOf('Thủy điện') + 17,
      },
    ],
    tags: ['xuất khẩu', 'Lai Châu'],
    note: 'Số liệu tháng 4/2020 — so với "cùng kỳ".\nCần đối chiếu Cục Thống kê.',
    savedAt: Date.UTC(2024, 0, 2, 3, 4, 5),
    updatedAt: Date.UTC(2024, 0, 2, 3, 4, 5),
    missingImages: ['https://congthuong.vn/missing.jpg'],
  };
}

/** A highlight with a note on the Vietnamese clipping. */
export function viAnnotations(): UserAnnotation[] {
  const quote = 'giá trị sản xuất công nghiệp của tỉnh đạt 202,6 tỷ đồng';
  const start = VI_P1.indexOf(quote);
  return [
    {
      id: 'ann-vi-1',
      canonicalKey: 'https://congthuong.vn/lai-chau-kim-ngach-xuat-khau.html',
      clippingId: 'clip-vi',
      selectors: [
        { type: 'TextQuoteSelector', exact: quote, prefix: 'Tháng 4/2020, ', suffix: ', giảm tới' },
        { type: 'TextPositionSelector', start, end: start + quote.length },
      ],
      quote,
      color: 'yellow',
      note: 'Giảm mạnh nhất từ đầu năm?\nKiểm tra lại số liệu.',
      createdAt: Date.UTC(2024, 0, 2, 3, 10),
      updatedAt: Date.UTC(2024, 0, 2, 3, 10),
      orphan: false,
    },
  ];
}

const EN_TEXT =
  'The Federal Reserve raised rates by 0.25% on Wednesday. Savers could earn $1.2 billion more, a gain of -3 points for "risk" & fun.';

/** An English clipping with characters every format must escape (`& $ % # _ " , =`). */
export function enClipping(): Clipping {
  return {
    id: 'clip-en',
    url: 'https://www.reuters.com/markets/fed-raises-rates_2024#top',
    canonicalKey: 'https://www.reuters.com/markets/fed-raises-rates_2024',
    metadata: {
      title: 'Fed raises rates by 0.25%: what it means for $ & savers #1_{ok}',
      byline: 'By Jane Doe and John Smith',
      authors: ['Jane Doe', 'John Smith'],
      siteName: 'Reuters',
      publishedTime: '2024-03-20',
      modifiedTime: null,
      canonicalUrl: 'https://www.reuters.com/markets/fed-raises-rates_2024',
      lang: 'en',
      description: null,
      doi: null,
    },
    html: `<p>${EN_TEXT.replace('&', '&amp;')}</p><ul><li>One, "two"</li></ul>`,
    text: EN_TEXT,
    figures: [
      figureIn(EN_TEXT, { text: '0.25%', kind: 'percent', value: 0.25, change: 'up' }),
      figureIn(EN_TEXT, {
        text: '$1.2 billion',
        kind: 'money',
        value: 1200000000,
        currency: 'USD',
      }),
    ],
    projects: [],
    tags: ['=cmd|calc', 'rates, "fed"'],
    note: '',
    savedAt: Date.UTC(2024, 2, 21, 23, 59, 0),
    updatedAt: Date.UTC(2024, 2, 21, 23, 59, 0),
    missingImages: [],
  };
}

/** The tea photo of the Vietnamese clipping (a tiny SVG). */
export function viImages(): StoredImage[] {
  const svg =
    '<svg xmlns="http://www.w3.org/2000/svg" width="4" height="3"><rect width="4" height="3" fill="#3a7"/></svg>';
  return [
    {
      id: 'img-che',
      clippingId: 'clip-vi',
      sourceUrl: 'https://congthuong.vn/images/che-lai-chau.svg',
      blob: new Blob([svg], { type: 'image/svg+xml' }),
      width: 4,
      height: 3,
    },
  ];
}
