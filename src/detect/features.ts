/**
 * The detector's features: numbers computed from what the page declares, its address and its
 * body, each with the plain words that explain it to the reader. The fitting script
 * (scripts/fit-detector.ts) and the extension compute them with this same code.
 */
import type { BodySignals } from './body-signals';
import type { PageSignals } from './page-signals';

/** Features known from <head> and the URL, before the body is read. */
export const HEAD_FEATURES = [
  'ldArticle',
  'ldOther',
  'ogArticle',
  'ogWebsite',
  'ogOther',
  'published',
  'authorMeta',
  'wiki',
  'urlRoot',
  'urlDate',
  'urlSlug',
  'urlId',
  'urlDepth',
  'urlUnknown',
  'urlChars',
  'urlFile',
  'urlDigits',
  'urlOtherKind',
  'urlStoryFolder',
  'amp',
  'largeImageCard',
  'storyMeta',
] as const;

/** Features read from the body. */
export const BODY_FEATURES = [
  'blockParagraphs',
  'blockChars',
  'blockSentences',
  'linkDensity',
  'textToMarkup',
  'oneH1',
  'headline',
  'timeElement',
  'dateNearHeadline',
  'oneArticle',
  'manyArticles',
  'byline',
  'proseParagraphs',
  'longParagraphs',
  'blockShare',
  'blockLinks',
  'inArticleTag',
  'storyContainer',
  'titleHeading',
  'headlineFirst',
  'controls',
  'listItems',
  'tableCells',
  'codeBlocks',
] as const;

/**
 * Where `headValues` puts the features the cheap exit reads (score-article.ts): positions, so the
 * content script needs no names (test/unit/detect/features.test.ts holds them to the list).
 */
export const LD_ARTICLE = 0;
export const LD_OTHER = 1;
export const OG_ARTICLE = 2;
export const OG_OTHER = 4;
export const WIKI = 7;
export const URL_ROOT = 8;

export type HeadFeature = (typeof HEAD_FEATURES)[number];
export type BodyFeature = (typeof BODY_FEATURES)[number];
export type FeatureName = HeadFeature | BodyFeature;
export type FeatureVector = Partial<Record<FeatureName, number>>;

const flag = (b: boolean) => (b ? 1 : 0);
/** Counts enter on a log scale: 10 → 20 paragraphs weighs what 5 → 10 does. */
const log = (n: number) => Math.log2(1 + n);

/**
 * The values of HEAD_FEATURES, in that order (what the content script computes: the weights file
 * lists its terms in this order too, so no feature's name is in the detector's bundle).
 */
export function headValues(p: PageSignals): number[] {
  const og = p.ogType ?? '';
  return [
    flag(p.jsonLdArticle !== null), // ldArticle
    flag(p.jsonLdArticle === null && p.jsonLdOther !== null), // ldOther
    flag(og.startsWith('article')), // ogArticle
    flag(og === 'website'), // ogWebsite
    flag(og !== '' && og !== 'website' && !og.startsWith('article')), // ogOther
    flag(p.publishedTime), // published
    flag(p.authorMeta), // authorMeta
    flag(p.wikiEngine !== null), // wiki
    flag(p.url.isRoot), // urlRoot
    flag(p.url.hasDate), // urlDate
    Math.min(p.url.slugWords, 8), // urlSlug
    flag(p.url.articleId), // urlId
    Math.min(p.url.depth, 5), // urlDepth
    // Saved pages may come without their address; the extension always has it.
    flag(!p.url.known), // urlUnknown
    Math.min(p.url.lastChars, 100), // urlChars
    flag(p.url.fileName), // urlFile
    flag(p.url.digits), // urlDigits
    flag(p.url.otherKind), // urlOtherKind
    flag(p.url.storyFolder), // urlStoryFolder
    flag(p.amp), // amp
    flag(p.largeImageCard), // largeImageCard
    flag(p.storyMeta), // storyMeta
  ];
}

/** The values of BODY_FEATURES, in that order. */
export function bodyValues(b: BodySignals): number[] {
  return [
    log(b.dominantBlock), // blockParagraphs
    // Pages that write prose straight into a <div> (with <br>s) have it there instead.
    log(Math.max(b.dominantChars, b.directText)), // blockChars
    log(b.dominantSentences), // blockSentences
    // Links per 100 characters of the main prose: a list of links has little prose to spare.
    log((100 * b.links) / (b.dominantChars + 100)), // linkDensity
    // Characters of prose per element: an article is text, a portal is markup.
    log(b.proseChars / Math.max(1, b.elements)), // textToMarkup
    flag(b.h1s === 1), // oneH1
    flag(b.headlineInTitle), // headline
    flag(b.timeElement), // timeElement
    flag(b.dateNearHeadline), // dateNearHeadline
    flag(b.articleElements >= 1 && b.articleElements <= 2), // oneArticle
    flag(b.articleElements >= 5), // manyArticles
    flag(b.bylineMarkup), // byline
    log(b.proseParagraphs), // proseParagraphs
    log(b.longParagraphs), // longParagraphs
    // The share of all the page's prose that is in the main block: one story, not many snippets.
    b.dominantChars / Math.max(1, b.proseChars), // blockShare
    // Link text per character of the main block's own paragraphs.
    b.dominantLinked / Math.max(1, b.dominantChars), // blockLinks
    flag(b.blockInArticleTag), // inArticleTag
    flag(b.blockStoryName), // storyContainer
    flag(b.titleHeading), // titleHeading
    flag(b.headlineBeforeBlock), // headlineFirst
    log(b.controls), // controls
    log(b.listItems), // listItems
    log(b.tableCells), // tableCells
    log(b.preBlocks), // codeBlocks
  ];
}

/** Names and values together, for the fit, the benchmark and the reasons. */
function named<N extends string>(names: readonly N[], values: number[]): Record<N, number> {
  return Object.fromEntries(names.map((name, i) => [name, values[i]])) as Record<N, number>;
}

export const headFeatures = (p: PageSignals): Record<HeadFeature, number> =>
  named(HEAD_FEATURES, headValues(p));

export const bodyFeatures = (b: BodySignals): Record<BodyFeature, number> =>
  named(BODY_FEATURES, bodyValues(b));
