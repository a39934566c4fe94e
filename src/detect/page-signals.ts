/**
 * Cheap signals from <head> and the URL: what the page says it is. Each is a few
 * querySelector calls, so the detector can read them before touching the body.
 */
import { firstMeta, readMetaTags } from '../extract/meta-tags';
import { jsonLdNodes, typesOf } from './json-ld';

/** schema.org types that declare an article (news, blog, report, analysis...). */
const ARTICLE_TYPES =
  /^(NewsArticle|Article|BlogPosting|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|ReviewNewsArticle|Report|ScholarlyArticle|TechArticle|LiveBlogPosting|SatiricalArticle|AdvertiserContentArticle|SocialMediaPosting)$/;

/** Types that declare something else as the page's main thing. */
const NON_ARTICLE_TYPES =
  /^(CollectionPage|ItemList|SearchResultsPage|Product|ProductGroup|Offer|AggregateOffer|SoftwareApplication|SoftwareSourceCode|FAQPage|ProfilePage|QAPage|DiscussionForumPosting|Store|LocalBusiness|FinancialProduct|LoanOrCredit|Service|Event|Recipe|JobPosting|Course|AboutPage|ContactPage)$/;

/** The page's own declarations about what it is. */
export interface PageSignals {
  jsonLdArticle: string | null;
  jsonLdOther: string | null;
  ogType: string | null;
  publishedTime: boolean;
  url: UrlShape;
}

/** What a URL path looks like: a story slug, a section, a search... */
export interface UrlShape {
  isRoot: boolean;
  hasDate: boolean;
  longSlug: boolean;
  articleId: boolean;
  listing: boolean;
}

/** Meta keys that carry a publication time. */
const PUBLISHED_KEYS = [
  'article:published_time',
  'og:article:published_time',
  'datepublished',
  'pubdate',
  'publishdate',
  'publish-date',
  'parsely-pub-date',
  'sailthru.date',
  'dc.date.issued',
  'citation_publication_date',
  'citation_date',
];

export function urlShape(url: string | undefined): UrlShape {
  const shape = {
    isRoot: false,
    hasDate: false,
    longSlug: false,
    articleId: false,
    listing: false,
  };
  if (url === undefined) return shape;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return shape;
  }
  const path = decodeURIComponent(parsed.pathname).replace(/\/(index\.\w+)?$/, '');
  const segments = path.split('/').filter((s) => s !== '');
  shape.isRoot = segments.length === 0 && parsed.search === '';
  shape.hasDate = /\/(19|20)\d\d[/-](0?[1-9]|1[0-2])([/-]|$)|\/(19|20)\d{6}\//.test(path);
  const last = segments[segments.length - 1] ?? '';
  shape.longSlug =
    last
      .replace(/\.\w+$/, '')
      .split(/[-_]/)
      .filter((w) => /\p{L}/u.test(w)).length >= 4;
  shape.articleId = /\d{5,}(\.\w+)?$/.test(last);
  shape.listing =
    /^(tag|tags|category|categories|topic|topics|section|search|author|authors|archive|page)$/i.test(
      segments[0] ?? '',
    ) || /[?&](q|query|s|search)=/.test(parsed.search);
  return shape;
}

export function readPageSignals(doc: Document, url: string | undefined): PageSignals {
  let jsonLdArticle: string | null = null;
  let jsonLdOther: string | null = null;
  for (const node of jsonLdNodes(doc)) {
    for (const t of typesOf(node)) {
      if (jsonLdArticle === null && ARTICLE_TYPES.test(t)) jsonLdArticle = t;
      else if (jsonLdOther === null && NON_ARTICLE_TYPES.test(t)) jsonLdOther = t;
    }
  }
  const meta = readMetaTags(doc);
  const ogType = firstMeta(meta, 'og:type');
  let canonical: string | undefined;
  for (const link of Array.from(doc.getElementsByTagName('link'))) {
    if ((link.getAttribute('rel') ?? '').toLowerCase() === 'canonical')
      canonical = link.getAttribute('href') ?? undefined;
  }
  return {
    jsonLdArticle,
    jsonLdOther,
    ogType: ogType ? ogType.trim().toLowerCase() : null,
    publishedTime: firstMeta(meta, ...PUBLISHED_KEYS) !== null,
    url: urlShape(url ?? canonical ?? firstMeta(meta, 'og:url') ?? undefined),
  };
}
