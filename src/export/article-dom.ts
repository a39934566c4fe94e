/** Anything that parses HTML into a Document: `new DOMParser()` in a page, jsdom's under Node. */
export interface HtmlParser {
  parseFromString(html: string, type: 'text/html'): Document;
}

/** The scheme `Clipping.html` uses for stored images: `ra-image:<StoredImage.id>`. */
export const IMAGE_SCHEME = 'ra-image:';

/** The stored image id an `<img src>` refers to, or null for any other source. */
export function storedImageId(src: string): string | null {
  return src.startsWith(IMAGE_SCHEME) ? src.slice(IMAGE_SCHEME.length) : null;
}

/**
 * Parses clipping HTML and points every image at what `resolve` returns for its `src`; images it
 * returns null for become their alt text. `srcset`/`<source>` go: they name remote files the
 * export cannot carry.
 */
export function parseArticle(
  html: string,
  parser: HtmlParser,
  resolve: (src: string) => string | null,
): Document {
  const doc = parser.parseFromString(html, 'text/html');
  for (const source of Array.from(doc.querySelectorAll('picture source'))) source.remove();
  for (const img of Array.from(doc.querySelectorAll('img'))) {
    img.removeAttribute('srcset');
    img.removeAttribute('sizes');
    const target = resolve(img.getAttribute('src') ?? '');
    if (target === null) {
      const alt = img.getAttribute('alt') ?? '';
      img.replaceWith(doc.createTextNode(alt));
    } else {
      img.setAttribute('src', target);
    }
  }
  return doc;
}

const ACTIVE_ELEMENTS =
  'script, iframe, frame, object, embed, link, meta, base, form, noscript, template';

/**
 * Removes anything that could run or load: `Clipping.html` was sanitised when stored, but a
 * restored backup may not have been, and an exported file outlives our CSP-free viewers.
 */
export function stripActiveContent(root: ParentNode): void {
  for (const el of Array.from(root.querySelectorAll(ACTIVE_ELEMENTS))) el.remove();
  for (const el of Array.from(root.querySelectorAll('*'))) {
    for (const attr of Array.from(el.attributes)) {
      const name = attr.name.toLowerCase();
      const scriptUrl = /^\s*(javascript|vbscript|data):/i.test(attr.value) && name !== 'src';
      if (
        name.startsWith('on') ||
        name === 'style' ||
        ((name === 'href' || name === 'action') && scriptUrl)
      ) {
        el.removeAttribute(attr.name);
      }
    }
  }
}

/**
 * Wraps the first occurrence of each quote in `<mark>` where it lies inside one text node.
 * Quotes spanning elements stay unmarked in the body; the highlights list still shows them.
 */
export function markQuotes(root: Element, quotes: readonly string[], className: string): void {
  const doc = root.ownerDocument;
  for (const quote of quotes) {
    const needle = quote.replace(/\s+/g, ' ').trim();
    if (needle === '') continue;
    const node = findTextNode(root, needle);
    if (!node) continue;
    const at = (node.nodeValue ?? '').indexOf(needle);
    const tail = node.splitText(at);
    tail.splitText(needle.length);
    const mark = doc.createElement('mark');
    mark.className = className;
    tail.replaceWith(mark);
    mark.appendChild(tail);
  }
}

// Recursive rather than a TreeWalker: NodeFilter is a browser global we may not reach for.
function findTextNode(node: Node, needle: string): Text | null {
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === 3) {
      if ((child.nodeValue ?? '').includes(needle)) return child as Text;
    } else if (child.nodeType === 1 && (child as Element).tagName.toLowerCase() !== 'mark') {
      const found = findTextNode(child, needle);
      if (found) return found;
    }
  }
  return null;
}
