/**
 * Finds the lead (sapo, standfirst, dek) right after the headline. Readability often drops it:
 * news sites mark it up as an h2 or as a short div outside the body container.
 */
import { titleOverlap } from './find-headline';
import { cleanText } from './kept-set';

const LEAD_NAME =
  /(^|[-_\s])(sapo|lead|leadin|standfirst|dek|deck|summary|excerpt|intro|subtitle|sub-title|subhead|chapo|description|txt-head|article-desc|teaser-text)($|[-_\s])/i;

/**
 * Looks at the few elements that follow the headline in document order (before the body
 * starts) for one named like a lead or repeating the page's meta description.
 */
export function findLead(doc: Document, title: Element, bodyStart: Element | null): Element | null {
  const description = cleanText(
    doc
      .querySelector('meta[property="og:description"], meta[name="description"]')
      ?.getAttribute('content'),
  );
  const walker = doc.createTreeWalker(doc.body ?? title, 0x1);
  walker.currentNode = title;
  let seen = 0;
  for (let node = walker.nextNode(); node !== null && seen < 60; node = walker.nextNode(), seen++) {
    const el = node as Element;
    if (title.contains(el)) continue;
    if (bodyStart !== null && (el === bodyStart || el.contains(bodyStart))) {
      if (el === bodyStart) break;
      continue;
    }
    const text = cleanText(el.textContent);
    if (text.length < 40 || text.length > 700) continue;
    const named = LEAD_NAME.test(`${el.getAttribute('class') ?? ''} ${el.id}`);
    const repeats = description.length > 40 && titleOverlap(text, description) > 0.8;
    if (named || repeats) return el;
  }
  return null;
}
