/**
 * Cheap signals from <head> and the URL: what the page says it is. Each is a few
 * querySelector calls, so the detector can read them before touching the body.
 */
import { firstMeta, readMetaTags } from '../extract/meta-tags';
import { isArticleType, jsonLdNodes, typesOf } from './json-ld';

/** Types that declare something else as the page's main thing. */
const NON_ARTICLE_TYPES =
  /^(CollectionPage|ItemList|SearchResultsPage|Product|ProductGroup|Offer|AggregateOffer|SoftwareApplication|SoftwareSourceCode|FAQPage|ProfilePage|QAPage|DiscussionForumPosting|Store|LocalBusiness|FinancialProduct|LoanOrCredit|Service|Event|Recipe|JobPosting|Course|AboutPage|ContactPage)$/;

/** The page's own declarations about what it is. */
export interface PageSignals {
  jsonLdArticle: string | null;
  jsonLdOther: string | null;
  ogType: string | null;
  publishedTime: boolean;
  /** The wiki engine the page says made it (`<meta name="generator">`), if any. */
  wikiEngine: string | null;
  url: UrlShape;
}

/** Wiki engines: their pages are reference entries, whatever schema.org type they declare. */
const WIKI_ENGINE =
  /\b(MediaWiki|DokuWiki|MoinMoin|Confluence|TiddlyWiki|Wiki\.js|XWiki|Foswiki|TWiki|PmWiki|Fandom)\b/i;

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

/** The schema.org types declared under `scope`: the first article type and the first other type. */
export function jsonLdTypes(scope: Document | Element): {
  article: string | null;
  other: string | null;
} {
  let article: string | null = null;
  let other: string | null = null;
  for (const node of jsonLdNodes(scope)) {
    for (const t of typesOf(node)) {
      if (article === null && isArticleType(t)) article = t;
      else if (other === null && NON_ARTICLE_TYPES.test(t)) other = t;
    }
  }
  return { article, other };
}

/**
 * Reads <head> only: on a huge page each whole-document scan costs real time, and publishers
 * put their declarations in the head. JSON-LD in the body is read later, only when needed.
 */
export function readPageSignals(doc: Document, url: string | undefined): PageSignals {
  const head = doc.head ?? doc;
  const { article: jsonLdArticle, other: jsonLdOther } = jsonLdTypes(head);
  const meta = readMetaTags(doc, head);
  const ogType = firstMeta(meta, 'og:type');
  let canonical: string | undefined;
  for (const link of Array.from(head.getElementsByTagName('link'))) {
    if ((link.getAttribute('rel') ?? '').toLowerCase() === 'canonical')
      canonical = link.getAttribute('href') ?? undefined;
  }
  return {
    jsonLdArticle,
    jsonLdOther,
    ogType: ogType ? ogType.trim().toLowerCase() : null,
    publishedTime: firstMeta(meta, ...PUBLISHED_KEYS) !== null,
    wikiEngine: WIKI_ENGINE.exec(firstMeta(meta, 'generator') ?? '')?.[1] ?? null,
    url: urlShape(url ?? canonical ?? firstMeta(meta, 'og:url') ?? undefined),
  };
}
