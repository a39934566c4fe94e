import type { ArticleVerdict } from '../../model/verdict';
import type { PageController } from '../article/page-controller';

/**
 * The content script comes in two parts: a small detector declared for every page, and the
 * article module (extraction, recognisers, sanitiser, UI) that the background injects only
 * where it is needed. Both run in the same isolated world; this slot on its global is how the
 * module hands its controller factory to the detector.
 */
export interface ArticleModule {
  create(
    doc: Document,
    url: string,
    verdict: ArticleVerdict,
    options: { cssInserted: boolean },
  ): Promise<PageController>;
}

const SLOT = Symbol.for('reader-assistant.article-module');

export function registerArticleModule(win: Window, module: ArticleModule): void {
  (win as unknown as Record<symbol, ArticleModule>)[SLOT] = module;
}

export function articleModule(win: Window): ArticleModule | undefined {
  return (win as unknown as Record<symbol, ArticleModule | undefined>)[SLOT];
}
