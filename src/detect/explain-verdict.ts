/**
 * The verdict's reasons in the reader's words. Kept out of the detector every page loads (the
 * content script decides with `score-article.ts` alone): the words are only needed when
 * someone reads them, in the popup, `analyze` and the benchmark.
 *
 * Pure: a reason is a message of `_locales` (its key and substitutions), worded by the caller's
 * `say` — the browser's `i18n` in the extension (the reader's language), the English messages
 * under Node (`english-messages.ts`).
 */
import type { BodySignals } from './body-signals';
import type { FeatureName } from './features';
import type { PageSignals } from './page-signals';
import type { Decision } from './score-article';

/** A message of `_locales/<lang>/messages.json` and its substitutions ($1, $2…). */
export interface ReasonMessage {
  key: string;
  subs: string[];
}

/** Words a message in the reader's language (in the extension: `i18n.getMessage`). */
export type SayMessage = (key: string, subs: string[]) => string;

const m = (key: string, ...subs: (string | number)[]): ReasonMessage => ({
  key,
  subs: subs.map(String),
});

/**
 * What a feature says, in the reader's words, given the page's signals. `for` is true when
 * it counted towards "article".
 */
export function sayFeature(
  name: FeatureName,
  p: PageSignals,
  b: BodySignals | null,
  forArticle: boolean,
): ReasonMessage {
  switch (name) {
    case 'ldArticle':
      return p.jsonLdArticle !== null
        ? m('reasonLdArticle', p.jsonLdArticle)
        : m('reasonNoLdArticle');
    case 'ldOther':
      return p.jsonLdOther !== null ? m('reasonLdOther', p.jsonLdOther) : m('reasonNoLdOther');
    case 'ogArticle':
      return forArticle ? m('reasonOgArticle') : m('reasonNoOgArticle');
    case 'ogWebsite':
      return p.ogType === 'website' ? m('reasonOgWebsite') : m('reasonNotOgWebsite');
    case 'ogOther':
      return p.ogType ? m('reasonOgType', p.ogType) : m('reasonNoOgType');
    case 'published':
      return p.publishedTime ? m('reasonPublished') : m('reasonNoPublished');
    case 'authorMeta':
      return p.authorMeta ? m('reasonAuthorMeta') : m('reasonNoAuthorMeta');
    case 'wiki':
      return p.wikiEngine !== null ? m('reasonWiki', p.wikiEngine) : m('reasonNotWiki');
    case 'urlRoot':
      return p.url.isRoot ? m('reasonUrlRoot') : m('reasonUrlNotRoot');
    case 'urlListing':
      return p.url.listing ? m('reasonUrlListing') : m('reasonUrlNotListing');
    case 'urlDate':
      return p.url.hasDate ? m('reasonUrlDate') : m('reasonUrlNoDate');
    case 'urlSlug':
      return p.url.slugWords >= 3 ? m('reasonUrlSlug', p.url.slugWords) : m('reasonUrlNoSlug');
    case 'urlId':
      return p.url.articleId ? m('reasonUrlId') : m('reasonUrlNoId');
    case 'urlUnknown':
      return p.url.known ? m('reasonUrlKnown') : m('reasonUrlUnknown');
    case 'urlDepth':
      return p.url.depth === 1 ? m('reasonUrlDepthOne') : m('reasonUrlDepth', p.url.depth);
  }
  if (b === null) return m('reasonSignal', name);
  switch (name) {
    case 'blockParagraphs':
      if (b.dominantBlock === 0) return m('reasonNoProse');
      return b.dominantBlock === 1
        ? m('reasonProseParagraphOne')
        : m('reasonProseParagraphs', b.dominantBlock);
    case 'blockChars':
      return m('reasonProseChars', Math.max(b.dominantChars, b.directText));
    case 'blockSentences':
      return m('reasonProseSentences', b.dominantSentences);
    case 'teasers':
      return m('reasonTeasers', b.teaserLinks);
    case 'linkDensity':
      return forArticle ? m('reasonFewLinks') : m('reasonManyLinks');
    case 'textToMarkup':
      return forArticle ? m('reasonMostlyText') : m('reasonMostlyMarkup');
    case 'oneH1':
      return b.h1s === 1 ? m('reasonOneH1') : m('reasonH1s', b.h1s);
    case 'headline':
      return b.headlineInTitle ? m('reasonHeadline') : m('reasonNoHeadline');
    case 'timeElement':
      return b.timeElement ? m('reasonTimeElement') : m('reasonNoTimeElement');
    case 'dateNearHeadline':
      return b.dateNearHeadline ? m('reasonDateNearHeadline') : m('reasonNoDateNearHeadline');
    case 'oneArticle':
      return b.articleElements >= 1 && b.articleElements <= 2
        ? m('reasonOneArticleElement')
        : m('reasonNoOneArticleElement');
    case 'manyArticles':
      return b.articleElements >= 5
        ? m('reasonArticleCards', b.articleElements)
        : m('reasonNoArticleCards');
    case 'byline':
      return b.bylineMarkup ? m('reasonByline') : m('reasonNoByline');
  }
}

/** How many reasons the verdict lists for itself, and against. */
const FOR = 4;
const AGAINST = 2;

/**
 * The features that counted most for the answer, strongest first, then the most against it
 * (each worded inside `reasonAgainst`, "but …"), as messages.
 */
export function reasonMessages(d: Decision): { message: ReasonMessage; against: boolean }[] {
  const side = (forArticle: boolean) => d.effects.filter(([, effect]) => effect > 0 === forArticle);
  return [
    ...side(d.isArticle)
      .slice(0, FOR)
      .map(([name]) => ({
        message: sayFeature(name, d.page, d.body, d.isArticle),
        against: false,
      })),
    ...side(!d.isArticle)
      .slice(0, AGAINST)
      .map(([name]) => ({
        message: sayFeature(name, d.page, d.body, !d.isArticle),
        against: true,
      })),
  ];
}

/** The reasons of a decision, worded by `say`. */
export function explainDecision(d: Decision, say: SayMessage): string[] {
  return reasonMessages(d).map(({ message, against }) => {
    const words = say(message.key, message.subs);
    return against ? say('reasonAgainst', [words]) : words;
  });
}
