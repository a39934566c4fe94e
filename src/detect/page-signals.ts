/**
 * Cheap signals from <head> and the URL: what the page says it is. Each is a few
 * getElementsByTagName calls, so the detector can read them before touching the body.
 */
import { firstMeta, readMetaTags } from '../shared/meta-tags';
import { isArticleType, jsonLdNodes, typesOf } from './json-ld';

/** Types that declare something else as the page's main thing. */
const NON_ARTICLE_TYPES =
  /^(CollectionPage|ItemList|SearchResultsPage|Product|ProductGroup|Offer|AggregateOffer|SoftwareApplication|SoftwareSourceCode|FAQPage|ProfilePage|QAPage|DiscussionForumPosting|Store|LocalBusiness|FinancialProduct|LoanOrCredit|Service|Event|Recipe|JobPosting|Course|AboutPage|ContactPage|VideoObject|MusicRecording|MusicComposition|Movie|Book|Dataset)$/;

/** The page's own declarations about what it is. */
export interface PageSignals {
  jsonLdArticle: string | null;
  jsonLdOther: string | null;
  ogType: string | null;
  publishedTime: boolean;
  /** An author named in a meta tag. */
  authorMeta: boolean;
  /** og:title or twitter:title, if any: publishers put the bare headline there. */
  ogTitle: string | null;
  /** The wiki engine the page says made it (`<meta name="generator">`), if any. */
  wikiEngine: string | null;
  /** A link to an AMP version: publishers make them for stories. */
  amp: boolean;
  /** twitter:card summary_large_image: the card of a shared story. */
  largeImageCard: boolean;
  /** article:section, article:tag or news_keywords: meta tags of a story. */
  storyMeta: boolean;
  url: UrlShape;
}

/** Wiki engines: their pages are reference entries, whatever schema.org type they declare. */
const WIKI_ENGINE =
  /\b(MediaWiki|DokuWiki|MoinMoin|Confluence|TiddlyWiki|Wiki\.js|XWiki|Foswiki|TWiki|PmWiki|Fandom)\b/i;

/** What a URL path looks like: a story slug, a section, a search... */
export interface UrlShape {
  /** The URL could be read at all. */
  known: boolean;
  isRoot: boolean;
  hasDate: boolean;
  /** Words (runs with a letter) in the last path segment: a story slug has many. */
  slugWords: number;
  articleId: boolean;
  /** Path segments. */
  depth: number;
  /** Characters of the last path segment: a story's slug is long. */
  lastChars: number;
  /** The last segment is a file (.html, .php, …): pages of older CMSs. */
  fileName: boolean;
  /** A run of 4 or more digits anywhere in the path or query (an id or a year). */
  digits: boolean;
  /** A folder or host of videos, questions, a shop, help or an about page: not stories. */
  otherKind: boolean;
  /** A folder or host of articles, stories, news or a blog, above the page. */
  storyFolder: boolean;
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

const AUTHOR_KEYS = [
  'author',
  'article:author',
  'og:article:author',
  'byl',
  'parsely-author',
  'sailthru.author',
  'dc.creator',
  'citation_author',
];

/** Folders (and whole paths) of pages that are something else than a story, in many languages. */
const OTHER_KIND =
  /^(videos?|watch|tv|mediathek|podcasts?|qa|questions?|answers|forums?|threads?|community|shop|store|products?|produkte?|item|dp|wiki|docs?|help|hilfe|faq|support|about|about-us|uber-uns|ueber-uns|impressum|kontakt|contact|privacy|datenschutz|terms|agb|login|signin|register|account|profile|users?|members?|jobs|karriere)$/i;
const OTHER_HOST = /^(shop|store|forums?|community|wiki|docs|help|support|answers|video|tv)\./i;

/** Folders that hold stories, in the languages of the corpus and beyond. */
const STORY_FOLDER =
  /^(articles?|artikel|artigos?|articulos?|articolo|story|stories|news|nachrichten|aktuelles|aktuell|meldungen|actualites|actualite|noticias?|notizie|nieuws|uutiset|nyheter|novosti|tin-tuc|blogs?|posts?|journal|doc|beitrag|press|presse)$/i;
const STORY_HOST = /^(blogs?|news|nachrichten)\./i;

export function urlShape(url: string | undefined): UrlShape {
  const shape: UrlShape = {
    known: false,
    isRoot: false,
    hasDate: false,
    slugWords: 0,
    articleId: false,
    depth: 0,
    lastChars: 0,
    fileName: false,
    digits: false,
    otherKind: false,
    storyFolder: false,
  };
  if (url === undefined) return shape;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return shape;
  }
  let path = parsed.pathname;
  try {
    path = decodeURIComponent(path);
  } catch {
    // A malformed escape: read the path as it is.
  }
  path = path.replace(/\/(index\.\w+)?$/, '');
  const segments = path.split('/').filter((s) => s !== '');
  shape.known = true;
  shape.depth = segments.length;
  shape.isRoot = segments.length === 0 && parsed.search === '';
  shape.hasDate =
    /\/(19|20)\d\d[/-]?(0[1-9]|1[0-2])([/-]?[0-3]\d)?([/-]|$)|\/(19|20)\d{6}\//.test(path) ||
    /\/(19|20)\d\d\/\d{1,2}\//.test(path);
  const lastFile = segments[segments.length - 1] ?? '';
  const last = lastFile.replace(/\.\w+$/, '');
  shape.lastChars = last.length;
  shape.fileName = /\.(s?html?|php\d?|aspx?|jsp|cms)$/i.test(lastFile);
  shape.digits = /\d{4,}/.test(path + parsed.search);
  // A folder anywhere, or the whole path ("/impressum"), but not a story's slug.
  shape.otherKind =
    OTHER_HOST.test(parsed.hostname) ||
    segments.slice(0, -1).some((s) => OTHER_KIND.test(s)) ||
    OTHER_KIND.test(segments.length === 1 ? last : '');
  shape.storyFolder =
    STORY_HOST.test(parsed.hostname) || segments.slice(0, -1).some((s) => STORY_FOLDER.test(s));
  shape.slugWords = last.split(/[-_+]/).filter((w) => /\p{L}/u.test(w)).length;
  shape.articleId =
    /\d{5,}/.test(last) ||
    /\d{5,}/.test(segments[segments.length - 2] ?? '') ||
    // Query ids as older CMSs name them (?id=, ?idx=, ?pk_no=, ?art_seq=, ?newsid=).
    /[?&](p|\w*(id|idx|no|num|seq|article|story))=\d{3,}/i.test(parsed.search);
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
  let amp = false;
  for (const link of Array.from(head.getElementsByTagName('link'))) {
    const rel = (link.getAttribute('rel') ?? '').toLowerCase();
    if (rel === 'canonical') canonical = link.getAttribute('href') ?? undefined;
    if (rel === 'amphtml') amp = true;
  }
  return {
    jsonLdArticle,
    jsonLdOther,
    ogType: ogType ? ogType.trim().toLowerCase() : null,
    publishedTime: firstMeta(meta, ...PUBLISHED_KEYS) !== null,
    authorMeta: firstMeta(meta, ...AUTHOR_KEYS) !== null,
    ogTitle: firstMeta(meta, 'og:title', 'twitter:title'),
    wikiEngine: WIKI_ENGINE.exec(firstMeta(meta, 'generator') ?? '')?.[1] ?? null,
    amp,
    largeImageCard: (firstMeta(meta, 'twitter:card') ?? '').trim() === 'summary_large_image',
    storyMeta: firstMeta(meta, 'article:section', 'article:tag', 'news_keywords') !== null,
    url: urlShape(url ?? canonical ?? firstMeta(meta, 'og:url') ?? undefined),
  };
}
