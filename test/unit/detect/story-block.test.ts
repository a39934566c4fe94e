// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { featureSteps } from '../../../src/detect/detect-article';
import { readPageSignals, urlShape } from '../../../src/detect/page-signals';
import { runSteps } from '../../../src/shared/run-steps';
import { parsePage } from '../extract/load-page';

const features = (html: string, url?: string) => runSteps(featureSteps(parsePage(html), url));

const paragraph =
  '<p>The council met on Tuesday to decide on the new bus lanes, which residents had asked for since the spring. Most members voted in favour.</p>';

describe('where the main prose sits', () => {
  it('finds a blog post: an <article>, a post container, its title as an <h2> above the text', () => {
    const { body, x } = features(
      `<html><head><title>Why I moved my garden to raised beds | Jane's garden</title></head><body>
       <nav><ul><li><a href="/">Home</a></li><li><a href="/about">About</a></li></ul></nav>
       <article class="post"><h2 class="entry-title">Why I moved my garden to raised beds</h2>
       <div class="entry-content">${paragraph.repeat(6)}</div></article></body></html>`,
    );
    expect(body?.blockInArticleTag).toBe(true);
    expect(body?.blockStoryName).toBe(true);
    expect(body?.titleHeading).toBe(true);
    expect(body?.headlineBeforeBlock).toBe(true);
    // The <h1> rule alone would have missed this headline.
    expect(body?.headlineInTitle).toBe(false);
    expect(x.blockShare).toBe(1);
    expect(x.listItems).toBeCloseTo(Math.log2(3));
  });

  it('does not call the text of an information page a story', () => {
    const { body } = features(
      `<html><head><title>Opening hours</title></head><body><div id="page">
       <div class="boxes">${paragraph.repeat(3)}</div><h1>Opening hours</h1>
       <form><input name="q"><button>Search</button></form></div></body></html>`,
    );
    expect(body?.blockInArticleTag).toBe(false);
    expect(body?.blockStoryName).toBe(false);
    // The headline comes after the text it would head.
    expect(body?.titleHeading).toBe(true);
    expect(body?.headlineBeforeBlock).toBe(false);
    expect(body?.controls).toBe(2);
  });

  it('counts link text in the main block, and the share of the prose it holds', () => {
    const linked =
      '<p>Read <a href="/a">the full report on the council decision</a> and the minutes of the meeting held on Tuesday evening.</p>';
    const { x } = features(
      `<html><body><div class="a">${linked.repeat(4)}</div><div class="b">${paragraph.repeat(2)}</div></body></html>`,
    );
    expect(x.blockLinks).toBeGreaterThan(0.3);
    expect(x.blockShare).toBeGreaterThan(0.5);
    expect(x.blockShare).toBeLessThan(1);
  });

  it('ends sentences in Devanagari and Armenian text too', () => {
    const hi =
      '<p>नगर परिषद ने मंगलवार को नई बस लेन पर फैसला किया। निवासी वसंत से इसकी मांग कर रहे थे। अधिकांश सदस्यों ने पक्ष में मतदान किया।</p>';
    const hy =
      '<p>Քաղաքային խորհուրդը երեքշաբթի որոշեց նոր ավտոբուսային գծերի մասին։ Բնակիչները դա խնդրում էին գարնանից։</p>';
    expect(
      features(`<html><body><div>${hi.repeat(3)}</div></body></html>`).body?.dominantSentences,
    ).toBe(9);
    expect(
      features(`<html><body><div>${hy.repeat(3)}</div></body></html>`).body?.dominantSentences,
    ).toBe(6);
  });
});

describe('head and address signals', () => {
  it('reads an AMP link, a large-image card and story meta tags', () => {
    const doc = parsePage(
      `<html><head><link rel="amphtml" href="/amp/story"><meta name="twitter:card" content="summary_large_image">
       <meta property="article:section" content="Politics"></head><body></body></html>`,
    );
    expect(readPageSignals(doc, undefined)).toMatchObject({
      amp: true,
      largeImageCard: true,
      storyMeta: true,
    });
    expect(
      readPageSignals(parsePage('<html><head></head><body></body></html>'), undefined),
    ).toMatchObject({ amp: false, largeImageCard: false, storyMeta: false });
  });

  it('measures the last segment of the address, a page file and a number', () => {
    expect(urlShape('https://www.example.de/politik/streit-um-die-rente.html')).toMatchObject({
      lastChars: 19,
      fileName: true,
      digits: false,
    });
    expect(urlShape('https://example.com/news/2841')).toMatchObject({
      lastChars: 4,
      fileName: false,
      digits: true,
    });
  });

  it('tells folders of stories from folders of videos, questions and shops', () => {
    expect(urlShape('https://www.asahi.com/articles/AST1F4445T1FUTIL02SM.html')).toMatchObject({
      storyFolder: true,
      otherKind: false,
    });
    expect(urlShape('https://blog.example.org/2016/12/release-notes')).toMatchObject({
      storyFolder: true,
    });
    expect(
      urlShape('https://www.example.com.br/carros/videos/2020/06/23/capota-polo'),
    ).toMatchObject({ storyFolder: false, otherKind: true });
    expect(urlShape('https://stackoverflow.com/questions/3553693/wicket-vs-vaadin')).toMatchObject({
      otherKind: true,
    });
    expect(urlShape('https://www.example.de/impressum')).toMatchObject({ otherKind: true });
    // A story's own slug may say "video": only folders above it count.
    expect(urlShape('https://example.com/news/watch-the-video-of-the-launch')).toMatchObject({
      storyFolder: true,
      otherKind: false,
    });
    // Story numbers in the query, as older CMSs name them.
    expect(urlShape('http://example.co.kr/news/news_view.html?idx=8723&page=1').articleId).toBe(
      true,
    );
    expect(urlShape('http://m.example.com/mnews.asp?pk_no=1412361').articleId).toBe(true);
    expect(urlShape('http://example.com/search?page=1234').articleId).toBe(false);
    // "news" as the page itself is a section, not a folder of stories.
    expect(urlShape('https://example.com/news')).toMatchObject({ storyFolder: false });
  });
});
