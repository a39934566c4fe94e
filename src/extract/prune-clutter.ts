/**
 * Removes clutter Readability lets through (share bars, "related" boxes, newsletter sign-ups,
 * rating widgets, "Read more:" lines) from the kept set. Only small blocks are pruned, so a
 * mis-named wrapper around the whole body can never take the article with it.
 */
import {
  isClutterBox,
  isClutterHeading,
  isClutterLine,
  isHoverCard,
  isLinkLine,
  isLinkList,
  isTagList,
} from './clutter-patterns';
import {
  isReadNextArticleBox,
  isReadNextHeading,
  isReadNextTeaser,
  opensWithReadNextLabel,
} from './story-pointers';
import { dropSubtree } from './kept-set';

function textLength(el: Element): number {
  return (el.textContent ?? '').replace(/\s+/g, ' ').length;
}

const PHRASING =
  /^(A|SPAN|EM|STRONG|B|I|U|S|SMALL|MARK|ABBR|CITE|Q|SUB|SUP|TIME|FONT|CODE|DFN|KBD|VAR)$/;

/**
 * An inline element inside running text ("sir, <a class="popup">if you prefer</a>.") is part of
 * the sentence whatever its class says; pruning it would cut words out of a paragraph.
 */
function isInRunningText(el: Element): boolean {
  if (!PHRASING.test(el.tagName.toUpperCase())) return false;
  const parent = el.parentElement;
  if (parent === null) return false;
  for (const node of Array.from(parent.childNodes)) {
    if (node.nodeType === 3 && (node.nodeValue ?? '').trim() !== '') return true;
  }
  return false;
}

/** A paragraph of prose: what must stay kept when a box goes whatever its size. */
const PROSE_CHARS = 120;

/** True when a kept paragraph of prose stands outside `box`: the story does not live in it. */
function proseOutside(kept: ReadonlySet<Element>, box: Element): boolean {
  for (const el of kept) {
    if (el.tagName.toUpperCase() === 'P' && !box.contains(el) && textLength(el) >= PROSE_CHARS)
      return true;
  }
  return false;
}

/** The next kept sibling, skipping at most two that are not kept (ad slots, spacers). */
function nextKept(kept: ReadonlySet<Element>, el: Element): Element | null {
  let next = el.nextElementSibling;
  for (let i = 0; next !== null && !kept.has(next) && i < 2; i++) next = next.nextElementSibling;
  return next !== null && kept.has(next) ? next : null;
}

/**
 * The heading Readability dropped just before a kept block: the previous sibling with text,
 * when it is not kept. Readability drops a "Most read in world news" header as unlikely
 * content but keeps the carousel under it.
 */
function droppedHeadingBefore(kept: ReadonlySet<Element>, el: Element): Element | null {
  const parent = el.parentElement;
  if (parent !== null && kept.has(parent)) return null;
  let before = el.previousElementSibling;
  while (before !== null && (before.textContent ?? '').trim() === '') {
    before = before.previousElementSibling;
  }
  return before !== null && !kept.has(before) ? before : null;
}

/**
 * Drops what follows a pruned block: a "You may also like" heading is followed by its list of
 * links, or by a run of one-link lists (an empty ad slot may stand between them). Only a
 * clutter heading leads a run, and only of lists: after "Comments (5)" or a pruned box, a
 * linked heading may be the next story's title. A "read this next" heading also leads
 * teasers of other shapes (one-link paragraphs, lists of half-linked headlines, a carousel).
 */
function dropFollowers(kept: Set<Element>, el: Element, limit: number): void {
  const heading = isClutterHeading(el);
  const readNext = heading && isReadNextHeading(el);
  for (let next = nextKept(kept, el); next !== null; next = nextKept(kept, next)) {
    const list = /^(UL|OL)$/.test(next.tagName.toUpperCase());
    const follows =
      isLinkList(next) ||
      (heading && list && isLinkLine(next)) ||
      (readNext && textLength(next) <= limit && isReadNextTeaser(next));
    if (!follows) break;
    dropSubtree(kept, next);
    if (!heading) break;
  }
}

export function pruneClutter(kept: Set<Element>): void {
  let total = 0;
  for (const el of kept) {
    if (el.parentElement === null || !kept.has(el.parentElement)) total += textLength(el);
  }
  const limit = Math.max(200, total * 0.25);
  for (const el of Array.from(kept)) {
    if (!kept.has(el)) continue;
    // A hover card (a picture with links to other pages) is the box, not the name in the
    // sentence it hangs from. A tag list (mostly rel="tag" links) cannot be a wrapper around
    // the story, so it goes whatever its size, even when run into the body's loose text.
    const card = isHoverCard(el) && !isInRunningText(el) && textLength(el) <= limit;
    if (card || isTagList(el)) {
      dropSubtree(kept, el);
      continue;
    }
    if (isInRunningText(el)) continue;
    if (isReadNextArticleBox(el) && proseOutside(kept, el)) {
      dropSubtree(kept, el);
      continue;
    }
    const clutter = isClutterBox(el) || isClutterLine(el) || opensWithReadNextLabel(el);
    if (textLength(el) > limit) continue;
    if (clutter) {
      dropSubtree(kept, el);
      dropFollowers(kept, el, limit);
      continue;
    }
    const heading = droppedHeadingBefore(kept, el);
    if (heading !== null && isReadNextHeading(heading) && isReadNextTeaser(el)) {
      dropSubtree(kept, el);
      dropFollowers(kept, heading, limit);
    }
  }
}
