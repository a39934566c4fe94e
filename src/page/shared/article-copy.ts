import { articleRoots, type PagePlan } from '../../extract/plan-addresses';
import { unrenderedBoxes } from './unrendered-boxes';

const DROP =
  'script, style, noscript, template, iframe, object, embed, form, input, button, select, textarea, link, meta';

/**
 * A detached copy of the planned article without the clutter, with absolute image and link
 * URLs, for a clipping or the reader view. Still untrusted page markup: callers sanitise it.
 * `leftOut` lists the live elements inside the article whose text the copy does not carry
 * (boxes the page does not render, forms and buttons), besides the plan's hidden clutter.
 */
export function articleCopy(
  doc: Document,
  plan: PagePlan | null,
): { container: Element; imageUrls: string[]; leftOut: Element[] } {
  const container = doc.createElement('div');
  if (!plan) return { container, imageUrls: [], leftOut: [] };
  const MARK = 'data-ra-clip-skip';
  // What the page does not show would show in a copy without its CSS.
  const leftOut = leftOutOfCopy(plan);
  const skipped = [...plan.hide, ...leftOut];
  // Mark them in the live page for the length of one synchronous clone (no paint in between).
  for (const el of skipped) el.setAttribute(MARK, '');
  const parts: Element[] = [];
  try {
    for (const root of articleRoots(plan)) parts.push(root.cloneNode(true) as Element);
  } finally {
    for (const el of skipped) el.removeAttribute(MARK);
  }
  const imageUrls: string[] = [];
  for (const part of parts) {
    for (const el of Array.from(
      part.querySelectorAll(`[${MARK}], [data-ra-hidden], [data-reader-assistant-ui], ${DROP}`),
    ))
      el.remove();
    if (part.hasAttribute(MARK)) continue;
    for (const img of Array.from(part.querySelectorAll('img'))) {
      const src = bestImageSource(img, doc.baseURI);
      if (src) {
        img.setAttribute('src', src);
        imageUrls.push(src);
      } else {
        img.remove();
      }
      img.removeAttribute('srcset');
      img.removeAttribute('loading');
    }
    for (const a of Array.from(part.querySelectorAll('a[href]'))) {
      try {
        a.setAttribute('href', new URL(a.getAttribute('href') ?? '', doc.baseURI).href);
      } catch {
        a.removeAttribute('href');
      }
    }
    for (const mark of Array.from(part.querySelectorAll('[data-ra-mark]')))
      mark.replaceWith(...Array.from(mark.childNodes));
    container.append(part);
  }
  return { container, imageUrls: [...new Set(imageUrls)], leftOut };
}

/** Lazy-loading pages keep the real image in data-src or srcset; take the largest real one. */
function bestImageSource(img: HTMLImageElement, base: string): string | null {
  const candidates = [
    img.getAttribute('data-src'),
    img.getAttribute('data-original'),
    img.getAttribute('src'),
  ];
  const srcset = img.getAttribute('srcset') ?? img.getAttribute('data-srcset');
  if (srcset) {
    const last = srcset
      .split(',')
      .map((s) => s.trim().split(/\s+/)[0])
      .filter(Boolean)
      .pop();
    if (last) candidates.unshift(last);
  }
  for (const c of candidates) {
    if (!c || c.startsWith('data:image/gif')) continue;
    try {
      const url = new URL(c, base);
      if (url.protocol === 'http:' || url.protocol === 'https:' || url.protocol === 'data:')
        return url.href;
    } catch {
      /* not a URL */
    }
  }
  return null;
}

/**
 * The live elements in the article whose text a copy leaves out, besides the plan's hidden
 * clutter: what the page does not render, and forms and buttons (dropped by tag; the other
 * dropped tags hold no text a reader sees). Reads computed styles: on a user's request only.
 */
export function leftOutOfCopy(plan: PagePlan): Element[] {
  return [...unrenderedBoxes(plan.root, new Set(plan.hide), DROP), ...formsAndButtons(plan)];
}

function formsAndButtons(plan: PagePlan): Element[] {
  const roots = articleRoots(plan);
  return roots.flatMap((root) => Array.from(root.querySelectorAll('form, button')));
}
