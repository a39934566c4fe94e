/**
 * Which text nodes make up the anchoring text of an article root, and how a DOM boundary point
 * orders against them.
 *
 * Pure DOM code: it runs in a content script and under Node (jsdom, happy-dom), so it never
 * touches the `window`/`document` globals, nor `Node`/`NodeFilter`/`Text` (they don't exist
 * under Node, and `instanceof` fails across realms); it compares `nodeType` numbers instead.
 */

/** `Node.TEXT_NODE`. */
export const TEXT_NODE = 3;
/** `Node.ELEMENT_NODE`. */
export const ELEMENT_NODE = 1;
/** `NodeFilter.SHOW_TEXT`. */
const SHOW_TEXT = 4;
/** `Node.DOCUMENT_POSITION_FOLLOWING`. */
const POSITION_FOLLOWING = 4;
/** `Node.DOCUMENT_POSITION_CONTAINED_BY`. */
const POSITION_CONTAINED_BY = 16;

/**
 * Elements whose text is not reading text. An ad script injected between two paragraphs must not
 * shift the offsets of every highlight below it, so their text is left out of the anchoring text.
 */
const NON_TEXT_ELEMENTS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA']);

/** Type guard for text nodes that works across realms. */
export function isText(node: Node): node is Text {
  return node.nodeType === TEXT_NODE;
}

/** Type guard for elements that works across realms. */
export function isElement(node: Node): node is Element {
  return node.nodeType === ELEMENT_NODE;
}

/** Whether `node` sits inside a script/style/…; checked up to the document, since a Range's common ancestor can be the script itself. */
function isInsideNonText(node: Node): boolean {
  for (let p = node.parentNode; p; p = p.parentNode) {
    if (isElement(p) && NON_TEXT_ELEMENTS.has(p.nodeName.toUpperCase())) return true;
  }
  return false;
}

/** The text nodes under `root` (or `root` itself when it is one) that carry reading text, in document order. */
export function readingTextNodes(root: Node): Text[] {
  if (isText(root)) return isInsideNonText(root) ? [] : [root];
  const doc = root.ownerDocument;
  if (!doc) return [];
  const out: Text[] = [];
  const walker = doc.createTreeWalker(root, SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (isText(n) && !isInsideNonText(n)) out.push(n);
  }
  return out;
}

/**
 * True when `node` starts at or after the boundary point (`container`, `offset`) in tree order.
 * Not for `node === container` when the container is a text node: callers handle that with the offset.
 */
export function startsAtOrAfterPoint(node: Node, container: Node, offset: number): boolean {
  if (node === container) return offset === 0;
  if (isText(container) || container.nodeType === 4 || container.nodeType === 8) {
    // Point inside character data: only nodes that follow it (not the node itself) are after.
    return (
      (container.compareDocumentPosition(node) & POSITION_FOLLOWING) !== 0 &&
      !container.contains(node)
    );
  }
  const child = container.childNodes[offset];
  if (child) {
    // FOLLOWING is also set for descendants, which are after the point too.
    return node === child || (child.compareDocumentPosition(node) & POSITION_FOLLOWING) !== 0;
  }
  // Point at the end of `container`: only nodes outside it, after it, qualify.
  const pos = container.compareDocumentPosition(node);
  return (pos & POSITION_FOLLOWING) !== 0 && (pos & POSITION_CONTAINED_BY) === 0;
}
