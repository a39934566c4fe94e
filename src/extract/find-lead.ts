/**
 * Finds the lead (sapo, standfirst, dek) right after the headline. Readability often drops it:
 * news sites mark it up as an h2 or as a short div outside the body container.
 */
import { titleOverlap } from './find-headline';
import { cleanText } from './kept-set';
import { isPromoLine } from './trailing-boilerplate';

const LEAD_NAME =
  /(^|[-_\s])(sapo|lead|leadin|standfirst|dek|deck|summary|excerpt|intro|subtitle|sub-title|subhead|chapo|description|txt-head|article-desc|teaser-text)($|[-_\s])/i;

/** Moves the walker past the current node's subtree; the next node in document order after it. */
function skipSubtree(walker: TreeWalker): Node | null {
  for (;;) {
    const sibling = walker.nextSibling();
    if (sibling !== null) return sibling;
    if (walker.parentNode() === null) return null;
  }
}

/** A notice that fences off the story ("We may receive compensation…"), named as such. */
const NOTICE_NAME = /(disclosure|disclaimer)/i;

/**
 * The prose paragraphs of an intro block too long to be a lead: the story's opening
 * paragraphs, which a template prints in a block of their own above the body (thebalance.com:
 * `div.article-intro` holds an advertiser disclosure and the story's first four paragraphs,
 * and Readability keeps only the body after it). Notices and promo lines in it stay out.
 */
function introParagraphs(block: Element): Element[] {
  return Array.from(block.getElementsByTagName('p')).filter((p) => {
    const text = cleanText(p.textContent);
    if (text.length < 40 || isPromoLine(text)) return false;
    if (NOTICE_NAME.test(`${p.getAttribute('class') ?? ''} ${p.id}`)) return false;
    let linked = 0;
    for (const a of Array.from(p.getElementsByTagName('a')))
      linked += cleanText(a.textContent).length;
    return linked * 2 <= text.length;
  });
}

/**
 * Looks at the few elements that follow the headline in document order (before the body
 * starts) for one named like a lead or repeating the page's meta description. A subtree too
 * short to hold a lead is stepped over whole, so a share bar of fifty icons between the
 * headline and the lead does not use up the search. A block named like an intro but longer
 * than a lead gives its prose paragraphs instead. Empty when there is no lead.
 */
export function findLead(doc: Document, title: Element, bodyStart: Element | null): Element[] {
  const description = cleanText(
    doc
      .querySelector('meta[property="og:description"], meta[name="description"]')
      ?.getAttribute('content'),
  );
  const walker = doc.createTreeWalker(doc.body ?? title, 0x1);
  walker.currentNode = title;
  let node = skipSubtree(walker);
  for (let seen = 0; node !== null && seen < 60; seen++) {
    const el = node as Element;
    if (bodyStart !== null && (el === bodyStart || el.contains(bodyStart))) {
      if (el === bodyStart) break;
      node = walker.nextNode();
      continue;
    }
    const text = cleanText(el.textContent);
    if (text.length < 40) {
      node = skipSubtree(walker);
      continue;
    }
    const named = LEAD_NAME.test(`${el.getAttribute('class') ?? ''} ${el.id}`);
    if (text.length <= 700) {
      const repeats = description.length > 40 && titleOverlap(text, description) > 0.8;
      if (named || repeats) return [el];
    } else if (named && !el.contains(title)) {
      const opening = introParagraphs(el);
      if (opening.length > 0) return opening;
    }
    node = walker.nextNode();
  }
  return [];
}
