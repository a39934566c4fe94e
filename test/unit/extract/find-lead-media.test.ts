import { describe, expect, it } from 'vitest';
import { findLeadMedia } from '../../../src/extract/find-lead-media';
import { planArticle, visibleText } from '../../../src/extract/plan-article';
import { loadFixture, parsePage } from './load-page';

const BODY =
  '<p>' + 'The harbour handled more freight than ever before this spring. '.repeat(4) + '</p>';

function headerOf(html: string) {
  const doc = parsePage(
    `<body><div class="head"><h1>Headline</h1></div>${html}<div class="body">${BODY}</div></body>`,
  );
  return {
    doc,
    found: findLeadMedia(doc.querySelector('h1')!, doc.querySelector('.body')),
  };
}

describe('findLeadMedia', () => {
  it('finds the photo and caption block between headline and body', () => {
    const { doc, found } = headerOf(
      '<div class="lead"><div><img src="a.jpg" width="640"></div><div class="caption">Cranes at work. (Photo/Sam)</div></div>',
    );
    expect(found).toBe(doc.querySelector('.lead'));
  });

  it('takes a caption alone (the picture drawn later by script)', () => {
    const { doc, found } = headerOf(
      '<div class="LeadFeature"><div class="placeholder"></div><div class="embed-caption">A market stall.</div></div>',
    );
    expect(found).toBe(doc.querySelector('.LeadFeature'));
  });

  it('passes over avatars, small icons, adverts and pictures linking to other stories', () => {
    for (const html of [
      '<div class="author"><img src="me.jpg" width="640"><span>Jane Roe</span></div>',
      '<div class="share"><img src="x.svg" width="16"></div>',
      '<div class="ad-slot"><img src="ad.gif" width="728"></div>',
      '<div class="teaser"><a href="/other"><img src="t.jpg" width="640"></a></div>',
      '<div><img src="a.jpg"></div>',
      '<div>Advertisement<div class="caption">Sponsored</div></div>',
      '<div><div class="player-caption">Watch</div><script>player()</script></div>',
    ]) {
      expect(headerOf(html).found, html).toBeNull();
    }
  });

  it('never takes a block holding the body or links to several pages', () => {
    const { found } = headerOf(
      '<div class="rail"><figure><img src="a.jpg" width="640"><figcaption>One</figcaption></figure><a href="/a">A</a><a href="/b">B</a></div>',
    );
    expect(found?.tagName).toBe('FIGURE');
  });
});

describe('planArticle on a wire layout with the lead photo outside the body', () => {
  const doc = loadFixture('pages/en-lead-photo-story.html');
  const plan = planArticle(doc);

  it('keeps the timestamp and the lead photo with its caption visible', () => {
    const text = visibleText(doc, plan);
    expect(text).toContain('April 26, 2024 GMT');
    expect(text).toContain('Cranes load containers onto a feeder ship');
    const img = doc.querySelector('img[src="images/lead-harbour.svg"]')!;
    expect(plan?.hide.some((h) => h.contains(img))).toBe(false);
    expect(plan?.kept.has(img)).toBe(true);
  });

  it('still hides the share line, related stories and footer', () => {
    const text = visibleText(doc, plan);
    for (const clutter of ['Copy link', 'Related stories', 'All rights reserved', 'Shipping']) {
      expect(text).not.toContain(clutter);
    }
  });
});
