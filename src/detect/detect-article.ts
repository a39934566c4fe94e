/**
 * "Is this a news article?" Cheap signals first: what the page declares in <head> and what its
 * URL looks like; a page that declares itself something else, or is a site's front page, is
 * answered before the body is read, and so is one whose declarations no body could outweigh
 * (`SETTLED`). Otherwise one bounded pass over <p> elements weighs one
 * dominant block of prose against many teaser links.
 */
import { bodySignalSteps, type BodySignals } from './body-signals';
import { jsonLdTypes, readPageSignals, type PageSignals } from './page-signals';
import { runSteps } from '../pipeline/run-steps';
import type { ArticleVerdict } from './verdict';

/** Score at or above which a page is an article. */
const THRESHOLD = 2;

interface Evidence {
  score: number;
  reasons: Array<{ points: number; reason: string }>;
}

function add(e: Evidence, points: number, reason: string): void {
  e.score += points;
  e.reasons.push({ points, reason });
}

function weighDeclarations(p: PageSignals, e: Evidence): void {
  if (p.jsonLdArticle !== null) add(e, 3, `JSON-LD ${p.jsonLdArticle}`);
  else if (p.jsonLdOther !== null) add(e, -3, `JSON-LD ${p.jsonLdOther}`);
  if (p.ogType === 'article' || p.ogType?.startsWith('article') === true)
    add(e, 2, 'og:type article');
  else if (p.ogType === 'website') add(e, -1, 'og:type website');
  else if (p.ogType !== null && p.ogType !== '') add(e, -3, `og:type ${p.ogType}`);
  if (p.publishedTime) add(e, 1, 'published time');
  // Wikipedia declares JSON-LD Article on every entry: an encyclopedia entry, not news.
  if (p.wikiEngine !== null) add(e, -5, `made by wiki software (${p.wikiEngine})`);
  if (p.url.isRoot) add(e, -4, 'site front page URL');
  if (p.url.listing) add(e, -2, 'listing or search URL');
  if (p.url.hasDate) add(e, 1, 'date in URL');
  if (p.url.longSlug) add(e, 1, 'story slug in URL');
  else if (p.url.articleId) add(e, 0.5, 'story id in URL');
}

/** What the body can say against an article: little prose, and a page of teasers. */
const LITTLE_PROSE = -2;
const MANY_TEASERS = -2;
/**
 * Declarations this far above the threshold settle the answer: the body could not take it
 * below, so it is not read (a publisher that declares JSON-LD NewsArticle, og:type article and
 * a published time has said what the page is). 18 of the 29 English corpus pages stop here;
 * the bench's median detection there went from 0.62 to 0.52 ms in Chromium.
 */
const SETTLED = THRESHOLD - LITTLE_PROSE - MANY_TEASERS;

function weighBody(b: BodySignals, e: Evidence): void {
  if (b.dominantBlock >= 10) add(e, 2, `one dominant text block of ${b.dominantBlock} paragraphs`);
  else if (b.dominantBlock >= 5)
    add(e, 1.5, `one dominant text block of ${b.dominantBlock} paragraphs`);
  else if (b.dominantBlock >= 3) add(e, 0.5, `a short text block of ${b.dominantBlock} paragraphs`);
  else if (b.proseParagraphs < 8)
    add(e, LITTLE_PROSE, b.proseParagraphs === 0 ? 'no prose paragraphs' : 'little prose');
  if (b.teaserLinks >= 20 && b.teaserLinks > 2 * b.dominantBlock)
    add(e, MANY_TEASERS, `many teaser links (${b.teaserLinks})`);
}

/**
 * Article pages that keep their prose outside <p> (some CMSs use <div>s or <br>s): a long run
 * of text directly in one container stands in for the dominant block.
 */
function longestDirectText(body: Element): number {
  let best = 0;
  const divs = body.getElementsByTagName('div');
  const n = Math.min(divs.length, 3000);
  for (let i = 0; i < n; i++) {
    const div = divs[i];
    if (div === undefined) continue;
    let own = 0;
    for (const node of Array.from(div.childNodes))
      if (node.nodeType === 3) own += (node.nodeValue ?? '').trim().length;
    if (own > best) best = own;
  }
  return best;
}

function verdict(e: Evidence, isArticle: boolean): ArticleVerdict {
  const margin = Math.abs(e.score - THRESHOLD);
  const confidence = Math.round(Math.min(0.99, 0.5 + margin / 8) * 100) / 100;
  // Strongest evidence first, in the direction of the answer.
  const sign = isArticle ? 1 : -1;
  const reasons = [...e.reasons].sort((a, b) => sign * (b.points - a.points)).map((r) => r.reason);
  return { isArticle, confidence, reasons };
}

/** Decides whether `doc` is a news article. `url` (the page address) sharpens the answer. */
export function detectArticle(doc: Document, url?: string): ArticleVerdict {
  return runSteps(detectArticleSteps(doc, url));
}

/**
 * `detectArticle` in steps, each one walk of the page at most, so the content script can
 * yield to the page between them (page/yield-to-page.ts `runInSlices`).
 */
export function* detectArticleSteps(doc: Document, url?: string): Generator<void, ArticleVerdict> {
  const body = doc.body;
  if (body === null || doc.documentElement === null) {
    return { isArticle: false, confidence: 0.99, reasons: ['no body'] };
  }
  const page = readPageSignals(doc, url);
  const e: Evidence = { score: 0, reasons: [] };
  weighDeclarations(page, e);
  const storyUrl = page.url.hasDate || page.url.longSlug;
  // Cheap exit: a front page or a page declaring another type, with nothing saying "article".
  if (page.jsonLdArticle === null && page.ogType !== 'article' && e.score <= -3)
    return verdict(e, false);
  if (page.jsonLdArticle === null && page.jsonLdOther === null) {
    // Some CMSs put JSON-LD at the end of the body.
    const inBody = jsonLdTypes(body);
    if (inBody.article !== null) add(e, 3, `JSON-LD ${inBody.article}`);
    else if (inBody.other !== null) add(e, -3, `JSON-LD ${inBody.other}`);
    page.jsonLdArticle = inBody.article;
  }
  const declared = page.jsonLdArticle !== null || page.ogType === 'article';
  if (declared && e.score >= SETTLED) return verdict(e, true);
  yield;
  weighBody(yield* bodySignalSteps(body), e);
  if (
    e.score < THRESHOLD &&
    e.reasons.some((r) => r.reason === 'no prose paragraphs') &&
    (declared || storyUrl)
  ) {
    yield;
    const direct = longestDirectText(body);
    if (direct >= 1500) add(e, 2.5, `a text block of ${direct} characters`);
  }
  // Body evidence alone (docs, wikis, policies also have prose) is not enough: the page must
  // declare itself an article or have a story-shaped URL.
  const isArticle = e.score >= THRESHOLD && (declared || storyUrl);
  if (!isArticle && e.score >= THRESHOLD) add(e, -e.score, 'no article declaration or story URL');
  return verdict(e, isArticle);
}
