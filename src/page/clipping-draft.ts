import type { ArticleMetadata } from '../extract/article-metadata';
import type { PagePlan } from '../extract/plan-addresses';
import { sanitizeArticleHtml, type WindowLike } from '../extract/sanitize-html';
import type { ClippingDraft } from '../messaging/page-state';
import type { ArticleSession } from './article-session';
import { articleCopy } from './article-copy';
import { collectImages } from './collect-images';

/** The sanitised article HTML for the reader view (images keep their page URLs). */
export function readerHtml(doc: Document, plan: PagePlan): string {
  const { container } = articleCopy(doc, plan);
  return sanitizeArticleHtml(container.innerHTML, doc.defaultView as unknown as WindowLike, {
    baseUrl: doc.baseURI,
  });
}

/**
 * Everything a clipping needs, gathered in the page: the article (sanitised here, because the
 * Chrome background has no DOM to run DOMPurify in), its figures and projects, and its images
 * read as bytes. Collected images point at `ra-image:<ref>`; refused ones keep their URL.
 */
export async function buildClippingDraft(
  doc: Document,
  session: ArticleSession | null,
  metadata: ArticleMetadata,
): Promise<ClippingDraft> {
  const { container, imageUrls } = articleCopy(doc, session?.plan ?? null);
  const images = await collectImages(imageUrls);
  const refByUrl = new Map(images.filter((i) => i.dataUrl).map((i) => [i.url, i.ref]));
  for (const img of Array.from(container.querySelectorAll('img'))) {
    const ref = refByUrl.get(img.getAttribute('src') ?? '');
    if (ref) img.setAttribute('src', `ra-image:${ref}`);
  }
  return {
    url: doc.location.href,
    canonicalUrl: metadata.canonicalUrl,
    metadata,
    html: sanitizeArticleHtml(container.innerHTML, doc.defaultView as unknown as WindowLike, {
      baseUrl: doc.baseURI,
    }),
    text: session?.text ?? '',
    figures: session?.figures.map(({ index: _i, context: _c, ...f }) => f) ?? [],
    projects: session?.projects.map(({ index: _i, context: _c, ...p }) => p) ?? [],
    images,
  };
}
