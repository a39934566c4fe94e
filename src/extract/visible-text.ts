/**
 * The text a reader sees once the plan is applied: the body minus hidden subtrees, minus
 * script/style/template/noscript and elements the page itself hides. One walk, no layout, so
 * it gives the same answer in the content script and under Node.
 */

/** Elements whose text is never rendered. */
const NEVER_RENDERED = new Set([
  'SCRIPT',
  'STYLE',
  'TEMPLATE',
  'NOSCRIPT',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'SVG',
  'CANVAS',
  'VIDEO',
  'AUDIO',
  'SELECT',
  'TEXTAREA',
  'HEAD',
  'TITLE',
  'META',
  'LINK',
]);

/** Elements that start a new block of text (so paragraphs don't run into each other). */
export const BLOCK = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BR',
  'DD',
  'DETAILS',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TD',
  'TH',
  'THEAD',
  'TR',
  'UL',
  'CAPTION',
]);

/** True when markup alone says the element is not rendered (no layout needed). */
export function isHiddenByMarkup(el: Element): boolean {
  if (NEVER_RENDERED.has(el.tagName.toUpperCase())) return true;
  if (el.hasAttribute('hidden')) return true;
  if (el.tagName === 'INPUT' && (el.getAttribute('type') ?? '').toLowerCase() === 'hidden')
    return true;
  const style = el.getAttribute('style');
  if (style !== null && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style)) return true;
  return false;
}

/** Collapses whitespace inside one block and normalises to NFC (Vietnamese pages mix NFD in). */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim().normalize('NFC');
}

/**
 * Nothing a reader sees: empty, or only zero-width characters (WordPress pages put a zero-width
 * space in each empty paragraph between images; `\s` does not match it).
 */
const ONLY_INVISIBLE = /^[\u200B-\u200D\u2060\uFEFF]*$/;

/**
 * Collects the rendered text under `start`, skipping `skip` subtrees, as a list of blocks.
 * Iterative so a 5 MB page with deep nesting cannot blow the stack.
 */
export function textBlocks(start: Node, skip: ReadonlySet<Element>): string[] {
  const blocks: string[] = [];
  let current = '';
  const flush = (): void => {
    const block = collapseWhitespace(current);
    if (!ONLY_INVISIBLE.test(block)) blocks.push(block);
    current = '';
  };
  // Stack entries: a node to visit, or a marker closing a block element.
  const stack: Array<Node | 'end-block'> = [start];
  while (stack.length > 0) {
    const item = stack.pop();
    if (item === undefined) break;
    if (item === 'end-block') {
      flush();
      continue;
    }
    if (item.nodeType === 3 || item.nodeType === 4) {
      current += item.nodeValue ?? '';
      continue;
    }
    if (item.nodeType !== 1 && item.nodeType !== 9 && item.nodeType !== 11) continue;
    if (item.nodeType === 1) {
      const el = item as Element;
      if (item !== start && (skip.has(el) || isHiddenByMarkup(el))) continue;
      if (BLOCK.has(el.tagName.toUpperCase())) {
        flush();
        stack.push('end-block');
      } else if (el.tagName === 'IMG') {
        continue;
      }
    }
    const children = item.childNodes;
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i];
      if (child !== undefined) stack.push(child);
    }
  }
  flush();
  return blocks;
}
