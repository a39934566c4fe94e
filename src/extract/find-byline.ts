/**
 * Finds the author line and the dateline of the article. Readability lifts the byline out of
 * its content; the reader should still see who wrote the piece and when. Only the tightest
 * element is kept: a whole author-bio box (photo, biography, e-mail) is clutter.
 */

import { cleanText } from './kept-set';

const BYLINE_SELECTOR =
  '[rel="author"], [itemprop="author"], [class*="author" i], [class*="byline" i], [id*="byline" i], [class*="dateline" i]';

const MAX_BYLINE_CHARS = 120;

/** The smallest element in `region` showing the byline, and the first <time> in it. */
export function findBylineElements(region: Element, byline: string | null): Element[] {
  const found: Element[] = [];
  const wanted = cleanText(byline).toLowerCase();
  if (wanted !== '') {
    let best: Element | null = null;
    for (const el of Array.from(region.querySelectorAll(BYLINE_SELECTOR))) {
      const text = cleanText(el.textContent).toLowerCase();
      if (text === '' || text.length > MAX_BYLINE_CHARS || !text.includes(wanted)) continue;
      // Later matches nested inside the current best are tighter.
      if (best === null || best.contains(el)) best = el;
      else break;
    }
    if (best !== null) found.push(best);
  }
  if (found.length === 0) {
    // The declared byline may be spelt differently on the page ("A, B" vs "A - B"): take the
    // first short author-like element instead.
    const first = Array.from(region.querySelectorAll(BYLINE_SELECTOR)).find((el) => {
      const text = cleanText(el.textContent);
      return text !== '' && text.length <= 60 && el.getElementsByTagName('a').length <= 2;
    });
    if (first !== undefined) found.push(first);
  }
  const time = region.querySelector('time');
  if (
    time !== null &&
    cleanText(time.textContent).length <= 80 &&
    !found.some((f) => f.contains(time))
  )
    found.push(time);
  return found;
}
