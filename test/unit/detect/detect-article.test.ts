// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { decide, detectArticle, featureSteps, verdictOf } from '../../../src/detect/detect-article';
import model from '../../../src/detect/detector-weights.json';
import { runSteps } from '../../../src/shared/run-steps';
import { loadFixture, parsePage } from '../extract/load-page';

const SEED_URL =
  'https://congthuong.vn/nganh-cong-thuong-lai-chau-no-luc-on-dinh-san-xuat-xuat-khau.html';

describe('detectArticle, the fitted model on pages written for these tests', () => {
  it.each([
    ['pages/vi-news-article.html', 'https://vnexpress.net/gia-vang-hom-nay-4731234.html', true],
    ['pages/en-news-article.html', undefined, true],
    ['seed/laichau.html', SEED_URL, true],
    ['pages/home-page.html', 'https://news.example.com/', false],
    ['pages/vi-category-listing.html', 'https://example.vn/kinh-doanh.htm', false],
    ['pages/product-page.html', 'https://shop.example.com/p/4711', false],
    ['pages/docs-page.html', 'https://docs.example.com/guide/install', false],
  ])('%s → isArticle %s', (file, url, expected) => {
    const verdict = detectArticle(loadFixture(file), url);
    expect(verdict.isArticle).toBe(expected);
    expect(verdict.score >= model.threshold).toBe(expected);
    expect(verdict.confidence).toBeGreaterThan(0.5);
    expect(verdict.reasons.length).toBeGreaterThan(0);
  });

  it.each([
    // A plain story from a large outlet: no og:type, no JSON-LD, no date or slug in the address.
    ['pages/en-plain-story.html', 'https://www.example-broadcasting.com/news/12345678'],
    // A short Japanese story that declares nothing: counted in characters and 。, not words.
    ['pages/ja-plain-story.html', 'https://www.example.jp/economy/0501/k10014'],
  ])('%s, a story that declares nothing, is at least offered the article view', (file, url) => {
    const verdict = detectArticle(loadFixture(file), url);
    expect(verdict.isArticle || verdict.borderline).toBe(true);
    expect(verdict.score).toBeGreaterThanOrEqual(model.borderline);
  });

  it('gives reasons in plain words: what counted for the answer first, then what counted against', () => {
    const verdict = detectArticle(loadFixture('pages/en-plain-story.html'), undefined);
    const but = verdict.reasons.map((r) => r.startsWith('but '));
    expect(but[0]).toBe(false);
    // Once a reason against starts, only reasons against follow.
    expect(but.slice(but.indexOf(true) === -1 ? but.length : but.indexOf(true))).not.toContain(
      false,
    );
    // No internal names: the reader sees sentences, not feature ids.
    for (const r of verdict.reasons) expect(r).not.toMatch(/^[a-z]+[A-Z]\w*$/);
  });

  it('answers a front page from its address alone, naming why', () => {
    const home = detectArticle(loadFixture('pages/home-page.html'), 'https://news.example.com/');
    expect(home.isArticle).toBe(false);
    expect(home.borderline).toBe(false);
    expect(home.reasons).toContain("the address is the site's front page");
  });

  it('scores the same page lower at a section address than at a story address', () => {
    const at = (url: string) => detectArticle(loadFixture('pages/en-plain-story.html'), url).score;
    expect(at('https://example.com/2024/05/01/council-approves-new-bus-lanes')).toBeGreaterThan(
      at('https://example.com/tag/transport'),
    );
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
    // An address that does not say "wiki" itself: the generator alone must tell.
    const url = 'https://en.example.org/New_Zealand';
    const wiki = detectArticle(
      page('<meta name="generator" content="MediaWiki 1.34.0-wmf.23">'),
      url,
    );
    expect(wiki.isArticle).toBe(false);
    expect(wiki.reasons).toContain('made by wiki software (MediaWiki)');
    // Answered by the rule, from <head>: no quiet offer either.
    expect(wiki.borderline).toBe(false);
    expect(wiki.score).toBeLessThan(model.borderline);
    // The same page from a CMS that is no wiki goes to the model: the generator is what told.
    expect(detectArticle(page(''), url).reasons).not.toContain('made by wiki software (MediaWiki)');
  });

  it('is decide() over the signals it read: the benchmark scores cached signals the same way', () => {
    const doc = loadFixture('pages/ja-plain-story.html');
    const url = 'https://www.example.jp/economy/0501/k10014';
    const { page, body } = runSteps(featureSteps(doc, url));
    expect(verdictOf(decide(page, body))).toEqual(detectArticle(doc, url));
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
  ])('never throws, and calls no article: %s', (_name, html) => {
    const verdict = detectArticle(parsePage(html));
    expect(verdict.isArticle).toBe(false);
    expect(verdict.score).toBeGreaterThanOrEqual(0);
    expect(verdict.score).toBeLessThanOrEqual(1);
  });

  it('reads an XHTML document', () => {
    const xhtml = `<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><head><title>t</title></head><body><p>${'word '.repeat(50)}</p></body></html>`;
    const doc = new (
      parsePage('').defaultView as Window & typeof globalThis
    ).DOMParser().parseFromString(xhtml, 'application/xhtml+xml');
    expect(() => detectArticle(doc)).not.toThrow();
  });

  const cards =
    '<article><h3><a href="/a">A teaser headline for the home page</a></h3><p>A line of teaser text under it.</p></article>'.repeat(
      5000,
    );
  const bigPage = () =>
    parsePage(
      `<html><head><meta property="og:type" content="website"></head><body><h1>Markets</h1>${cards}</body></html>`,
    );

  it('answers a large front page without reading its body', () => {
    const doc = bigPage();
    const start = performance.now();
    const verdict = detectArticle(doc, 'https://news.example.com/');
    expect(verdict.isArticle).toBe(false);
    // jsdom is far slower than a browser; this guards against any walk of the body.
    expect(performance.now() - start).toBeLessThan(50);
  });
});
