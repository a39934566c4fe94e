/**
 * The elements that follow the headline's own subtree in document order, at most `reach` of
 * them, ending at `bodyStart`. An element that holds the body's start is walked into but not
 * yielded: the story's header (date line, lead photo) sits before the body, never around it.
 */
export function* elementsAfterHeadline(
  title: Element,
  bodyStart: Element | null,
  reach: number,
): Generator<Element> {
  const doc = title.ownerDocument;
  const walker = doc.createTreeWalker(doc.body ?? title, 0x1);
  walker.currentNode = title;
  let node: Node | null = null;
  // Past the headline's own subtree.
  for (let at: Node | null = title; at !== null && node === null; at = walker.parentNode()) {
    walker.currentNode = at;
    node = walker.nextSibling();
  }
  for (let seen = 0; node !== null && seen < reach; seen++) {
    const el = node as Element;
    if (el === bodyStart) return;
    if (bodyStart === null || !el.contains(bodyStart)) yield el;
    node = walker.nextNode();
  }
}
