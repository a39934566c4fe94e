// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { featureSteps } from '../../../src/detect/detect-article';
import { urlShape } from '../../../src/detect/page-signals';
import { runSteps } from '../../../src/shared/run-steps';
import { parsePage } from '../extract/load-page';

const features = (html: string, url?: string) => runSteps(featureSteps(parsePage(html), url));

/** Short Japanese news sentences: no spaces, sentences end in 。 */
const jaParagraph =
  '<p>東京都は十八日、新しい港湾施設の建設計画を発表した。総事業費は約二千億円で、二〇二七年の完成を目指す。関係者によると、年間の取扱能力は百五十万個に増える見通しだという。</p>';
const teaserList = Array.from(
  { length: 30 },
  (_, i) => `<li><h3><a href="/news/${i}">A teaser headline for story number ${i}</a></h3></li>`,
).join('');

describe('body features', () => {
  it('measure a Japanese story in characters and sentences (。), not words', () => {
    const { body, x } = features(
      `<html><head><title>港湾施設の建設計画を発表 - 例新聞</title></head><body>
       <h1>港湾施設の建設計画を発表</h1><p>2024年3月18日 10:00</p>
       <div class="story">${jaParagraph.repeat(5)}</div></body></html>`,
    );
    expect(body?.dominantBlock).toBe(5);
    expect(body?.dominantSentences).toBe(15);
    expect(body?.dominantChars).toBeGreaterThan(350);
    expect(body?.headlineInTitle).toBe(true);
    expect(body?.dateNearHeadline).toBe(true);
    expect(x.oneH1).toBe(1);
    expect(x.blockParagraphs).toBeCloseTo(Math.log2(6));
  });

  it('measure a list of linked headings as link-dense, with no prose block', () => {
    const { body, x } = features(`<html><body><ul>${teaserList}</ul></body></html>`);
    expect(body?.dominantBlock).toBe(0);
    const story = features(
      `<html><body><nav><a href="/">Home</a></nav><div>${'<p>A sentence of plain prose that goes on for a while. And another one follows it here.</p>'.repeat(8)}</div></body></html>`,
    );
    expect(x.linkDensity).toBeGreaterThan(story.x.linkDensity ?? Infinity);
    expect(x.textToMarkup).toBeLessThan(story.x.textToMarkup ?? -Infinity);
  });

  it('find a byline and a date under the headline, but not in a far corner of the page', () => {
    const near = features(
      `<html><body><header><h1>Port operator wins contract</h1><p>By Jane Doe, March 18, 2024</p></header></body></html>`,
    );
    expect(near.body?.bylineMarkup).toBe(true);
    expect(near.body?.dateNearHeadline).toBe(true);
    const far = features(
      `<html><body><header><h1>Port operator wins contract</h1></header><main>${'<div><p>x</p></div>'.repeat(5)}</main><footer><span class="author">Jane Doe</span> 2024-03-18</footer></body></html>`,
    );
    expect(far.body?.bylineMarkup).toBe(false);
    expect(far.body?.dateNearHeadline).toBe(false);
  });

  it('measure text kept outside paragraphs, as some CMSs write it', () => {
    const { body } = features(
      `<html><body><div id="content">${'Plain text written straight into a div with line breaks. '.repeat(30)}<br><br>More.</div></body></html>`,
    );
    expect(body?.directText).toBeGreaterThan(1500);
  });

  it('read JSON-LD that a CMS put at the end of the body', () => {
    const { x } = features(
      `<html><body><p>x</p><script type="application/ld+json">{"@type":"NewsArticle"}</script></body></html>`,
    );
    expect(x.ldArticle).toBe(1);
  });
});

describe('urlShape', () => {
  it('recognises story URLs and front pages', () => {
    expect(urlShape('https://example.com/')).toMatchObject({ isRoot: true, depth: 0 });
    expect(urlShape('https://example.com/2024/03/18/port-operator-wins-contract')).toMatchObject({
      hasDate: true,
      slugWords: 4,
    });
    expect(urlShape('https://example.com/news/20240318/story.html')).toMatchObject({
      hasDate: true,
    });
    expect(
      urlShape('https://dantri.com.vn/kinh-doanh/gia-vang-giam-sau-dau-hieu-20221224012650880.htm'),
    ).toMatchObject({ articleId: true, slugWords: 6 });
    expect(urlShape('https://example.jp/article?id=12345')).toMatchObject({ articleId: true });
    expect(urlShape('https://example.com/%E0%A4%A')).toMatchObject({ known: true });
    expect(urlShape('not a url')).toMatchObject({ known: false, isRoot: false, slugWords: 0 });
  });
});
