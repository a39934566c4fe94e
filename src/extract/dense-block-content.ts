import type { ReadabilityContent } from './readability-content';

/**
 * Past this many paragraphs one Readability pass holds the main thread for hundreds of
 * milliseconds (a 3,000-paragraph page: ~0.9 s), too long for a content script.
 */
export const LONG_DOCUMENT_PARAGRAPHS = 800;

/** Paragraphs shorter than this are captions, bylines or buttons, not prose. */
const PROSE_CHARS = 60;

/** True for pages so long that the cheap content finder should be used. */
export function isLongDocument(doc: Document): boolean {
  return doc.getElementsByTagName('p').length > LONG_DOCUMENT_PARAGRAPHS;
}

function linkedShare(p: Element, length: number): number {
  let linked = 0;
  for (const a of Array.from(p.getElementsByTagName('a'))) linked += a.textContent?.length ?? 0;
  return length === 0 ? 1 : linked / length;
}

/**
 * A one-pass content finder for very long pages: the element that directly holds the most
 * prose paragraphs (long, mostly unlinked) is the article body, kept whole; the plan's clutter
 * pruning, headline, lead and byline steps then run on it as they do after Readability.
 */
export function denseBlockContent(doc: Document): ReadabilityContent | null {
  const score = new Map<Element, number>();
  for (const p of Array.from(doc.getElementsByTagName('p'))) {
    const parent = p.parentElement;
    if (parent === null) continue;
    const length = p.textContent?.length ?? 0;
    if (length < PROSE_CHARS || linkedShare(p, length) > 0.5) continue;
    score.set(parent, (score.get(parent) ?? 0) + 1);
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, n] of score) {
    if (n > bestScore) {
      best = el;
      bestScore = n;
    }
  }
  if (best === null) return null;
  const kept = new Set<Element>([best, ...Array.from(best.getElementsByTagName('*'))]);
  return { kept, title: null, byline: null };
}
