/**
 * Finds the lead (sapo, standfirst, dek) right after the headline. Readability often drops it:
 * news sites mark it up as an h2 or as a short div outside the body container.
 */
import { titleOverlap } from './find-headline';
import { cleanText } from './kept-set';

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

/**
 * Looks at the few elements that follow the headline in document order (before the body
 * starts) for one named like a lead or repeating the page's meta description. A subtree too
 * short to hold a lead is stepped over whole, so a share bar of fifty icons between the
 * headline and the lead does not use up the search.
 */
export function findLead(doc: Document, title: Element, bodyStart: Element | null): Element | null {
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
    if (text.length <= 700) {
      const named = LEAD_NAME.test(`${el.getAttribute('class') ?? ''} ${el.id}`);
      const repeats = description.length > 40 && titleOverlap(text, description) > 0.8;
      if (named || repeats) return el;
    }
    node = walker.nextNode();
  }
  return null;
}
