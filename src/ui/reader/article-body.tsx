import { useEffect, useRef } from 'preact/hooks';
import { markQuotes, storedImageId } from '../../export/article-dom';
import type { Clipping, StoredImage, UserAnnotation } from '../../model/stored-records';
import { sanitizeArticleFragment } from './sanitize-article';
import { markSavedSpans } from './mark-spans';
import {
  darkHighlightColour,
  highlightColour,
  type HighlightName,
} from '../shared/highlight-colours';

const FIGURE_KINDS = ['money', 'percent', 'quantity'] as const;

/**
 * Gives a mark its colour from the definition the page paints with: `--ra-hl` (light) and
 * `--ra-hl-dark`, which reader.css applies by theme. Through the CSSOM, which the extension
 * pages' CSP (`style-src 'self'`) allows.
 */
function paintMarks(root: Element, className: string, name: HighlightName): void {
  for (const mark of Array.from(root.querySelectorAll<HTMLElement>(`mark.${className}`))) {
    if (mark.classList.contains('ra-painted')) continue;
    mark.classList.add('ra-painted');
    mark.style.setProperty('--ra-hl', highlightColour(name));
    mark.style.setProperty('--ra-hl-dark', darkHighlightColour(name));
  }
}

/**
 * Builds the article as a DOM fragment: sanitised, stored images shown from their Blobs
 * (object URLs, allowed by the page CSP), remote images as their alt text (the page is
 * offline-first and its CSP blocks them anyway), figures, projects and the user's highlights
 * marked. Returns the object URLs so the caller can revoke them.
 */
export function articleFragment(
  clipping: Clipping,
  images: readonly StoredImage[],
  annotations: readonly UserAnnotation[],
  doc: Document = document,
): { fragment: DocumentFragment; urls: string[] } {
  const fragment = sanitizeArticleFragment(clipping.html, doc);
  const byId = new Map(images.map((i) => [i.id, i]));
  const urls: string[] = [];
  for (const img of Array.from(fragment.querySelectorAll('img'))) {
    const id = storedImageId(img.getAttribute('src') ?? '');
    const stored = id === null ? undefined : byId.get(id);
    img.removeAttribute('srcset');
    if (stored) {
      const url = URL.createObjectURL(stored.blob);
      urls.push(url);
      img.setAttribute('src', url);
      img.setAttribute('loading', 'lazy');
    } else {
      const alt = img.getAttribute('alt') ?? '';
      img.replaceWith(doc.createTextNode(alt === '' ? '' : `[${alt}]`));
    }
  }
  for (const a of Array.from(fragment.querySelectorAll('a[href]'))) {
    // Links leave the reader for the web: a new tab, no referrer, no opener.
    a.setAttribute('target', '_blank');
    a.setAttribute('rel', 'noopener noreferrer');
  }
  // markQuotes needs an element root; a wrapper keeps the fragment's nodes together.
  const wrapper = doc.createElement('div');
  wrapper.append(fragment);
  // Each highlight in its own colour, as on the page.
  for (const a of annotations) {
    markQuotes(wrapper, [a.quote], `ra-user-highlight ra-${a.color}`);
    paintMarks(wrapper, `ra-${a.color}`, a.color);
  }
  // Marked while the text still matches the saved text (headline included)…
  for (const kind of FIGURE_KINDS) {
    const spans = clipping.figures.filter((f) => f.kind === kind);
    markSavedSpans(wrapper, clipping.text, spans, `ra-figure ra-${kind}`);
    paintMarks(wrapper, `ra-${kind}`, kind);
  }
  markSavedSpans(wrapper, clipping.text, clipping.projects, 'ra-project');
  paintMarks(wrapper, 'ra-project', 'project');
  // …then the article's own headline goes: the reader shows the title in its header.
  const title = clipping.metadata.title?.trim();
  const firstHeading = wrapper.querySelector('h1');
  if (title && firstHeading?.textContent?.trim() === title) firstHeading.remove();
  const out = doc.createDocumentFragment();
  out.append(...Array.from(wrapper.childNodes));
  return { fragment: out, urls };
}

/** The article, inserted as nodes (never through `innerHTML`). */
export function ArticleBody(props: {
  clipping: Clipping;
  images: readonly StoredImage[];
  annotations: readonly UserAnnotation[];
}) {
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = host.current;
    if (!el) return;
    const { fragment, urls } = articleFragment(props.clipping, props.images, props.annotations);
    el.replaceChildren(fragment);
    return () => {
      for (const url of urls) URL.revokeObjectURL(url);
    };
  }, [props.clipping.html, props.images, props.annotations, props.clipping]);
  return <div class="article-body" data-testid="reader-content" ref={host} />;
}
