import type { ArticleMetadata } from '../../model/article-metadata';
import type { PagePlan } from '../../extract/plan-addresses';
import { sanitizeArticleHtml, type WindowLike } from '../../shared/sanitize-html';
import type { ClippingDraft } from '../../model/clipping-draft';
import type { ArticleSession } from '../article/article-session';
import { articleCopy } from '../shared/article-copy';
import { annotateInChunks } from '../shared/annotate-in-chunks';
import { collectImages } from './collect-images';
import { buildTextIndex } from '../shared/text-index';
import { readArticle, spansOfCopy, type SavedSpans } from '../shared/clipping-spans';

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
  // No article plan (none found on a page the reader clips anyway, or the pass failed): the
  // whole page, as it renders, rather than nothing.
  const plan = session?.plan ?? wholePagePlan(doc);
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
    ...(session !== null
      ? savedSpans(session, leftOut)
      : await wholePageSpans(plan, leftOut, metadata.lang ?? '')),
    images,
    wholePage: session === null && plan !== null,
  };
}

function wholePagePlan(doc: Document): PagePlan | null {
  return doc.body === null ? null : { root: doc.body, title: null, hide: [], byline: [] };
}

/** The page's text and the figures and projects in it, read as the session would. */
async function wholePageSpans(
  plan: PagePlan | null,
  leftOut: readonly Element[],
  lang: string,
): Promise<SavedSpans> {
  if (plan === null) return { text: '', figures: [], projects: [] };
  const { text } = buildTextIndex([plan.root], new Set(leftOut));
  return { text, ...(await annotateInChunks(text, lang)) };
}

/** The recognised text and spans, as the saved copy of the article has them. */
function savedSpans(session: ArticleSession, leftOut: readonly Element[]): SavedSpans {
  const found = {
    figures: session.figures.map(({ index: _i, context: _c, ...f }) => f),
    projects: session.projects.map(({ index: _i, context: _c, ...p }) => p),
  };
  return spansOfCopy(readArticle(session), leftOut, found);
}
