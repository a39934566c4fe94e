import { useEffect, useRef } from 'preact/hooks';
import { markQuotes, storedImageId } from '../../export/article-dom';
import type { Clipping, StoredImage, UserAnnotation } from '../../store/schema';
import { sanitizeArticleFragment } from './sanitize-article';
import { markSavedSpans } from './mark-spans';

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
  markQuotes(
    wrapper,
    annotations.map((a) => a.quote),
    'ra-user-highlight',
  );
  // Marked while the text still matches the saved text (headline included)…
  markSavedSpans(wrapper, clipping.text, clipping.figures, 'ra-figure');
  markSavedSpans(wrapper, clipping.text, clipping.projects, 'ra-project');
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
