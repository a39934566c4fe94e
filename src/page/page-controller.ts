import type { ContentScriptApi, Handlers } from '../messaging/protocol';
import type { ClippingDraft, PageState } from '../messaging/page-state';
import type { ArticleVerdict } from '../detect/verdict';
import type { ArticleMetadata } from '../extract/article-metadata';

/** Owns everything the content script did to its page, and answers the popup. */
export interface PageController {
  handlers: Handlers<ContentScriptApi>;
  status(): 'article' | 'not-article';
  dispose(): void;
}

export function createPageController(doc: Document): PageController {
  const verdict: ArticleVerdict = { isArticle: false, confidence: 0, reasons: [] };
  const metadata = (): ArticleMetadata => ({
    title: doc.title || null,
    byline: null,
    authors: [],
    siteName: doc.location.hostname,
    publishedTime: null,
    modifiedTime: null,
    canonicalUrl: doc.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href ?? null,
    lang: doc.documentElement.lang || null,
    description: null,
    doi: null,
  });
  const state = (): PageState => ({
    url: doc.location.href,
    title: doc.title,
    lang: doc.documentElement.lang,
    verdict,
    metadata: metadata(),
    clutterHidden: false,
    highlights: { figures: false, projects: false },
    figures: [],
    projects: [],
    userHighlightCount: 0,
    orphans: [],
  });
  const draft = (): ClippingDraft => ({
    url: doc.location.href,
    canonicalUrl: metadata().canonicalUrl,
    metadata: metadata(),
    html: '',
    text: doc.body?.innerText ?? '',
    figures: [],
    projects: [],
    imageUrls: [],
  });
  return {
    status: () => (verdict.isArticle ? 'article' : 'not-article'),
    dispose: () => undefined,
    handlers: {
      getPageState: async () => state(),
      getClippingDraft: async () => draft(),
    },
  };
}
