/**
 * Removes clutter Readability lets through (share bars, "related" boxes, newsletter sign-ups,
 * rating widgets, "Read more:" lines) from the kept set. Only small blocks are pruned, so a
 * mis-named wrapper around the whole body can never take the article with it.
 */
import { isClutterBox, isClutterLine, isLinkList } from './clutter-patterns';

function textLength(el: Element): number {
  return (el.textContent ?? '').replace(/\s+/g, ' ').length;
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
    if (!isClutterBox(el) && !isClutterLine(el)) continue;
    if (textLength(el) > limit) continue;
    drop(kept, el);
    // A "You may also like" heading is followed by its list of links.
    const next = el.nextElementSibling;
    if (next !== null && kept.has(next) && isLinkList(next)) drop(kept, next);
  }
}
