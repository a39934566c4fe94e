// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { detectArticle } from '../../../src/detect/detect-article';
import { urlShape } from '../../../src/detect/page-signals';
import { loadFixture, parsePage } from '../extract/load-page';

const SEED_URL =
  'https://congthuong.vn/nganh-cong-thuong-lai-chau-no-luc-on-dinh-san-xuat-xuat-khau.html';

describe('detectArticle', () => {
  it.each([
    ['pages/vi-news-article.html', true],
    ['pages/en-news-article.html', true],
    ['seed/laichau.html', true],
    ['pages/home-page.html', false],
    ['pages/vi-category-listing.html', false],
    ['pages/product-page.html', false],
    ['pages/docs-page.html', false],
  ])('%s → isArticle %s', (file, expected) => {
    const verdict = detectArticle(loadFixture(file));
    expect(verdict.isArticle).toBe(expected);
    expect(verdict.confidence).toBeGreaterThan(0.5);
    expect(verdict.confidence).toBeLessThanOrEqual(1);
    expect(verdict.reasons.length).toBeGreaterThan(0);
  });

  it('calls a wiki entry no article, though it declares JSON-LD Article and has long prose', () => {
    const prose =
      '<p>New Zealand is an island country in the south-western Pacific Ocean, made of two main islands and over 700 smaller ones, covering 268,021 square kilometres.</p>';
    const page = (generator: string) =>
      parsePage(
        `<html><head><title>New Zealand - Wikipedia</title>${generator}
         <script type="application/ld+json"><![CDATA[{"@type":"Article","name":"New Zealand","datePublished":"2001-10-29T01:59:14Z"}]]></script>
         </head><body><div id="content"><h1>New Zealand</h1>${prose.repeat(14)}</div></body></html>`,
      );
    const wiki = detectArticle(
      page('<meta name="generator" content="MediaWiki 1.34.0-wmf.23">'),
      'https://en.wikipedia.org/wiki/New_Zealand',
    );
    expect(wiki.isArticle).toBe(false);
    expect(wiki.reasons[0]).toBe('made by wiki software (MediaWiki)');
    // The same page from a CMS that is no wiki: its declaration counts.
    const declared = detectArticle(page(''), 'https://en.wikipedia.org/wiki/New_Zealand');
    expect(declared.isArticle).toBe(true);
    expect(declared.reasons).toContain('JSON-LD Article');
  });

  it('explains an article with readable reasons, strongest first', () => {
    const verdict = detectArticle(loadFixture('pages/vi-news-article.html'));
    expect(verdict.reasons[0]).toBe('JSON-LD NewsArticle');
    expect(verdict.reasons).toContain('og:type article');
  });

  it('uses the page URL: the seed with its URL is an article, a front page URL is not', () => {
    expect(detectArticle(loadFixture('seed/laichau.html'), SEED_URL).isArticle).toBe(true);
    const home = detectArticle(loadFixture('pages/home-page.html'), 'https://news.example.com/');
    expect(home.isArticle).toBe(false);
    expect(home.reasons).toContain('site front page URL');
  });

  it('names teaser-heavy pages', () => {
    expect(detectArticle(loadFixture('pages/home-page.html')).reasons).toContain(
      'many teaser links (24)',
    );
  });

  it.each([
    ['empty document', ''],
    ['no body (frameset)', '<html><frameset><frame src="a.html"></frameset></html>'],
    ['only text in an iframe', '<body><iframe srcdoc="<p>hello</p>"></iframe></body>'],
    [
      'RTL Arabic page',
      '<html dir="rtl" lang="ar"><body><p>' + 'مرحبا بالعالم '.repeat(40) + '</p></body></html>',
    ],
    [
      'broken JSON-LD',
      '<script type="application/ld+json">{"@type": "NewsArticle",</script><p>x</p>',
    ],
  ])('never throws: %s', (_name, html) => {
    const verdict = detectArticle(parsePage(html));
    expect(verdict.isArticle).toBe(false);
  });

  it('reads an XHTML document', () => {
    const xhtml = `<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><head><title>t</title></head><body><p>${'word '.repeat(50)}</p></body></html>`;
    const doc = new (
      parsePage('').defaultView as Window & typeof globalThis
    ).DOMParser().parseFromString(xhtml, 'application/xhtml+xml');
    expect(() => detectArticle(doc)).not.toThrow();
  });

  it('decides a large non-article page quickly', () => {
    const cards =
      '<article><h3><a href="/a">A teaser headline for the home page</a></h3></article>'.repeat(
        5000,
      );
    const doc = parsePage(
      `<html><head><meta property="og:type" content="website"></head><body>${cards}</body></html>`,
    );
    const start = performance.now();
    const verdict = detectArticle(doc, 'https://news.example.com/');
    expect(verdict.isArticle).toBe(false);
    // jsdom is far slower than a browser; this guards against accidental full-text work.
    expect(performance.now() - start).toBeLessThan(50);
  });
});

describe('urlShape', () => {
  it('recognises story URLs, front pages and listings', () => {
    expect(urlShape('https://example.com/')).toMatchObject({ isRoot: true });
    expect(urlShape('https://example.com/2024/03/18/port-operator-wins-contract')).toMatchObject({
      hasDate: true,
      longSlug: true,
    });
    expect(
      urlShape('https://dantri.com.vn/kinh-doanh/gia-vang-giam-sau-dau-hieu-20221224012650880.htm'),
    ).toMatchObject({ articleId: true, longSlug: true });
    expect(urlShape('https://example.com/search?q=gold')).toMatchObject({ listing: true });
    expect(urlShape('not a url')).toMatchObject({ isRoot: false, longSlug: false });
  });
});

describe('declarations that settle the answer', () => {
  const head = (published: boolean) =>
    `<head><script type="application/ld+json">{"@type":"NewsArticle"}</script>` +
    `<meta property="og:type" content="article">` +
    (published ? '<meta property="article:published_time" content="2024-03-18">' : '') +
    `</head>`;
  // The worst body there is for an article: no prose at all, and a wall of teasers.
  const teasers = '<h3><a href="/x">A teaser headline for another story</a></h3>'.repeat(30);

  it('skip the body when no body could outweigh them', () => {
    const verdict = detectArticle(parsePage(`<html>${head(true)}<body>${teasers}</body></html>`));
    expect(verdict.isArticle).toBe(true);
    expect(verdict.reasons).toEqual(['JSON-LD NewsArticle', 'og:type article', 'published time']);
  });

  it('read the body when it could outweigh them, and then it does', () => {
    const verdict = detectArticle(parsePage(`<html>${head(false)}<body>${teasers}</body></html>`));
    expect(verdict.isArticle).toBe(false);
    expect(verdict.reasons).toContain('many teaser links (30)');
    expect(verdict.reasons).toContain('no prose paragraphs');
  });
});
