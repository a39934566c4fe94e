/**
 * Removes clutter Readability lets through (share bars, "related" boxes, newsletter sign-ups,
 * rating widgets, "Read more:" lines) from the kept set. Only small blocks are pruned, so a
 * mis-named wrapper around the whole body can never take the article with it.
 */
import {
  isClutterBox,
  isClutterLine,
  isHoverCard,
  isLinkList,
  isTagList,
} from './clutter-patterns';

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

function drop(kept: Set<Element>, el: Element): void {
  kept.delete(el);
  for (const inner of Array.from(el.getElementsByTagName('*'))) kept.delete(inner);
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
      drop(kept, el);
      continue;
    }
    if (isInRunningText(el)) continue;
    if (!isClutterBox(el) && !isClutterLine(el)) continue;
    if (textLength(el) > limit) continue;
    drop(kept, el);
    // A "You may also like" heading is followed by its list of links.
    const next = el.nextElementSibling;
    if (next !== null && kept.has(next) && isLinkList(next)) drop(kept, next);
  }
}
