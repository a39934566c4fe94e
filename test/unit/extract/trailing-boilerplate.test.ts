// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { planArticle, visibleText } from '../../../src/extract/plan-article';
import {
  isClosingLine,
  isPromoLine,
  pruneBoilerplate,
} from '../../../src/extract/trailing-boilerplate';
import { parsePage } from './load-page';

const prose = (n: number, topic: string): string =>
  Array.from(
    { length: n },
    (_, i) =>
      `<p>${topic} paragraph ${i}: the council met on Tuesday, heard from residents and engineers, and voted, after a long debate, to fund the new bridge before the spring floods.</p>`,
  ).join('');

function textOf(body: string, url?: string, head = ''): string {
  const doc = parsePage(
    `<html><head><title>Bridge vote</title>${head}</head><body>${body}</body></html>`,
    url,
  );
  return visibleText(doc, planArticle(doc));
}

describe('promo lines are boilerplate wherever they stand', () => {
  it.each([
    'Sign up for our free daily newsletter to get the top stories in your inbox.',
    'Get breaking news alerts and special reports. The news and stories that matter, delivered weekday mornings.',
    "There's plenty more where that came from. Sign up for The Morning Brief today to get the free newsletter.",
    '© 2019 Example Media Group. All rights reserved.',
    'Copyright 2019 Example News Now. All rights reserved.',
    'Disclaimer: The views expressed by the experts are their own and not those of the website.',
    'This document is subject to copyright. No part may be reproduced without written permission.',
    'We may earn a commission if you buy something through links in this article.',
    'Note: we are temporarily moderating all comments submitted to deal with a surge in spam.',
    'ATENÇÃO: Comentários com textos ininteligíveis não serão aprovados pelo moderador.',
    'This post contains references to products from our advertisers. We may receive compensation when you click on links to those products.',
    'Associated Press writers Jane Roe and John Doe contributed to this report.',
    '(Reporting by Jane Roe; Editing by John Doe)',
    'Copyright @ 2019 Example Arab News.',
    'Copyright ⓒ Example Media. 무단전재 및 재배포 금지',
    '記事の無断転載を禁じます。',
    'Opinions expressed by Example Contributors are their own.',
    'Disclaimer: The views and investment tips expressed by investment experts on Example.com are their own and not that of the website or its management.',
    'The views expressed in this column are solely those of the author and are their own.',
    'Jane Roe contributed reporting from Hong Kong.',
    'Every day we send an email with the top stories from Example.',
    'If you enjoyed this article, we have a proposition for you: Join EXAMPLEPLUS. Members get all of our content.',
    'If you value our reporting, please consider becoming a member: support our journalism today.',
  ])('%s', (line) => {
    expect(isPromoLine(line)).toBe(true);
  });

  it.each([
    'Subscribers to the service rose 12% in the quarter, the company said.',
    'Sign up for an ad-free account for $11.99 a month.',
    'The newsletter, which she started in 2015, now has 40,000 readers.',
    '© Provided by Example Inc. The two companies shocked the market this year by announcing a merger.',
    'Police said comments made by the suspect were recorded on Monday.',
    'His comments create a challenge for the front-runners and an opening for moderates to attack.',
    'Reporters were told the vote had been delayed.',
    'Image: Jose Mourinho, left, has replaced Mauricio Pochettino as manager',
    '(Image credit: All About Space)',
    'Photo: the bridge at dawn',
    'The views expressed at the meeting were sharply divided.',
    'The views and fears expressed by residents were their own concern, the mayor said.',
    'She contributed reporting to the first inquiry in 2015, and later led the second one.',
    'Every day we send a patrol to the border, the minister said.',
    'Disclaimer: if you see different patch sizes when you press update, that is expected.',
    'If you enjoyed the first film, the sequel will not disappoint, critics said.',
  ])('not: %s', (line) => {
    expect(isPromoLine(line)).toBe(false);
  });
});

describe('closing lines are boilerplate only at the end', () => {
  it.each([
    'Jane Roe is a reporter for Example News.',
    "Sam Lee is Example's deal curator and spends 25% of his pay on stuff he posts.",
    'Jeff Doe (jeff@example.com) is the editor and publisher of The Review.',
    'Acme is a global solutions provider focused on healthcare ICT and mobile workflow solutions.',
    "Mike Roe's book about alien life is out now. Follow him on Twitter @mikeroe.",
    'Write to Al Roe at al.roe@example.com',
    'Reach the reporters on Twitter at http://twitter.com/example',
    'More AP NBA: https://apnews.com/NBA and https://twitter.com/AP_Sports',
    'Tags',
    'This article originally appeared on The Conversation.',
  ])('%s', (line) => {
    expect(isClosingLine(line)).toBe(true);
  });

  it.each([
    'Apple is a member of the consortium and will vote next week.',
    'The company is a leading provider of bridge sensors, its chief said.',
    'She followed the debate on Twitter late into the night.',
  ])('not: %s', (line) => {
    expect(isClosingLine(line)).toBe(false);
  });

  it('prunes bios, contact and follow lines after the last paragraph', () => {
    const text = textOf(
      `<article><h1>Bridge vote</h1>${prose(6, 'Vote')}<p>Jane Roe is a reporter for the Example Gazette.</p><p>Follow us on Twitter for updates.</p><p><em>Write to Jane Roe at jane@example.com</em></p></article>`,
    );
    expect(text).toContain('Vote paragraph 5');
    expect(text).not.toContain('Jane Roe is a reporter');
    expect(text).not.toContain('Follow us on Twitter');
    expect(text).not.toContain('Write to Jane Roe');
  });

  it('keeps a syndication note above the story and prunes it after the story', () => {
    const note = 'This post originally appeared on Example Grist.';
    const above = textOf(
      `<article><h1>Bridge vote</h1><p class="editors_note">${note}</p>${prose(6, 'Vote')}</article>`,
    );
    expect(above).toContain(note);
    const after = textOf(
      `<article><h1>Bridge vote</h1>${prose(6, 'Vote')}<p>${note}</p></article>`,
    );
    expect(after).toContain('Vote paragraph 5');
    expect(after).not.toContain(note);
  });

  it('keeps a bio-shaped sentence in the middle of the story', () => {
    const text = textOf(
      `<article><h1>Bridge vote</h1>${prose(3, 'Early')}<p>Jane Roe is a reporter for the Example Gazette.</p>${prose(3, 'Late')}</article>`,
    );
    expect(text).toContain('Jane Roe is a reporter for the Example Gazette.');
  });

  it('prunes promo lines in the middle of the story', () => {
    const text = textOf(
      `<article><h1>Bridge vote</h1>${prose(3, 'Early')}<p>Get breaking news alerts and special reports, delivered weekday mornings.</p>${prose(3, 'Late')}</article>`,
    );
    expect(text).toContain('Late paragraph 2');
    expect(text).not.toContain('breaking news alerts');
  });
});

describe('repeated blocks and the printed address', () => {
  it("shows a gallery's caption once", () => {
    const caption =
      'Workers pour concrete for the first pier of the new bridge on Tuesday. (Photo: Jane Roe)';
    const text = textOf(
      `<article><h1>Bridge vote</h1><ul class="gallery"><li><div class="full"><p>${caption}</p></div><div class="short"><p>${caption}</p></div></li></ul>${prose(6, 'Vote')}</article>`,
    );
    expect(text.split(caption).length - 1).toBe(1);
  });

  it('keeps identical paragraphs under one parent and questions asked of each guest', () => {
    const question = 'What inspired you to start cooking for an audience of strangers?';
    const guest = (name: string): string =>
      `<section><h2>${name}</h2><p>${question}</p>${prose(2, name)}</section>`;
    const text = textOf(
      `<article><h1>Bridge vote</h1>${guest('Anna')}${guest('Boris')}<div>${prose(2, 'Same')}${prose(2, 'Same')}</div></article>`,
    );
    expect(text.split(question).length - 1).toBe(2);
    const twin = textOf(
      `<article><h1>Bridge vote</h1><div>${prose(2, 'First')}</div><div><p>Second paragraph.</p>${prose(1, 'First')}</div>${prose(3, 'More')}</article>`,
    );
    expect(twin.split('First paragraph 0').length - 1).toBe(2);
    expect(text.split('Same paragraph 1').length - 1).toBe(2);
  });

  it('keeps a caption two figures share', () => {
    const fig = (n: number): string =>
      `<figure><img src="/chart-${n}.png" alt=""><figcaption>Backtesting with a higher entry threshold</figcaption></figure>`;
    const text = textOf(
      `<article><h1>Bridge vote</h1>${prose(3, 'Early')}${fig(1)}${fig(2)}${prose(3, 'Late')}</article>`,
    );
    expect(text.split('Backtesting with a higher entry threshold').length - 1).toBe(2);
  });

  it("hides the page's own address printed for paper copies", () => {
    const url = 'https://news.example/city/bridge-vote-123.php';
    const text = textOf(
      `<article><div class="print-header"><span>${url}</span></div><h1>Bridge vote</h1>${prose(6, 'Vote')}</article>`,
      url,
      `<link rel="canonical" href="${url}">`,
    );
    expect(text).toContain('Vote paragraph 5');
    expect(text).not.toContain(url);
  });
});

describe('more promo and closing lines', () => {
  it.each([
    'Join our Space Forums to keep talking space on the latest missions!',
    'Want more science? Get a subscription of our sister publication for the latest news.',
    '[button link="https://example.com/submit/" type="big"] Send us YOUR review[/button]',
    'Media playback is unsupported on your device',
    'This slideshow requires JavaScript.',
    'Photo: David Zalubowski, STF / Associated Press',
    '(Image: © NASA/ESA/K. Retherford/SWRI)',
    'Getty Images',
    'Your browser does not support the video tag.',
  ])('%s', (line) => {
    expect(isPromoLine(line)).toBe(true);
  });

  it.each([
    'Need more space? Check out our sister magazine.',
    '👁 Prepare for the deepfake era of video; plus, check out the latest news on AI',
  ])('closing: %s', (line) => {
    expect(isClosingLine(line)).toBe(true);
  });
});

describe('links to other stories inside the body', () => {
  it('hides shouted and tagged headline links, keeps a linked sentence', () => {
    const text = textOf(
      `<article><h1>Bridge vote</h1>${prose(3, 'Early')}<p><strong><a href="/other">CITY COUNCIL 'PROUD' OF BRIDGE WORKERS LIVING THE DREAM</a></strong></p><p><a href="/x">Bridge rivals furious at mayor over toll jibe [INSIGHT]</a></p><p><a href="/report">The full engineering report is available online.</a></p><p>(Leggi anche su: <a href="/it">Il ponte nuovo</a>)</p>${prose(3, 'Late')}</article>`,
    );
    expect(text).not.toContain('WORKERS LIVING THE DREAM');
    expect(text).not.toContain('[INSIGHT]');
    expect(text).not.toContain('Leggi anche');
    expect(text).toContain('The full engineering report is available online.');
  });

  it("hides a person's hover card inside a sentence, keeps the sentence", () => {
    const card =
      '<span class="card"><span><img src="/p.jpg" alt=""><a href="/people/jane">Jane Roe</a><a href="/story-1">Roe backs bridge plan</a> <a href="/story-2">Roe opposes toll</a></span></span>';
    const text = textOf(
      `<article><h1>Bridge vote</h1><p><span>The motion came from Rep. <span class="person"><a href="/people/jane">Jane Roe</a>${card}</span>, who spoke for an hour about the bridge and its cost to the town.</span></p>${prose(5, 'Vote')}</article>`,
    );
    expect(text).toContain('The motion came from Rep. Jane Roe, who spoke for an hour');
    expect(text).not.toContain('Roe backs bridge plan');
  });
});

describe('tag lists', () => {
  it('hides a rel="tag" list inside the body, whatever its markup', () => {
    const text = textOf(
      `<article><h1>Bridge vote</h1><div class="body">${prose(5, 'Vote')}<strong>Tags<br><a rel="tag" href="/tag/bridge">bridge</a>, <a rel="tag" href="/tag/council">city council</a>, <a rel="tag" href="/tag/floods">spring floods</a></strong></div></article>`,
    );
    expect(text).toContain('Vote paragraph 4');
    expect(text).not.toContain('city council');
  });
});

describe('the lead', () => {
  it('is not a tag list repeating the meta description', () => {
    const tags = 'bridge vote 2019, city council bridge, spring floods bridge, bridge toll';
    const list = tags
      .split(', ')
      .map((t) => `<a rel="tag" href="/tag/${t.replace(/ /g, '-')}">${t}</a>`)
      .join(', ');
    const text = textOf(
      `<div class="post"><h1>Bridge vote</h1><div class="body"><strong>Tags<br>${list}</strong>${prose(5, 'Vote')}</div></div>`,
      undefined,
      `<meta name="description" content="${tags}">`,
    );
    expect(text).toContain('Vote paragraph 4');
    expect(text).not.toContain('spring floods bridge');
  });

  it('is shown once when the body repeats it', () => {
    const dek = 'The council backed the new bridge after a six-hour debate on Tuesday night.';
    const text = textOf(
      `<article><header><h1>Bridge vote</h1><div class="dek">${dek}</div></header><div class="body"><div class="abstract">${dek}</div>${prose(5, 'Vote')}</div></article>`,
    );
    expect(text.split(dek).length - 1).toBe(1);
  });

  it('is never a box after the story when one wrapper holds headline and body', () => {
    const text = textOf(
      `<main><article><h1>Bridge vote</h1>${prose(5, 'Vote')}</article><div class="card"><div class="summary">Another story's summary, shown in a card after the one you are reading.</div></div></main>`,
    );
    expect(text).toContain('Vote paragraph 4');
    expect(text).not.toContain("Another story's summary");
  });
});

describe('inline lines whose wrapper Readability dropped', () => {
  it('are checked like blocks', () => {
    const doc = parsePage(
      `<body><article><p>One paragraph of the story about the bridge vote on Tuesday night.</p><div class="sign-off"><span>Reporting by Jane Roe; Editing by John Doe</span></div></article></body>`,
    );
    const span = doc.querySelector('span') as Element;
    const kept = new Set<Element>([
      doc.querySelector('article') as Element,
      doc.querySelector('p') as Element,
      span,
    ]);
    pruneBoilerplate(kept);
    expect(kept.has(span)).toBe(false);
    expect(kept.has(doc.querySelector('p') as Element)).toBe(true);
  });
});
