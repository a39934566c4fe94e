/**
 * Other stories' cards marked up as `<article>`s of their own (a "more stories" grid after the
 * story, WordPress's related posts): Readability merges them into the content when they share
 * a wrapper with the story, and nothing names them as clutter, since each is an article.
 *
 * A card is a short `<article>` outside the story's own whose heading links to another page:
 * a headline and a line of dek, never a paragraph of prose. Two cards at least, so a lone
 * article beside the story (a quoted card, a live blog's entry) stays, and only beside a
 * story longer than all of them (on a section front the cards are the page).
 */
import { cleanText } from './kept-set';

/** A card is a headline and a line of dek; a live blog's entry runs longer. */
const CARD_CHARS = 500;
const DEK_CHARS = 300;

/**
 * The `<article>` holding the most kept paragraph text: the story's own; null when most of it
 * stands outside any `<article>`.
 */
function storyArticle(groups: Map<Element | null, Element[]>): Element | null {
  let best: Element | null = null;
  let bestChars = 0;
  for (const [article, elements] of groups) {
    const chars = paragraphChars(elements);
    if (chars > bestChars) {
      best = article;
      bestChars = chars;
    }
  }
  return best;
}

/** A headline linked to another page (not an in-page anchor) and a dek, no prose. */
function isCard(article: Element): boolean {
  const text = cleanText(article.textContent);
  if (text === '' || text.length > CARD_CHARS) return false;
  for (const p of Array.from(article.getElementsByTagName('p'))) {
    if (cleanText(p.textContent).length > DEK_CHARS) return false;
  }
  const links = article.querySelectorAll('h1 a[href], h2 a[href], h3 a[href], h4 a[href]');
  return Array.from(links).some((a) => {
    const href = (a.getAttribute('href') ?? '').trim();
    return href !== '' && !href.startsWith('#') && !/^javascript:/i.test(href);
  });
}

/** Paragraph text of a group of kept elements. */
function paragraphChars(elements: readonly Element[]): number {
  let n = 0;
  for (const el of elements)
    if (el.tagName.toUpperCase() === 'P') n += cleanText(el.textContent).length;
  return n;
}

/** Removes other stories' `<article>` cards from the kept set. */
export function pruneTeaserArticles(kept: Set<Element>): void {
  const groups = new Map<Element | null, Element[]>();
  for (const el of kept) {
    const article = el.closest('article');
    const group = groups.get(article);
    if (group === undefined) groups.set(article, [el]);
    else group.push(el);
  }
  if (groups.size < 3) return;
  const story = storyArticle(groups);
  const cards: Element[] = [];
  for (const a of groups.keys()) {
    if (a === null || a === story) continue;
    if (story !== null && (a.contains(story) || story.contains(a))) continue;
    if (isCard(a)) cards.push(a);
  }
  if (cards.length < 2) return;
  // On a section front the cards are the page (Readability returns the list of stories):
  // hiding them would leave nothing. They go only beside a story longer than all of them.
  let cardChars = 0;
  let otherChars = 0;
  for (const [article, elements] of groups) {
    if (article !== null && cards.includes(article)) cardChars += paragraphChars(elements);
    else otherChars += paragraphChars(elements);
  }
  if (cardChars >= otherChars) return;
  for (const card of cards) for (const el of groups.get(card) ?? []) kept.delete(el);
}
