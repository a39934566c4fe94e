/**
 * Puts back paragraphs Readability dropped from the middle of a story whose every paragraph
 * sits in a wrapper of its own (`div.card > div.card-content > p`, one per paragraph, as some
 * newsroom CMSes print them). Readability judges each wrapper alone, and a short one with a
 * link in it ("…published Monday in the <a>journal Nature Astronomy</a>.") fails its link-
 * density test and goes, taking a sentence out of the story.
 *
 * Only a wrapper built exactly like the kept paragraphs' wrappers (the same chain of tags and
 * classes down to the paragraph) counts, only between two kept ones under the same parent,
 * and only prose: a line mostly of links is a pointer to another story, which the clutter pass
 * would take out anyway. This runs before the clutter pass, so its rules still apply.
 */
import { cleanText, keepSubtree } from './kept-set';
import { isHiddenByMarkup } from './visible-text';

/** Wrapper levels above the paragraph that are compared. */
const MAX_WRAPPER_DEPTH = 4;
/** A restored line is prose: most of its text is not link text. */
const MAX_LINK_SHARE = 0.5;
/** Shorter than this, a line is a label or a credit, not a sentence of the story. */
const MIN_TEXT = 25;

function shape(el: Element): string {
  const classes = (el.getAttribute('class') ?? '').trim().split(/\s+/).sort().join('.');
  return `${el.tagName}.${classes}`;
}

/** True when `el` holds one element and no text of its own. */
function wrapsOne(el: Element): boolean {
  if (el.childElementCount !== 1) return false;
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 3 && (n.nodeValue ?? '').trim() !== '') return false;
  }
  return true;
}

/** The outermost single-child wrapper of a kept paragraph, and its chain of shapes. */
function wrapperOf(p: Element): { unit: Element; chain: string } | null {
  let unit = p;
  let chain = shape(p);
  for (let depth = 0; depth < MAX_WRAPPER_DEPTH; depth++) {
    const parent = unit.parentElement;
    if (parent === null || parent.tagName === 'BODY' || !wrapsOne(parent)) break;
    unit = parent;
    chain = `${shape(parent)}>${chain}`;
  }
  return unit === p ? null : { unit, chain };
}

/** The chain of shapes from `el` down through single-child wrappers to a `<p>`, or null. */
function chainDown(el: Element): string | null {
  let chain = shape(el);
  let node = el;
  for (let depth = 0; depth < MAX_WRAPPER_DEPTH && node.tagName !== 'P'; depth++) {
    if (!wrapsOne(node)) return null;
    node = node.firstElementChild as Element;
    chain = `${chain}>${shape(node)}`;
  }
  return node.tagName === 'P' ? chain : null;
}

function isProse(el: Element): boolean {
  const text = cleanText(el.textContent);
  if (text.length < MIN_TEXT) return false;
  let linked = 0;
  for (const a of Array.from(el.getElementsByTagName('a'))) linked += (a.textContent ?? '').length;
  return linked / text.length <= MAX_LINK_SHARE;
}

/** Adds to `kept` the wrapped paragraphs dropped between two kept ones built the same way. */
export function restoreDroppedParagraphs(kept: Set<Element>): void {
  const units = new Map<Element, Map<string, Element[]>>();
  for (const el of kept) {
    if (el.tagName !== 'P') continue;
    const w = wrapperOf(el);
    const parent = w?.unit.parentElement;
    if (!w || !parent) continue;
    const byChain = units.get(parent) ?? new Map<string, Element[]>();
    units.set(parent, byChain);
    const same = byChain.get(w.chain);
    if (same) same.push(w.unit);
    else byChain.set(w.chain, [w.unit]);
  }
  for (const [parent, byChain] of units) {
    for (const [chain, keptUnits] of byChain) {
      if (keptUnits.length < 2) continue;
      const members = new Set(keptUnits);
      let inside = false;
      let pending: Element[] = [];
      for (let child = parent.firstElementChild; child; child = child.nextElementSibling) {
        if (members.has(child)) {
          // Only what lies between two kept wrappers is restored.
          if (inside) for (const el of pending) keepSubtree(kept, el);
          inside = true;
          pending = [];
        } else if (
          inside &&
          !kept.has(child) &&
          !isHiddenByMarkup(child) &&
          chainDown(child) === chain &&
          isProse(child)
        ) {
          pending.push(child);
        }
      }
    }
  }
}
