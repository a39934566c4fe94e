/**
 * Citation metadata from every place pages put it: JSON-LD (incl. @graph and arrays), Open
 * Graph, citation_* (Highwire), Dublin Core, plain meta tags, <time>, then the page itself.
 * Structured sources win over loose ones because they are the publisher's own record.
 */
import { isArticleType, jsonLdNodes, typesOf, type JsonLdNode } from '../detect/json-ld';
import type { ArticleMetadata } from '../model/article-metadata';
import { chooseTitle } from './choose-title';
import { detectLanguage } from './detect-language';
import { pageAuthorSteps } from './find-page-authors';
import { firstMeta, readMetaTags, type MetaTags } from '../shared/meta-tags';
import { hostOf, namesOwner, withoutTagline } from '../shared/site-owner';
import { runSteps } from '../shared/run-steps';
import { toIsoDate } from './to-iso-date';

function text(value: unknown): string | null {
  if (typeof value === 'string') return value.replace(/\s+/g, ' ').trim() || null;
  if (Array.isArray(value)) return text(value[0]);
  if (typeof value === 'object' && value !== null)
    return text((value as JsonLdNode)['name'] ?? (value as JsonLdNode)['@value']);
  return null;
}

/** The JSON-LD node describing the article itself (not the site, the publisher or a breadcrumb). */
function articleNode(doc: Document): JsonLdNode | null {
  const nodes = jsonLdNodes(doc);
  return (
    nodes.find((n) => typesOf(n).some(isArticleType)) ??
    nodes.find((n) => typesOf(n).includes('WebPage')) ??
    null
  );
}

function absolute(href: string | null | undefined, base: string | undefined): string | null {
  if (!href) return null;
  try {
    return new URL(href, base).href;
  } catch {
    return null;
  }
}

function linkHref(doc: Document, rel: string): string | null {
  for (const link of Array.from(doc.getElementsByTagName('link'))) {
    if ((link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/).includes(rel))
      return link.getAttribute('href');
  }
  return null;
}

/** Author names from JSON-LD, with whether each is an organisation rather than a person. */
function ldAuthors(value: unknown): { name: string; organisation: boolean }[] {
  const list = Array.isArray(value) ? value : [value];
  return list.flatMap((item) => {
    const name = text(item);
    if (name === null || /^https?:\/\//.test(name)) return [];
    const types = typeof item === 'object' && item !== null ? typesOf(item as JsonLdNode) : [];
    return [{ name, organisation: types.some((t) => /Organization|Corporation/.test(t)) }];
  });
}

/**
 * The declared authors (JSON-LD, citation/Dublin Core, meta author); when they name no person,
 * only the site or publisher, the names the page prints instead (find-page-authors.ts), and
 * the publisher as the last resort, as a citation would have it.
 */
function* authorSteps(
  meta: MetaTags,
  ld: JsonLdNode | null,
  doc: Document,
  owners: readonly (string | null)[],
): Generator<void, string[]> {
  const isOwner = (name: string) => namesOwner(name, owners);
  let declared: string[] = [];
  const fromLd = ld ? ldAuthors(ld['author']) : [];
  if (fromLd.length > 0) {
    const people = fromLd.filter((a) => !a.organisation && !isOwner(a.name));
    if (people.length > 0) return people.map((a) => a.name);
    declared = fromLd.map((a) => a.name);
  }
  const citation =
    meta.get('citation_author') ?? meta.get('dc.creator') ?? meta.get('dcterms.creator');
  if (declared.length === 0 && citation !== undefined) return [...citation];
  const plain = firstMeta(
    meta,
    'author',
    'article:author',
    'og:article:author',
    'parsely-author',
    'sailthru.author',
  );
  if (declared.length === 0 && plain !== null && !/^https?:\/\//.test(plain)) {
    declared = plain.split(/\s*(?:,| and | và )\s*/).filter((s) => s !== '');
    if (!declared.every(isOwner)) return declared;
  }
  yield;
  const printed = yield* pageAuthorSteps(doc);
  const people = printed.filter((name) => !isOwner(name));
  if (people.length > 0) return people;
  return declared.length > 0 ? declared : printed;
}

function doiFrom(meta: MetaTags, ld: JsonLdNode | null): string | null {
  const candidates = [
    firstMeta(meta, 'citation_doi', 'dc.identifier', 'prism.doi', 'doi'),
    text(ld?.['identifier']),
    text(ld?.['sameAs']),
  ];
  for (const c of candidates) {
    const doi = c?.match(/10\.\d{4,9}\/\S+/)?.[0];
    if (doi) return doi.replace(/[.,;]$/, '');
  }
  return null;
}

/** Up to `max` characters of `root`'s text, reading no further than that. */
function leadingText(root: Element | null, max: number): string {
  if (root === null) return '';
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  let out = '';
  while (out.length < max && walker.nextNode()) out += (walker.currentNode as Text).data;
  return out.slice(0, max);
}

function canonicalFrom(
  doc: Document,
  meta: MetaTags,
  ld: JsonLdNode | null,
  url: string | undefined,
): string | null {
  return absolute(
    linkHref(doc, 'canonical') ?? firstMeta(meta, 'og:url') ?? text(ld?.['url']) ?? url,
    url ?? undefined,
  );
}

/**
 * The page's canonical address alone, as `readMetadata` gives it, for a fraction of the whole
 * read (the authors, the title, the dates and the language are left for when they are asked).
 */
export function* canonicalUrlSteps(doc: Document, url?: string): Generator<void, string | null> {
  const meta = readMetaTags(doc);
  yield;
  return canonicalFrom(doc, meta, articleNode(doc), url);
}

/** Reads the article's citation metadata; `url` is the page address (base for relative links). */
export function readMetadata(doc: Document, url?: string): ArticleMetadata {
  return runSteps(readMetadataSteps(doc, url));
}

/**
 * The same, in steps: the meta tags, the JSON-LD, the links and the page's own elements are
 * each a walk of the whole page (on issue #7's 100,000-element page, 26-33 ms in one task in
 * Firefox), so the page layer yields to the page between them.
 */
export function* readMetadataSteps(doc: Document, url?: string): Generator<void, ArticleMetadata> {
  const meta = readMetaTags(doc);
  yield;
  const ld = articleNode(doc);
  yield;
  const canonicalUrl = canonicalFrom(doc, meta, ld, url);
  yield;
  const publisher = text(ld?.['publisher']);
  // The page's own address says more of the site than a saved copy's or a test's.
  const host = hostOf(canonicalUrl ?? url ?? doc.URL);
  const declaredSite =
    firstMeta(meta, 'og:site_name', 'application-name', 'citation_journal_title') ?? publisher;
  const siteName = declaredSite === null ? null : withoutTagline(declaredSite, host);
  const owners = [siteName, publisher, host];
  const title = chooseTitle(
    [
      text(ld?.['headline']),
      firstMeta(meta, 'citation_title'),
      firstMeta(meta, 'og:title'),
      firstMeta(meta, 'twitter:title'),
      firstMeta(meta, 'dc.title'),
      firstMeta(meta, 'parsely-title', 'title'),
      text(ld?.['name']),
    ],
    doc.title,
    doc.getElementsByTagName('h1')[0]?.textContent ?? null,
    owners,
  );
  yield;
  const authors = yield* authorSteps(meta, ld, doc, owners);
  yield;
  const time = doc.querySelector('time[datetime]')?.getAttribute('datetime');
  const published =
    text(ld?.['datePublished']) ??
    firstMeta(
      meta,
      'article:published_time',
      'citation_publication_date',
      'citation_date',
      'dc.date.issued',
      'dc.date',
      'dcterms.issued',
      'datepublished',
      'pubdate',
      'publishdate',
      'parsely-pub-date',
      'sailthru.date',
    ) ??
    time ??
    null;
  const modified =
    text(ld?.['dateModified']) ??
    firstMeta(meta, 'article:modified_time', 'og:updated_time', 'dc.date.modified', 'datemodified');
  const description =
    firstMeta(meta, 'description', 'og:description', 'twitter:description', 'dc.description') ??
    text(ld?.['description']);
  yield;
  const sample = `${title ?? ''} ${description ?? ''} ${leadingText(doc.body, 3000)}`;
  return {
    title,
    byline: authors.length > 0 ? authors.join(', ') : null,
    authors,
    siteName,
    publishedTime: toIsoDate(published),
    modifiedTime: toIsoDate(modified),
    canonicalUrl,
    lang: detectLanguage(doc, sample, meta),
    description,
    doi: doiFrom(meta, ld),
  };
}
