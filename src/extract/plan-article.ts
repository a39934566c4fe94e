/**
 * Plans what to keep and what to hide on an article page. The plan is data: the page layer
 * applies it (hiding with an attribute, never deleting), the analyzer reads its text.
 */
import { findHeadline } from './find-headline';
import { findLead } from './find-lead';
import { findLeadMedia } from './find-lead-media';
import { runSteps } from '../shared/run-steps';
import { findBylineElements } from './find-byline';
import { findDatelines, findHeadlineDate } from './find-dateline';
import { restoreDroppedHeadings } from './restore-dropped-headings';
import { restoreDroppedParagraphs } from './restore-dropped-paragraphs';
import { findEmbeddedPosts } from './find-embedded-posts';
import { findEquations } from './find-equations';
import { pruneClutter } from './prune-clutter';
import { pruneBoilerplate } from './trailing-boilerplate';
import { pruneTeaserArticles } from './teaser-articles';
import { prunePhotoCredits } from './photo-credits';
import { readabilityContent, type ReadabilityContent } from './readability-content';
import { denseBlockContent, isLongDocument } from './dense-block-content';
import { collapseWhitespace, textBlocks } from './visible-text';
import { countUpTo } from '../shared/bounded-walk';
import { keepSubtree } from './kept-set';

/** Where the article is on the live page and which subtrees are clutter. */
export interface ArticlePlan {
  /** Lowest common ancestor of everything kept (headline included). */
  root: Element;
  /** The headline element, when one matches the page's declared title. */
  title: Element | null;
  /** Maximal clutter subtrees to hide; none contains a kept element. */
  hide: Element[];
  /** Every live element kept as article content (paragraphs, headings, figures, inline markup). */
  kept: ReadonlySet<Element>;
  /** The author line and dateline elements kept next to the headline. */
  byline: Element[];
}

function declaredTitles(doc: Document, readabilityTitle: string | null): string[] {
  const titles: string[] = [];
  const og = doc.querySelector('meta[property="og:title"], meta[name="twitter:title"]');
  const ogTitle = og?.getAttribute('content');
  if (ogTitle) titles.push(ogTitle);
  if (readabilityTitle) titles.push(readabilityTitle);
  if (doc.title) titles.push(doc.title);
  return titles;
}

function lowestCommonAncestor(elements: Iterable<Element>, fallback: Element): Element {
  let lca: Element | null = null;
  for (const el of elements) {
    if (lca === null) {
      lca = el;
      continue;
    }
    while (lca !== null && !lca.contains(el)) lca = lca.parentElement;
    if (lca === null) return fallback;
  }
  return lca ?? fallback;
}

/** The first element of a set in document order. */
function firstInOrder(elements: Iterable<Element>): Element | null {
  let first: Element | null = null;
  for (const el of elements) {
    // A descendant never comes first; `contains` walks up only as far as `first`, where
    // comparing positions walks both elements' ancestors (slow on deeply nested pages).
    if (first !== null && first.contains(el)) continue;
    // DOCUMENT_POSITION_PRECEDING = 2: `el` comes before `first`.
    if (first === null || (first.compareDocumentPosition(el) & 2) !== 0) first = el;
  }
  return first;
}

/**
 * Everything not on a path to kept content is hidden: for each kept element or ancestor of
 * one, its element children that are neither are clutter. Hiding whole maximal subtrees keeps
 * the list short and guarantees no kept element (or its ancestor) is ever hidden.
 */
function subtreesToHide(body: Element, kept: ReadonlySet<Element>): Element[] {
  const onPath = new Set<Element>();
  for (const el of kept) {
    let node: Element | null = el;
    while (node !== null && !onPath.has(node)) {
      onPath.add(node);
      if (node === body) break;
      node = node.parentElement;
    }
  }
  const hide: Element[] = [];
  for (const el of onPath) {
    // Sibling pointers, not `children`: a collection per element costs more than the walk.
    for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
      if (!onPath.has(child)) hide.push(child);
    }
  }
  return hide;
}

/**
 * True when a kept element already reads exactly like `el`: a page that prints its dek both
 * under the headline and as the body's abstract shows it once, not twice.
 */
function keepsText(kept: ReadonlySet<Element>, el: Element): boolean {
  const text = collapseWhitespace(el.textContent ?? '');
  for (const other of kept) {
    // A copy of a dek is a block of a few elements: the containers above it (on a 3,000-
    // paragraph page, the whole article's text at every level) are not read at all.
    if (countUpTo(other, '*', MAX_COPY_ELEMENTS) > MAX_COPY_ELEMENTS) continue;
    const t = other.textContent ?? '';
    // Whitespace aside, a copy is as long as the lead: a paragraph three times as long is not.
    if (t.length < text.length || t.length > 3 * text.length + 100) continue;
    if (collapseWhitespace(t) === text) return true;
  }
  return false;
}

/** Elements inside a block that may repeat the lead: more, and it is a container. */
const MAX_COPY_ELEMENTS = 30;

/**
 * Finds the article content and the clutter around it; null when the page has no article body.
 * `content`, when given, is the article content already found (the page layer runs the
 * long-page finder in slices, see dense-block-content.ts).
 */
export function planArticle(
  doc: Document,
  content?: ReadabilityContent | null,
): ArticlePlan | null {
  return runSteps(planArticleSteps(doc, content));
}

/**
 * `planArticle` in steps, one pass over the content each, so the page can plan in slices: in
 * one task, issue #7's deep-nesting page (400 divs deep) held Firefox's main thread 40-67 ms.
 */
export function* planArticleSteps(
  doc: Document,
  content?: ReadabilityContent | null,
): Generator<void, ArticlePlan | null> {
  const body = doc.body;
  if (body === null) return null;
  // Very long pages use a one-pass finder: a Readability pass there would block the page.
  const found =
    content !== undefined
      ? content
      : isLongDocument(doc)
        ? denseBlockContent(doc)
        : readabilityContent(doc);
  if (found === null || found.kept.size === 0) return null;
  const kept = new Set(found.kept);
  if (!found.pruned) {
    yield;
    restoreDroppedParagraphs(kept);
    yield;
    restoreDroppedHeadings(kept);
    yield;
    pruneClutter(kept);
    yield;
    pruneTeaserArticles(kept);
    yield;
    pruneBoilerplate(kept);
    yield;
    prunePhotoCredits(kept);
  }
  if (kept.size === 0) return null;
  yield;
  // Posts quoted between paragraphs stay whatever their wrapper is called.
  for (const post of findEmbeddedPosts(found.kept, kept)) {
    keepSubtree(kept, post);
  }
  // So do equations, which Readability drops for their aria-hidden rendering.
  for (const equation of findEquations(found.kept)) {
    keepSubtree(kept, equation);
  }
  yield;
  const title = findHeadline(doc, declaredTitles(doc, found.title));
  if (title !== null) {
    keepSubtree(kept, title);
  }
  const contentRoot = lowestCommonAncestor(kept, body);
  if (title !== null) {
    // The body starts at the first kept block that is not the headline's own wrapper: past a
    // wrapper holding both, the lead search would walk on into whatever follows the story.
    const firstKept = firstInOrder(Array.from(found.kept).filter((el) => !el.contains(title)));
    // A lead the clutter pass took out of Readability's content (a tag list repeating the
    // meta description) stays out; one already shown in the body is not shown twice.
    for (const lead of findLead(doc, title, firstKept)) {
      const pruned = found.kept.has(lead);
      if (!kept.has(lead) && !pruned && !keepsText(kept, lead)) keepSubtree(kept, lead);
    }
    // The lead photo and its caption, when the template prints them outside the body.
    const media = findLeadMedia(title, firstKept);
    if (media !== null && !kept.has(media)) keepSubtree(kept, media);
  }
  yield;
  const byline = findBylineElements(contentRoot, found.byline);
  // The publication date under the headline, when the byline search found no date of its own.
  const dated = title !== null ? findHeadlineDate(title, firstInOrder(found.kept)) : null;
  if (dated !== null && !byline.some((b) => b.contains(dated) || dated.contains(b)))
    byline.push(dated);
  for (const el of byline) {
    keepSubtree(kept, el);
  }
  // Date lines already kept in the content are named with the byline (shown as they were).
  for (const el of findDatelines(contentRoot, kept)) {
    if (!byline.some((b) => b.contains(el) || el.contains(b))) byline.push(el);
  }
  yield;
  const root = lowestCommonAncestor(kept, body);
  return { root, title, hide: subtreesToHide(body, kept), kept, byline };
}

/** The visible text of the page under the plan: blocks separated by blank lines, NFC. */
export function visibleText(doc: Document, plan: ArticlePlan | null): string {
  const body = doc.body;
  if (body === null) return '';
  return textBlocks(body, new Set(plan?.hide ?? [])).join('\n\n');
}

/**
 * Headline + body as the figure recogniser reads it: the kept blocks under the article root,
 * one per line, whitespace runs collapsed inside each.
 */
export function articleText(doc: Document, plan: ArticlePlan | null): string {
  if (plan === null) return '';
  const blocks = textBlocks(plan.root, new Set(plan.hide));
  if (plan.title !== null && !plan.root.contains(plan.title)) {
    blocks.unshift(collapseWhitespace(plan.title.textContent ?? ''));
  }
  return blocks.join('\n');
}
