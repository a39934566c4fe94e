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
  'urlListing',
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
  'teasers',
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

export type HeadFeature = (typeof HEAD_FEATURES)[number];
export type BodyFeature = (typeof BODY_FEATURES)[number];
export type FeatureName = HeadFeature | BodyFeature;
export type FeatureVector = Partial<Record<FeatureName, number>>;

const flag = (b: boolean) => (b ? 1 : 0);
/** Counts enter on a log scale: 10 → 20 paragraphs weighs what 5 → 10 does. */
const log = (n: number) => Math.log2(1 + n);

export function headFeatures(p: PageSignals): Record<HeadFeature, number> {
  const og = p.ogType ?? '';
  return {
    ldArticle: flag(p.jsonLdArticle !== null),
    ldOther: flag(p.jsonLdArticle === null && p.jsonLdOther !== null),
    ogArticle: flag(og.startsWith('article')),
    ogWebsite: flag(og === 'website'),
    ogOther: flag(og !== '' && og !== 'website' && !og.startsWith('article')),
    published: flag(p.publishedTime),
    authorMeta: flag(p.authorMeta),
    wiki: flag(p.wikiEngine !== null),
    urlRoot: flag(p.url.isRoot),
    urlListing: flag(p.url.listing),
    urlDate: flag(p.url.hasDate),
    urlSlug: Math.min(p.url.slugWords, 8),
    urlId: flag(p.url.articleId),
    urlDepth: Math.min(p.url.depth, 5),
    // Saved pages may come without their address; the extension always has it.
    urlUnknown: flag(!p.url.known),
    urlChars: Math.min(p.url.lastChars, 100),
    urlFile: flag(p.url.fileName),
    urlDigits: flag(p.url.digits),
    urlOtherKind: flag(p.url.otherKind),
    urlStoryFolder: flag(p.url.storyFolder),
    amp: flag(p.amp),
    largeImageCard: flag(p.largeImageCard),
    storyMeta: flag(p.storyMeta),
  };
}

export function bodyFeatures(b: BodySignals): Record<BodyFeature, number> {
  return {
    blockParagraphs: log(b.dominantBlock),
    // Pages that write prose straight into a <div> (with <br>s) have it there instead.
    blockChars: log(Math.max(b.dominantChars, b.directText)),
    blockSentences: log(b.dominantSentences),
    teasers: log(b.teaserLinks),
    // Links per 100 characters of the main prose: a list of links has little prose to spare.
    linkDensity: log((100 * b.links) / (b.dominantChars + 100)),
    // Characters of prose per element: an article is text, a portal is markup.
    textToMarkup: log(b.proseChars / Math.max(1, b.elements)),
    oneH1: flag(b.h1s === 1),
    headline: flag(b.headlineInTitle),
    timeElement: flag(b.timeElement),
    dateNearHeadline: flag(b.dateNearHeadline),
    oneArticle: flag(b.articleElements >= 1 && b.articleElements <= 2),
    manyArticles: flag(b.articleElements >= 5),
    byline: flag(b.bylineMarkup),
    proseParagraphs: log(b.proseParagraphs),
    longParagraphs: log(b.longParagraphs),
    // The share of all the page's prose that is in the main block: one story, not many snippets.
    blockShare: b.dominantChars / Math.max(1, b.proseChars),
    // Link text per character of the main block's own paragraphs.
    blockLinks: b.dominantLinked / Math.max(1, b.dominantChars),
    inArticleTag: flag(b.blockInArticleTag),
    storyContainer: flag(b.blockStoryName),
    titleHeading: flag(b.titleHeading),
    headlineFirst: flag(b.headlineBeforeBlock),
    controls: log(b.controls),
    listItems: log(b.listItems),
    tableCells: log(b.tableCells),
    codeBlocks: log(b.preBlocks),
  };
}
