// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { isClutterBox, isClutterLine } from '../../../src/extract/clutter-patterns';
import { planArticle, visibleText } from '../../../src/extract/plan-article';
import { opensWithReadNextLabel } from '../../../src/extract/story-pointers';
import { line, prose } from './block-fixtures';
import { parsePage } from './load-page';

function textOf(body: string): string {
  const doc = parsePage(`<html><head><title>Committee</title></head><body>${body}</body></html>`);
  return visibleText(doc, planArticle(doc));
}

describe('a "read this next" heading takes its teasers with it', () => {
  it('one-link paragraphs after "You may also like..."', () => {
    const text = textOf(
      `<div class="story"><h1>Committee</h1>${prose(6, 'Story')}<p>You may also like...</p><p><a href="/a">Who will make the list in 2020?</a></p><p><a href="/b">Fans really want the band in the hall</a></p>${prose(0, '')}</div>`,
    );
    expect(text).toContain('Story paragraph 5');
    expect(text).not.toContain('You may also like');
    expect(text).not.toContain('Who will make the list');
    expect(text).not.toContain('Fans really want');
  });

  it('a list of half-linked headlines after "More Great Stories"', () => {
    const text = textOf(
      `<div class="story"><h1>Committee</h1>${prose(6, 'Story')}<div class="heading-h3">More Great Example Stories</div><ul><li>The strange life and <a href="/a">mysterious death of a coder</a></li><li>How a platform <a href="/b">gets the First Amendment backward</a></li><li>What a merger means <a href="/c">for the future of wearables</a></li></ul></div>`,
    );
    expect(text).toContain('Story paragraph 5');
    expect(text).not.toContain('mysterious death');
    expect(text).not.toContain('The strange life');
  });

  it('a carousel of cards whose heading Readability dropped', () => {
    const card = (i: number): string =>
      `<div class="rail__item"><div class="rail__item-image"><a href="/story-${i}"><img src="/p${i}.jpg" alt=""></a></div><div class="rail__item-content"><h3>KICKER ${i}</h3><span>Teaser number ${i} about something else entirely</span></div><a class="rail__item-anchor" href="/story-${i}"></a></div>`;
    const text = textOf(
      `<div class="story"><h1>Committee</h1>${prose(4, 'Story')}<div class="rail"><div class="rail__header"><h3 class="rail__title">Most read in world news</h3></div><div class="swiper-wrapper">${card(1)}${card(2)}${card(3)}</div></div>${prose(4, 'More')}</div>`,
    );
    expect(text).toContain('More paragraph 3');
    expect(text).not.toContain('Teaser number');
  });

  it.each([
    ['Самые популярные диеты', 'Диета номер'],
    ['Das könnte Sie auch interessieren', 'Geschichte Nummer'],
    ['Lo más leído', 'Noticia número'],
  ])('teaser cards after "%s"', (heading, teaser) => {
    const card = (i: number): string =>
      `<div class="tumb"><div class="r"><a href="/d${i}"><img src="/d${i}.jpg" alt=""></a></div><div class="title"><a href="/d${i}">${teaser} ${i}</a></div><div class="body">${teaser} ${i}: ${'слово '.repeat(8)}</div></div>`;
    const text = textOf(
      `<div class="story"><h1>Committee</h1>${prose(6, 'Story')}<div id="box"><h2>${heading}</h2>${card(1)}${card(2)}${card(3)}</div></div>`,
    );
    expect(text).toContain('Story paragraph 5');
    expect(text).not.toContain(`${teaser} 2`);
  });

  it('but a list of the article own points after a plain heading stays', () => {
    const text = textOf(
      `<div class="story"><h1>Committee</h1>${prose(5, 'Story')}<h2>What changes</h2><ul><li>Fees rise by <a href="/fees">3%</a> in May</li><li>Two new <a href="/lines">bus lines</a> open</li><li>The bridge <a href="/bridge">closes for repairs</a></li></ul>${prose(2, 'End')}</div>`,
    );
    expect(text).toContain('Fees rise by 3% in May');
    expect(text).toContain('The bridge closes for repairs');
  });

  it('and a paragraph after "Comments" is not a teaser', () => {
    const text = textOf(
      `<div class="story"><h1>Committee</h1>${prose(5, 'Story')}<h3>Comments</h3><p><a href="/next">The next story of the day, a linked title</a></p>${prose(2, 'End')}</div>`,
    );
    expect(text).toContain('The next story of the day');
  });
});

describe('a block opening with its own "read this next" label', () => {
  it.each([
    [
      "<p><strong>DON'T MISS</strong><br><strong><a href='/a'>Plague warning: CDC names eight diseases</a> [WARNING]</strong><br><strong><a href='/b'>Holidaymakers die after eating marmot</a> [INSIGHT]</strong></p>",
      true,
    ],
    ["<p><b>Related:</b> <a href='/a'>Markets fall</a>, <a href='/b'>Rates rise</a></p>", true],
    [
      "<p><strong>More</strong> than 200 people attended, <a href='/report'>the report</a> said, and the council voted for the bridge.</p>",
      false,
    ],
    [
      "<p><strong>Don't miss</strong> the vote on Tuesday: the council will decide the bridge's future.</p>",
      false,
    ],
  ])('%s → %s', (html, expected) => {
    expect(opensWithReadNextLabel(line(html))).toBe(expected);
  });
});

describe('teaser lines and named link lines', () => {
  it.each([
    ['<p><a href="/r">Amazon Bestseller: Espresso Machine Review [Video]</a></p>', true],
    ['<p><a href="/r">Plane passengers quarantined after outbreak [NEWS]</a></p>', true],
    ['<p>Watch the council meeting [Video] on our site tonight.</p>', false],
    ['<p>Anzeige</p>', true],
    ['<p>Iklan</p>', true],
    ['<p>Print Article</p>', true],
    ['<p>Anzeigen wurden gestern veröffentlicht.</p>', false],
  ])('%s → %s', (html, clutter) => {
    expect(isClutterLine(line(html))).toBe(clutter);
  });

  it.each([
    [
      '<p class="mm_related"><strong>On Example.com:</strong> <a href="/a">Car sales plunge nearly 17 percent in August</a></p>',
      true,
    ],
    [
      '<p class="share-text">Share prices fell 3% on Monday after <a href="/q">the quarterly report</a>.</p>',
      false,
    ],
  ])('%s → %s', (html, clutter) => {
    expect(isClutterBox(line(html))).toBe(clutter);
  });
});

describe('a "read this next" box of other posts', () => {
  // A WordPress quotes blog: the post, then a sibling box "Você pode gostar..." holding other
  // posts in full (picture, share row, whole excerpt): together longer than the post itself.
  const post = (n: number): string =>
    `<article class="postbox post-${n}"><center><a href="/post-${n}"><img src="/p${n}.jpg" alt=""></a></center><div><center><a class="btn" href="https://share.example/?u=/post-${n}">Whatsapp</a> <a class="btn" href="https://social.example/share?u=/post-${n}">Facebook</a></center></div><p>Excerpt of post ${n}: ${'words of comfort and hope for every new morning, written for friends and family, '.repeat(5)}…</p></article><script>window.ads = [];</script>`;
  const page = (heading: string): string =>
    `<div id="primary"><article class="articlebox"><h1>Committee</h1>${prose(3, 'Story')}</article><article class="postbox"><h3 class="boxtitle">${heading}</h3>${post(1)}${post(2)}${post(3)}${post(4)}</article></div>`;

  it.each(['Você pode gostar...', 'You may also like'])(
    'goes after "%s" even when longer than the story',
    (heading) => {
      const text = textOf(page(heading));
      expect(text).toContain('Story paragraph 2');
      expect(text).not.toContain(heading.replace('...', ''));
      expect(text).not.toContain('Excerpt of post');
    },
  );

  it('stays after a plain heading (the page is a list of posts)', () => {
    const text = textOf(page('Mensagens de hoje'));
    expect(text).toContain('Excerpt of post 3');
  });

  it('stays when no prose is left outside it (a section front)', () => {
    const text = textOf(
      `<div id="primary"><article class="postbox"><h3>You may also like</h3>${[1, 2, 3, 4].map((n) => `<article class="postbox post-${n}"><a href="/post-${n}"><img src="/p${n}.jpg" alt=""></a><p>Excerpt of post ${n}: ${'words of comfort and hope for every new morning, '.repeat(5)}</p></article>`).join('')}</article></div>`,
    );
    expect(text).toContain('Excerpt of post 3');
  });
});
