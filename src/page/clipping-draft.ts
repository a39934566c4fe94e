import type { ArticleMetadata } from '../extract/article-metadata';
import type { PagePlan } from '../extract/plan-addresses';
import { sanitizeArticleHtml, type WindowLike } from '../extract/sanitize-html';
import type { ClippingDraft } from '../messaging/page-state';
import type { ArticleSession } from './article-session';
import { articleCopy } from './article-copy';
import { collectImages } from './collect-images';
import { readArticle, spansOfCopy, type SavedSpans } from './clipping-spans';

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
  const plan = session?.plan ?? null;
  const { container, imageUrls, leftOut } = articleCopy(doc, plan);
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
    ...savedSpans(session, leftOut),
    images,
  };
}

/** The recognised text and spans, as the saved copy of the article has them. */
function savedSpans(session: ArticleSession | null, leftOut: readonly Element[]): SavedSpans {
  if (session === null) return { text: '', figures: [], projects: [] };
  const found = {
    figures: session.figures.map(({ index: _i, context: _c, ...f }) => f),
    projects: session.projects.map(({ index: _i, context: _c, ...p }) => p),
  };
  return spansOfCopy(readArticle(session), leftOut, found);
}
