/**
 * The whole pure pipeline for one page: is it an article, what is its content and metadata,
 * and what text does the reader see. Figures and projects come from an `annotate` function the
 * caller passes in, so this module does not depend on the annotators.
 */
import { detectArticle } from '../detect/detect-article';
import type { ArticleVerdict } from '../model/verdict';
import type { ArticleMetadata } from '../model/article-metadata';
import { articleText, planArticle, visibleText, type ArticlePlan } from '../extract/plan-article';
import { readMetadata } from '../extract/read-metadata';
import { readingLanguage } from './reading-language';

/** What the annotators found in the article text (their own types, opaque here). */
export interface Annotations<F = unknown, P = unknown> {
  figures: F[];
  projects: P[];
}

/** Seam for the figure/project recognisers: plain text and language in, annotations out. */
export type Annotate<F = unknown, P = unknown> = (text: string, lang: string) => Annotations<F, P>;

/** Everything the extension and `npm run analyze` need to know about one page. */
export interface DocumentAnalysis<F = unknown, P = unknown> extends Annotations<F, P> {
  verdict: ArticleVerdict;
  lang: string;
  metadata: ArticleMetadata;
  /** Null when the page is not an article or no article body was found. */
  plan: ArticlePlan | null;
  /** Visible text after hiding clutter (the whole body text when there is no plan). */
  text: string;
  /**
   * Headline + main text, as the recognisers read it: the planned article's, for a non-article
   * too ('' when no main text is found).
   */
  articleText: string;
}

/**
 * Analyses a page. Non-articles get no plan (nothing is hidden on them), but figures and
 * projects are found in the main text whatever the verdict: that is what the extension shows
 * when the reader switches highlighting on for a page it judged not an article (the content
 * script then plans the page and runs the same recognisers), so a short news item the
 * detector turns down still gets its figures. One rule for both: the verdict decides what is
 * hidden, never what is recognised; and the recognisers read in the language the extension
 * reads in (`readingLanguage`).
 */
export function analyzeDocument<F = unknown, P = unknown>(
  doc: Document,
  url?: string,
  annotate?: Annotate<F, P>,
): DocumentAnalysis<F, P> {
  const verdict = detectArticle(doc, url);
  const metadata = readMetadata(doc, url);
  const plan = verdict.isArticle ? planArticle(doc) : null;
  const text = visibleText(doc, plan);
  const planned = plan ?? planArticle(doc);
  const body = articleText(doc, planned);
  const lang = readingLanguage(doc, planned?.root ?? null, () => metadata.lang);
  const annotations =
    annotate !== undefined && body !== '' ? annotate(body, lang) : { figures: [], projects: [] };
  return { verdict, lang, metadata, plan, text, articleText: body, ...annotations };
}
