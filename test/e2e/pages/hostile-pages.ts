/**
 * Generated large and hostile article pages (issue #7): 5 MB of HTML, 100,000 elements, 10,000
 * numbers, deeply nested markup, and a page that never stops mutating. Built in code, the same
 * every run, so no corpus page is copied into the repo; the e2e tests and `npm run bench` serve
 * the same pages. Every page carries the page-side heartbeat of `page-heartbeat.ts`.
 */
import { HEARTBEAT_SCRIPT } from './page-heartbeat';

/** The generated pages, by name. */
export type HostilePageName =
  'five-mb' | 'many-nodes' | 'many-numbers' | 'deep-nesting' | 'mutating';

const pick = <T>(list: readonly T[], i: number): T => list[i % list.length] as T;

const FIGURES = [
  'revenue of $12.4 million',
  'a rise of 4.5%',
  'output of 3,200 tonnes',
  'a 1,250 MW plant',
  'costs of $3.8 billion',
  'a fall of 2.1%',
  '48,000 barrels a day',
  'a margin of 17.3%',
  'exports worth $640 million',
  '2,400 hectares',
];
const OPENERS = [
  'According to the ministry,',
  'In the last quarter,',
  'The company said',
  'Analysts noted that',
  'Over the first four months,',
];

/** One prose paragraph with `figures` economic figures (each recognised once). */
function prose(i: number, figures: number, inline = false): string {
  const parts = Array.from({ length: figures }, (_, k) => pick(FIGURES, i + k * 3));
  const link = inline ? ' (<a href="/markets">markets</a>, <em>provisional</em>)' : '';
  return (
    `<p>${pick(OPENERS, i)} the regional industry reported ${parts.join(', ')}${link}; ` +
    `producers kept their lines running and expect steady orders through the season.</p>`
  );
}

function links(count: number, prefix: string): string {
  return Array.from(
    { length: count },
    (_, i) => `<li><a href="/${prefix}/${i}">${prefix} ${i}</a></li>`,
  ).join('');
}

interface Shell {
  title: string;
  head?: string;
  before?: string;
  body: string;
  after?: string;
  tail?: string;
}

/** A news article page around `body`, with the usual clutter, metadata and the heartbeat. */
function articlePage(s: Shell): string {
  const jsonLd = JSON.stringify({
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: s.title,
    datePublished: '2024-05-12T08:30:00Z',
    author: { '@type': 'Person', name: 'Jane Reporter' },
  });
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${s.title} | The Daily Ledger</title>
<meta property="og:type" content="article"><meta property="og:title" content="${s.title}">
<meta property="article:published_time" content="2024-05-12T08:30:00Z">
<script type="application/ld+json">${jsonLd}</script>
${HEARTBEAT_SCRIPT}
${s.head ?? ''}
</head><body>
<header><nav class="menu"><a href="/">Home</a> <a href="/markets">Markets</a> <a href="/energy">Energy</a></nav></header>
${s.before ?? ''}
<main><article class="story">
<h1 class="headline">${s.title}</h1>
<div class="byline">By Jane Reporter · 12 May 2024</div>
<div class="story-body">
${s.body}
</div>
</article>
<aside class="related"><h3>Related</h3><ul>${links(12, 'related')}</ul></aside>
</main>
${s.after ?? ''}
<footer><p>The Daily Ledger. All rights reserved.</p></footer>
${s.tail ?? ''}
</body></html>`;
}

/**
 * 5 MB: a 700-paragraph article (under the long-page threshold, so the full extractor runs)
 * inside a page that also carries what makes real pages that heavy — a framework's inline JSON
 * state, a big inline stylesheet and an SVG sprite.
 */
function fiveMb(): string {
  const body = Array.from({ length: 700 }, (_, i) => prose(i, 2, i % 3 === 0)).join('\n');
  const state = JSON.stringify({
    props: Array.from({ length: 31_000 }, (_, i) => ({
      id: i,
      slug: `story-${i}-regional-industry-output-and-exports`,
      teaser: 'Producers kept their lines running and expect steady orders through the season.',
    })),
  });
  const css = Array.from(
    { length: 4000 },
    (_, i) =>
      `.c${i}{margin:${i % 7}px;padding:${i % 5}px;color:#${(i * 2654435).toString(16).slice(-6).padStart(6, '0')}}`,
  ).join('\n');
  const sprite = Array.from(
    { length: 600 },
    (_, i) =>
      `<symbol id="i${i}" viewBox="0 0 24 24"><path d="M${i % 24} 2 L22 ${i % 20} L2 22 Z M4 4 h16 v16 h-16 z"/></symbol>`,
  ).join('');
  return articlePage({
    title: 'Regional industry keeps lines running as orders hold steady',
    head: `<style>${css}</style>`,
    before: `<svg style="display:none" xmlns="http://www.w3.org/2000/svg">${sprite}</svg>`,
    body,
    tail: `<script type="application/json" id="__STATE__">${state}</script>`,
  });
}

/** 100,000+ elements: a mega-menu, thousands of comments and cards around a 600-paragraph article. */
function manyNodes(): string {
  const body = Array.from({ length: 600 }, (_, i) => prose(i, 2, true)).join('\n');
  const menu = Array.from(
    { length: 300 },
    (_, c) => `<li class="cat"><span>Section ${c}</span><ul>${links(50, `s${c}`)}</ul></li>`,
  ).join('');
  // Comments use <div>s, as many comment widgets do: the page stays under the paragraph count
  // that switches to the long-page finder, so the full extractor faces all 100,000 elements.
  const comments = Array.from(
    { length: 4000 },
    (_, i) =>
      `<div class="comment"><div class="who"><b>Reader ${i}</b> <span class="time">${i % 60} min</span></div>` +
      `<div class="text">Prices went up again this month.</div><div class="actions"><button>Like</button><button>Reply</button><button>Report</button></div></div>`,
  ).join('');
  const cards = Array.from(
    { length: 2000 },
    (_, i) =>
      `<div class="card"><a href="/s/${i}"><img alt="" width="40" height="30"><h4>Story ${i}</h4></a><span>${i % 9} h</span></div>`,
  ).join('');
  return articlePage({
    title: 'Port authority approves expansion after months of talks',
    before: `<nav class="mega-menu"><ul>${menu}</ul></nav>`,
    body,
    after: `<section class="comments"><h3>Comments</h3>${comments}</section><section class="more-stories">${cards}</section><div class="sitemap"><ul>${links(12_000, 'map')}</ul></div>`,
  });
}

/** 10,000 numbers in the article: 1,000 paragraphs of 10 figures each. */
function manyNumbers(): string {
  const body = Array.from({ length: 1000 }, (_, i) => prose(i, 10)).join('\n');
  return articlePage({ title: 'Quarterly figures for every plant in the region', body });
}

/**
 * Deeply nested markup: the article sits 400 `<div>`s deep in the HTML (near the parsers' own
 * limits), each paragraph is 40 inline elements deep, and a page script builds a 450-deep
 * chain of elements (a hostile widget) before the content script runs. Not deeper: Chromium
 * 156's renderer itself crashes on a 600-deep DOM, with or without the extension.
 */
function deepNesting(): string {
  const inline = (text: string) => '<span>'.repeat(40) + text + '</span>'.repeat(40);
  const body = Array.from({ length: 200 }, (_, i) =>
    prose(i, 2).replace(/<p>(.*)<\/p>/, (_m, t: string) => `<p>${inline(t)}</p>`),
  ).join('\n');
  const open = Array.from({ length: 400 }, (_, i) => `<div class="w${i % 10}">`).join('');
  const close = '</div>'.repeat(400);
  const builder = `<script>(() => {
  let node = document.createElement('div');
  node.className = 'deep-widget';
  document.body.appendChild(node);
  for (let i = 0; i < 450; i++) {
    const child = document.createElement(i % 2 ? 'span' : 'div');
    child.textContent = i % 50 === 0 ? 'level ' + i : '';
    node.appendChild(child);
    node = child;
  }
})();</script>`;
  return articlePage({
    title: 'Grid operator connects new substation to the national network',
    body: `${open}${body}${close}`,
    tail: builder,
  });
}

/**
 * A page that never stops changing: a clock in the header every frame, a live ticker that
 * adds and drops an item every 20 ms, an attribute flipping on <body> every 50 ms and a view
 * counter rewritten inside the article itself every 100 ms, around an article of 2,000
 * figures. The page stays the same size; it times its own ticker work in `__mutations`, which
 * live Ranges of ours would slow (the browser updates each on every DOM change).
 */
function mutating(): string {
  const body = Array.from({ length: 200 }, (_, i) => prose(i, 10, i % 4 === 0)).join('\n');
  const script = `<script>(() => {
  const clock = document.querySelector('.clock');
  const ticker = document.querySelector('.ticker ul');
  const views = document.querySelector('.views');
  const cost = (window.__mutations = { ms: 0, updates: 0 });
  let n = 0;
  const frame = () => { clock.textContent = String(performance.now() | 0); requestAnimationFrame(frame); };
  requestAnimationFrame(frame);
  setInterval(() => {
    const start = performance.now();
    const li = document.createElement('li');
    li.innerHTML = '<a href="/live/' + n + '">Update ' + n++ + ': prices steady</a>';
    ticker.prepend(li);
    if (ticker.children.length > 30) ticker.lastElementChild.remove();
    cost.ms += performance.now() - start;
    cost.updates++;
  }, 20);
  setInterval(() => document.body.classList.toggle('pulse'), 50);
  setInterval(() => { views.textContent = 'Read by ' + n + ' people'; }, 100);
})();</script>`;
  return articlePage({
    title: 'Live: markets steady as the central bank holds rates',
    before: '<div class="clock">0</div><div class="ticker"><ul></ul></div>',
    body: `<p class="views">Read by 0 people</p>\n${body}`,
    tail: script,
  });
}

const GENERATORS: Record<HostilePageName, () => string> = {
  'five-mb': fiveMb,
  'many-nodes': manyNodes,
  'many-numbers': manyNumbers,
  'deep-nesting': deepNesting,
  mutating,
};

/** What each page is, for test names and bench rows. */
export const HOSTILE_PAGES: Record<HostilePageName, string> = {
  'five-mb': '5 MB of HTML (700-paragraph article, inline JSON state, CSS, SVG sprite)',
  'many-nodes': '100,000+ elements (mega-menu, 4,000 comments, 2,000 cards, sitemap)',
  'many-numbers': '10,000 numbers (1,000 paragraphs of 10 figures)',
  'deep-nesting': 'deep nesting (article 400 divs deep, 40-deep inline, 450-deep widget)',
  mutating:
    'mutating constantly (2,000 figures; clock per frame, ticker every 20 ms, article text every 100 ms)',
};

export const HOSTILE_PAGE_NAMES = Object.keys(GENERATORS) as HostilePageName[];

/** The page's HTML (generated afresh: the big ones are megabytes, so not kept around). */
export function generateHostilePage(name: HostilePageName): string {
  return GENERATORS[name]();
}
