/**
 * Finds posts embedded in the story (a tweet, an Instagram or TikTok post quoted between two
 * paragraphs) that Readability or the clutter pass left out. They are quotes the reader must
 * see, but their wrappers are named like widgets ("social-media-embed", "embed-social"), which
 * Readability drops as unlikely content and the clutter pass takes for a share bar.
 *
 * Only the platform's own blockquote markup counts (what the embed script turns into a card,
 * and what stays as text without it), and only inside the span of what Readability found: a
 * post in a sidebar or a footer is not part of the story.
 */

/** Class names the platforms' embed codes give the quoted post. */
const EMBED_CLASS =
  /(^|\s)(twitter-tweet|twitter-video|instagram-media|tiktok-embed|bluesky-embed|text-post-media|reddit-card|fb-xfbml-parse-ignore)(\s|$)/;

/** DOCUMENT_POSITION_PRECEDING = 2, DOCUMENT_POSITION_FOLLOWING = 4. */
const PRECEDING = 2;
const FOLLOWING = 4;

function firstAndLast(kept: ReadonlySet<Element>): [Element, Element] | null {
  let first: Element | null = null;
  let last: Element | null = null;
  for (const el of kept) {
    if (first === null || (first.compareDocumentPosition(el) & PRECEDING) !== 0) first = el;
    if (last === null || (last.compareDocumentPosition(el) & FOLLOWING) !== 0) last = el;
  }
  return first !== null && last !== null ? [first, last] : null;
}

/** The body of the document `span`'s elements are in (null for an empty span). */
export function bodyOfSpan(span: ReadonlySet<Element>): HTMLElement | null {
  const any = span.values().next().value;
  return any?.ownerDocument.body ?? null;
}

/**
 * The candidates lying between the first and last element of `span` (what Readability
 * returned, before pruning: a post may follow the story's last paragraph and precede its
 * pruned sign-off), outermost only. Shared with `find-equations.ts`.
 */
export function withinSpan(span: ReadonlySet<Element>, candidates: Element[]): Element[] {
  if (candidates.length === 0) return [];
  const ends = firstAndLast(span);
  if (ends === null) return [];
  const [first, last] = ends;
  const found: Element[] = [];
  for (const candidate of candidates) {
    if (found.some((outer) => outer.contains(candidate))) continue;
    const afterFirst = (first.compareDocumentPosition(candidate) & FOLLOWING) !== 0;
    const beforeLast = (last.compareDocumentPosition(candidate) & PRECEDING) !== 0;
    if (afterFirst && beforeLast) found.push(candidate);
  }
  return found;
}

/** Embedded posts inside the span of `span` that `kept` lacks, outermost only. */
export function findEmbeddedPosts(
  span: ReadonlySet<Element>,
  kept: ReadonlySet<Element>,
): Element[] {
  const body = bodyOfSpan(span);
  if (body === null) return [];
  // Most pages embed nothing: look for the markup before ordering the kept set.
  const quotes = Array.from(body.getElementsByTagName('blockquote')).filter(
    (q) =>
      !kept.has(q) &&
      EMBED_CLASS.test(q.getAttribute('class') ?? '') &&
      (q.textContent ?? '').trim() !== '',
  );
  return withinSpan(span, quotes);
}
