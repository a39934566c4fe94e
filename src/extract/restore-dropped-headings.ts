/**
 * Puts back subheadings Readability dropped from between two paragraphs of the story. Some
 * newsroom CMSes print every block of the story in a section of its own (Postmedia:
 * `section > div > h3`, each section opening with a screen-reader "Article content" label).
 * Readability weighs each section alone, and one holding only a heading has no paragraph to
 * score, so it goes: the Financial Post's roundup of six economists lost the six headings that
 * say who is speaking.
 *
 * A heading comes back only when it stands alone in its block (the block's other text is at
 * most such a label, with no link, picture or control), sits between blocks that hold kept
 * paragraphs, and reads as a heading: neither a "Related" label nor a link to another story.
 * This runs before the clutter pass, so its rules still apply.
 */
import { isClutterBox, isClutterLine, isLinkLine } from './clutter-patterns';
import { cleanText, keepSubtree } from './kept-set';
import { isHiddenByMarkup } from './visible-text';

const SUBHEADING = 'h2, h3, h4, h5, h6';
/** Longer than this, a "heading" is a paragraph dressed as one, which Readability judged. */
const MAX_HEADING = 200;
/** Text the heading's block may hold besides it: a label for screen readers, not content. */
const MAX_LABEL = 40;
/** Elements a screen-reader label never holds: text of its own, links, media, controls. */
const NOT_A_LABEL =
  'p, li, blockquote, table, h1, h2, h3, h4, h5, h6, a, img, picture, video, iframe, svg, form, button, input, select';

/** Every ancestor of `elements` (not the elements themselves). */
function ancestorsOf(elements: Iterable<Element>): Set<Element> {
  const out = new Set<Element>();
  for (const el of elements) {
    for (let a = el.parentElement; a !== null && !out.has(a); a = a.parentElement) out.add(a);
  }
  return out;
}

/** The largest block around `heading` that holds nothing kept, or null when one is hidden. */
function blockAround(heading: Element, holdsKept: ReadonlySet<Element>): Element | null {
  let block = heading;
  for (;;) {
    if (isHiddenByMarkup(block) || isClutterBox(block)) return null;
    const parent = block.parentElement;
    if (parent === null || parent === parent.ownerDocument.body) return null;
    if (holdsKept.has(parent)) return block;
    block = parent;
  }
}

function standsAlone(block: Element, heading: Element): boolean {
  const extra = cleanText(block.textContent).length - cleanText(heading.textContent).length;
  if (extra > MAX_LABEL) return false;
  for (const el of Array.from(block.querySelectorAll(NOT_A_LABEL))) {
    if (!heading.contains(el)) return false;
  }
  return true;
}

/** True when a sibling before `block` and one after it each hold a kept paragraph. */
function between(block: Element, holdsParagraph: ReadonlySet<Element>): boolean {
  let before = false;
  for (let s = block.previousElementSibling; s !== null && !before; s = s.previousElementSibling)
    before = holdsParagraph.has(s);
  let after = false;
  for (let s = block.nextElementSibling; s !== null && !after; s = s.nextElementSibling)
    after = holdsParagraph.has(s);
  return before && after;
}

/** Adds to `kept` the subheadings dropped from between two kept paragraphs, each alone in its block. */
export function restoreDroppedHeadings(kept: Set<Element>): void {
  // Upper-cased: an XHTML page's tag names are lower-case.
  const paragraphs = Array.from(kept).filter((el) => el.tagName.toUpperCase() === 'P');
  const first = paragraphs[0];
  if (first === undefined) return;
  const holdsKept = ancestorsOf(kept);
  const holdsParagraph = ancestorsOf(paragraphs);
  for (const p of paragraphs) holdsParagraph.add(p);
  const body = first.ownerDocument.body;
  if (body === null) return;
  for (const heading of Array.from(body.querySelectorAll(SUBHEADING))) {
    if (kept.has(heading) || holdsKept.has(heading)) continue;
    const text = cleanText(heading.textContent);
    if (text.length < 2 || text.length > MAX_HEADING) continue;
    if (isClutterLine(heading) || isLinkLine(heading)) continue;
    const block = blockAround(heading, holdsKept);
    if (block === null || !standsAlone(block, heading) || !between(block, holdsParagraph)) continue;
    keepSubtree(kept, heading);
  }
}
