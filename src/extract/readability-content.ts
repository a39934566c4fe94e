/**
 * Runs Mozilla Readability on a clone of the page and maps what it kept back to the live
 * elements. Readability is good at finding the content container, but it returns a detached
 * copy; the page layer needs the live elements so it can hide everything else in place.
 */
import { Readability } from '@mozilla/readability';
import { removeOverlays } from './remove-overlays';

/**
 * Each clone element gets an attribute whose *name* carries its index. Readability moves,
 * retags (copying attributes) and on retries re-parses its working copy from innerHTML, so an
 * attribute survives where object identity does not. The index is in the name rather than the
 * value because `_simplifyNestedElements` copies a wrapper's attributes onto its only child:
 * the child then carries both marks and we keep the deepest (largest) one.
 */
const MARK_PREFIX = 'data-rai-';

/** What Readability kept, as live elements, plus its own reading of the page. */
export interface ReadabilityContent {
  /** Live elements that appear in Readability's article content. */
  kept: Set<Element>;
  title: string | null;
  byline: string | null;
  /** Set when clutter and boilerplate inside the content were already pruned (the long-page finder does both per slice of blocks). */
  pruned?: boolean;
}

function markIndex(el: Element): number {
  let best = -1;
  const attrs = el.attributes;
  for (let i = 0; i < attrs.length; i++) {
    const name = attrs[i]?.name ?? '';
    if (name.startsWith(MARK_PREFIX)) {
      const n = Number(name.slice(MARK_PREFIX.length));
      if (n > best) best = n;
    }
  }
  return best;
}

/** NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT (the global NodeFilter is absent under Node). */
const SHOW_ELEMENTS_AND_TEXT = 0x1 | 0x4;

/**
 * Marks the clone: every element gets its index attribute, and every clone node (element or
 * text) is mapped to its live twin. Text nodes matter because Readability wraps loose text in
 * new <p> elements that carry no mark; their text nodes are still the cloned ones.
 */
function markClone(
  doc: Document,
  clone: Document,
): { live: Element[]; twin: WeakMap<Node, Node> } | null {
  if (doc.body === null || clone.body === null) return null;
  const live: Element[] = [];
  const twin = new WeakMap<Node, Node>();
  const a = doc.createTreeWalker(doc.body, SHOW_ELEMENTS_AND_TEXT);
  const b = clone.createTreeWalker(clone.body, SHOW_ELEMENTS_AND_TEXT);
  let x: Node | null = a.nextNode();
  let y: Node | null = b.nextNode();
  while (x !== null && y !== null) {
    twin.set(y, x);
    if (y.nodeType === 1) {
      (y as Element).setAttribute(`${MARK_PREFIX}${live.length}`, '');
      live.push(x as Element);
    }
    x = a.nextNode();
    y = b.nextNode();
  }
  return { live, twin };
}

/**
 * Readability replaces a `javascript:` link by a new text node holding its words, which has no
 * live twin: without this the live link would count as dropped and be hidden, cutting words out
 * of a kept paragraph ("what do you think" read "what do think").
 */
function keepScriptLinks(kept: Set<Element>): void {
  for (const el of Array.from(kept)) {
    for (const child of Array.from(el.children)) {
      if (child.tagName !== 'A' || kept.has(child)) continue;
      if (!/^\s*javascript:/i.test(child.getAttribute('href') ?? '')) continue;
      kept.add(child);
      for (const inner of Array.from(child.getElementsByTagName('*'))) kept.add(inner);
    }
  }
}

/** Readability's own test for a block it throws away before scoring anything. */
const { unlikelyCandidates: UNLIKELY, okMaybeItsACandidate: MAYBE } = (
  Readability.prototype as unknown as {
    REGEXPS: { unlikelyCandidates: RegExp; okMaybeItsACandidate: RegExp };
  }
).REGEXPS;

function paragraphChars(root: Element): number {
  let chars = 0;
  const paragraphs = root.getElementsByTagName('p');
  for (let i = 0; i < paragraphs.length; i++) chars += paragraphs[i]?.textContent?.length ?? 0;
  return chars;
}

/**
 * Readability drops a block whose class or id sounds like a page part ("footer", "sidebar",
 * "comment") before it scores anything, and looks again only when what is left is under 500
 * characters. A page that wraps its whole story in such a block (thepointsguy.com: the
 * headline and every paragraph inside `div.above-footer`) got its 720-character advertiser
 * disclosure back as the article, and the story hidden. In the clone, a block that holds the
 * headline and most of the page's paragraph text loses the names that condemn it.
 */
function unmaskStoryWrappers(body: Element): void {
  const headline = body.getElementsByTagName('h1')[0];
  if (headline === undefined) return;
  const total = paragraphChars(body);
  for (let el = headline.parentElement; el !== null && el !== body; el = el.parentElement) {
    const name = `${el.getAttribute('class') ?? ''} ${el.id}`;
    if (!UNLIKELY.test(name) || MAYBE.test(name)) continue;
    if (paragraphChars(el) * 2 <= total) continue;
    el.removeAttribute('class');
    el.removeAttribute('id');
  }
}

/** Returns null when Readability finds nothing (or throws on odd markup). */
export function readabilityContent(doc: Document): ReadabilityContent | null {
  if (doc.documentElement === null || doc.body === null) return null;
  const clone = doc.cloneNode(true) as Document;
  const marks = markClone(doc, clone);
  if (marks === null) return null;
  if (clone.body !== null) {
    removeOverlays(clone.body);
    unmaskStoryWrappers(clone.body);
  }
  let article: ReturnType<Readability<Element>['parse']>;
  try {
    const reader = new Readability<Element>(clone, {
      serializer: (node) => node as Element,
      keepClasses: true,
    });
    article = reader.parse();
  } catch {
    return null;
  }
  const content = article?.content;
  if (!content) return null;
  const kept = new Set<Element>();
  const walker = clone.createTreeWalker(content, SHOW_ELEMENTS_AND_TEXT);
  for (let node: Node | null = walker.currentNode; node !== null; node = walker.nextNode()) {
    if (node.nodeType === 1) {
      const original = marks.twin.get(node) ?? marks.live[markIndex(node as Element)];
      if (original !== undefined && original.nodeType === 1) kept.add(original as Element);
    } else if ((node.nodeValue ?? '').trim() !== '') {
      // Loose text Readability re-wrapped: keep the live element that holds it.
      const parent = marks.twin.get(node)?.parentElement;
      if (parent) kept.add(parent);
    }
  }
  keepScriptLinks(kept);
  return { kept, title: article?.title ?? null, byline: article?.byline ?? null };
}
