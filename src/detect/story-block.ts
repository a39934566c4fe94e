/**
 * Where the page's main prose sits: inside the markup a CMS gives a story (an <article>, a
 * <main>, schema.org's articleBody, a container named for a post or story), and after a
 * headline that repeats the title. Blogs and older news sites that declare nothing in <head>
 * still wrap their text this way; a product or information page rarely does both.
 */
import { firstOf } from '../shared/bounded-walk';

export interface StoryBlock {
  /** The block is in an <article> or <main>, or in markup declaring an article body. */
  blockInArticleTag: boolean;
  /** The block is in a container whose class or id names a story, post or article body. */
  blockStoryName: boolean;
  /** A heading (h1–h3) repeats the title: a headline, also where it is not an <h1>. */
  titleHeading: boolean;
  /** That headline (else the first <h1>) comes before the block or opens it. */
  headlineBeforeBlock: boolean;
}

/** How far up from the block its story container is looked for. */
const ANCESTORS = 8;
const STORY_NAME =
  /article|story|post-?(body|content|text)|entry|artikel|beitrag|blog-?post|news-?(text|body|detail)|detail|main-?text|body-?text|text-?body/i;
const ARTICLE_BODY = /articleBody|blogPost|BlogPosting|NewsArticle|\bArticle\b/;
/** Node.DOCUMENT_POSITION_FOLLOWING: `Node` is not a global in every context this runs in. */
const FOLLOWING = 4;

const squash = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();

function titleHeadingOf(body: Element, titles: string[]): Element | null {
  const wanted = titles.map(squash).filter((t) => t !== '');
  for (const tag of ['h1', 'h2', 'h3']) {
    for (const h of firstOf(body, tag, 5)) {
      const text = squash(h.textContent ?? '').slice(0, 40);
      if (text.length >= 8 && wanted.some((t) => t.includes(text))) return h;
    }
  }
  return null;
}

export function storyBlockSignals(
  body: Element,
  block: Element | null,
  titles: string[],
): StoryBlock {
  let inArticle = false;
  let storyName = false;
  for (let el = block, i = 0; el !== null && el !== body && i < ANCESTORS; i++) {
    const tag = el.tagName.toUpperCase();
    if (tag === 'ARTICLE' || tag === 'MAIN') inArticle = true;
    const itemprop = el.getAttribute('itemprop') ?? '';
    const itemtype = el.getAttribute('itemtype') ?? '';
    if (ARTICLE_BODY.test(itemprop) || ARTICLE_BODY.test(itemtype)) inArticle = true;
    if (STORY_NAME.test(`${el.getAttribute('class') ?? ''} ${el.id}`)) storyName = true;
    el = el.parentElement;
  }
  const heading = titleHeadingOf(body, titles);
  const first = heading ?? firstOf(body, 'h1', 1)[0] ?? null;
  return {
    blockInArticleTag: inArticle,
    blockStoryName: storyName,
    titleHeading: heading !== null,
    headlineBeforeBlock:
      first !== null && block !== null && (first.compareDocumentPosition(block) & FOLLOWING) !== 0,
  };
}
