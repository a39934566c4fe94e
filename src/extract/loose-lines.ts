/**
 * Inline elements standing on a line of their own among their parent's blocks:
 * `<p>…</p><em><strong>Disclaimer:</strong> The views…</em><br>`, or a sign-off `<em>` after
 * the last paragraph. The boilerplate pass reads their parent as one block of text, too long
 * for any promo or closing line, so they are checked here on their own: promo lines wherever
 * they stand, closing lines only after the story's last paragraph of prose.
 */
import { isClosingLine, isPromoLine } from './trailing-boilerplate';
import { BLOCK } from './visible-text';

/** Prose long enough that what follows it is the story's tail (as in trailing-boilerplate). */
const PROSE_CHARS = 120;

const TEXT = 3;
const COMMENT = 8;
const FOLLOWING = 4;

function clean(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/** Blank text, a comment, or an inline element without text (a tracking pixel). */
function isBlank(node: Node): boolean {
  if (node.nodeType === COMMENT) return true;
  if (node.nodeType === 1) {
    const tag = (node as Element).tagName.toUpperCase();
    if (tag === 'BR' || BLOCK.has(tag)) return false;
  }
  return (node.textContent ?? '').trim() === '';
}

function neighbour(el: Element, next: boolean): Node | null {
  let node = next ? el.nextSibling : el.previousSibling;
  while (node !== null && isBlank(node)) node = next ? node.nextSibling : node.previousSibling;
  return node;
}

/** A block element or a line break ends a line; so does the parent's edge. */
function breaksLine(node: Node | null): boolean {
  if (node === null) return true;
  if (node.nodeType !== 1) return false;
  const tag = (node as Element).tagName.toUpperCase();
  return tag === 'BR' || BLOCK.has(tag);
}

/**
 * Inline, inside a kept parent, with a block or a line break on either side, and not alone:
 * alone in its parent it is the parent's own line (a caption `<span>` under its picture).
 */
function standsAlone(el: Element, kept: ReadonlySet<Element>): boolean {
  if (BLOCK.has(el.tagName.toUpperCase()) || el.tagName.toUpperCase() === 'BR') return false;
  const parent = el.parentElement;
  if (parent === null || !kept.has(parent)) return false;
  const before = neighbour(el, false);
  const after = neighbour(el, true);
  if (before === null && after === null) return false;
  return breaksLine(before) && breaksLine(after);
}

function drop(kept: Set<Element>, el: Element): void {
  kept.delete(el);
  for (const inner of Array.from(el.getElementsByTagName('*'))) kept.delete(inner);
}

/** Drops promo lines and tail closing lines that stand as inline elements of their own. */
export function pruneLooseLines(kept: Set<Element>): void {
  const first = kept.values().next().value;
  const body = first?.ownerDocument.body;
  if (body === null || body === undefined) return;
  const loose: Element[] = [];
  let lastProse: Element | null = null;
  for (const el of Array.from(body.getElementsByTagName('*'))) {
    if (!kept.has(el) || el.closest('figure, figcaption') !== null) continue;
    if (standsAlone(el, kept)) {
      loose.push(el);
    } else if (BLOCK.has(el.tagName.toUpperCase())) {
      // The last block of prose: its own text, not a wrapper's (a wrapper holds the lines).
      const own = Array.from(el.childNodes).some(
        (n) => n.nodeType === TEXT && (n.nodeValue ?? '').trim().length > 0,
      );
      const text = clean(el.textContent);
      if (text.length >= PROSE_CHARS && (own || el.tagName.toUpperCase() === 'P')) lastProse = el;
    }
  }
  for (const el of loose) {
    if (!kept.has(el)) continue;
    const text = clean(el.textContent);
    const inTail =
      lastProse === null ||
      ((lastProse.compareDocumentPosition(el) & FOLLOWING) !== 0 && !lastProse.contains(el));
    if (isPromoLine(text) || (inTail && isClosingLine(text))) drop(kept, el);
  }
}
