/**
 * The verdict's reasons in the reader's words. Kept out of the detector every page loads (the
 * content script decides with `score-article.ts` alone): the words are only needed when
 * someone reads them, in the popup, `analyze` and the benchmark.
 */
import type { BodySignals } from './body-signals';
import type { FeatureName } from './features';
import type { PageSignals } from './page-signals';
import type { Decision } from './score-article';

/**
 * What a feature says, in the reader's words, given the page's signals. `for` is true when
 * it counted towards "article".
 */
export function sayFeature(
  name: FeatureName,
  p: PageSignals,
  b: BodySignals | null,
  forArticle: boolean,
): string {
  switch (name) {
    case 'ldArticle':
      return p.jsonLdArticle !== null
        ? `declares itself an article (${p.jsonLdArticle})`
        : 'no article type in its structured data';
    case 'ldOther':
      return p.jsonLdOther !== null
        ? `declares itself a ${p.jsonLdOther}`
        : 'declares no other type';
    case 'ogArticle':
      return forArticle ? 'og:type article' : 'no og:type article';
    case 'ogWebsite':
      return p.ogType === 'website' ? 'og:type website' : 'not og:type website';
    case 'ogOther':
      return p.ogType ? `og:type ${p.ogType}` : 'no og:type';
    case 'published':
      return p.publishedTime ? 'a published time in its meta tags' : 'no published time';
    case 'authorMeta':
      return p.authorMeta ? 'an author in its meta tags' : 'no author in its meta tags';
    case 'wiki':
      return p.wikiEngine !== null ? `made by wiki software (${p.wikiEngine})` : 'not a wiki';
    case 'urlRoot':
      return p.url.isRoot ? "the address is the site's front page" : 'not the front page';
    case 'urlListing':
      return p.url.listing
        ? 'the address looks like a section, tag or search page'
        : 'the address is no section or search page';
    case 'urlDate':
      return p.url.hasDate ? 'a date in the address' : 'no date in the address';
    case 'urlSlug':
      return p.url.slugWords >= 3
        ? `a headline-like address (${p.url.slugWords} words)`
        : 'no headline in the address';
    case 'urlId':
      return p.url.articleId ? 'a story number in the address' : 'no story number in the address';
    case 'urlUnknown':
      return p.url.known ? 'a known address' : 'no address to go by';
    case 'urlDepth':
      return `the address is ${p.url.depth} folder${p.url.depth === 1 ? '' : 's'} deep`;
    case 'urlChars':
      return forArticle ? 'a long, story-like address' : 'a short address';
    case 'urlFile':
      return p.url.fileName ? 'the address names a page file' : 'the address names no page file';
    case 'urlDigits':
      return p.url.digits ? 'a number in the address' : 'no number in the address';
    case 'urlOtherKind':
      return p.url.otherKind
        ? 'the address is of videos, questions, a shop or help pages'
        : 'the address is of no video, question, shop or help pages';
    case 'urlStoryFolder':
      return p.url.storyFolder
        ? 'the address is in a folder of articles, news or a blog'
        : 'the address is in no folder of articles, news or a blog';
    case 'amp':
      return p.amp ? 'has a mobile (AMP) version, as stories do' : 'no mobile (AMP) version';
    case 'largeImageCard':
      return p.largeImageCard ? 'a large-image share card' : 'no large-image share card';
    case 'storyMeta':
      return p.storyMeta
        ? 'a section or keywords in its meta tags'
        : 'no section or keywords in its meta tags';
  }
  if (b === null) return name;
  switch (name) {
    case 'blockParagraphs':
      return b.dominantBlock === 0
        ? 'no block of prose'
        : `one block of ${b.dominantBlock} paragraph${b.dominantBlock === 1 ? '' : 's'} of prose`;
    case 'blockChars':
      return `${Math.max(b.dominantChars, b.directText)} characters of prose in one block`;
    case 'blockSentences':
      return `${b.dominantSentences} sentences of prose in one block`;
    case 'teasers':
      return `${b.teaserLinks} linked headlines (teasers)`;
    case 'linkDensity':
      return forArticle ? 'few links for its text' : 'many links for its text';
    case 'textToMarkup':
      return forArticle ? 'mostly text' : 'mostly markup, little text';
    case 'oneH1':
      return b.h1s === 1 ? 'one main heading' : `${b.h1s} main headings`;
    case 'headline':
      return b.headlineInTitle
        ? 'a headline that repeats the title'
        : 'no headline repeating the title';
    case 'timeElement':
      return b.timeElement ? 'a <time> element' : 'no <time> element';
    case 'dateNearHeadline':
      return b.dateNearHeadline ? 'a date under the headline' : 'no date under the headline';
    case 'oneArticle':
      return b.articleElements >= 1 && b.articleElements <= 2
        ? 'one <article> element'
        : 'no single <article> element';
    case 'manyArticles':
      return b.articleElements >= 5
        ? `many <article> cards (${b.articleElements})`
        : 'no <article> cards';
    case 'byline':
      return b.bylineMarkup ? 'a byline' : 'no byline';
    case 'proseParagraphs':
      return `${b.proseParagraphs} paragraph${b.proseParagraphs === 1 ? '' : 's'} of prose in all`;
    case 'longParagraphs':
      return `${b.longParagraphs} long paragraph${b.longParagraphs === 1 ? '' : 's'}`;
    case 'blockShare':
      return forArticle ? 'most of its prose in one place' : 'its prose spread over many places';
    case 'blockLinks':
      return forArticle ? 'few links in its main text' : 'many links in its main text';
    case 'inArticleTag':
      return b.blockInArticleTag
        ? 'its text is marked as an article'
        : 'its text is not marked as an article';
    case 'storyContainer':
      return b.blockStoryName
        ? 'its text sits in a story or post container'
        : 'its text sits in no story or post container';
    case 'titleHeading':
      return b.titleHeading ? 'a heading that repeats the title' : 'no heading repeating the title';
    case 'headlineFirst':
      return b.headlineBeforeBlock ? 'a headline, then the text' : 'no headline above the text';
    case 'controls':
      return forArticle ? 'few form fields or buttons' : `${b.controls} form fields or buttons`;
    case 'listItems':
      return forArticle ? 'few list items' : `many list items (${b.listItems})`;
    case 'tableCells':
      return forArticle ? 'few table cells' : `many table cells (${b.tableCells})`;
    case 'codeBlocks':
      return b.preBlocks > 0
        ? `${b.preBlocks} blocks of code or preformatted text`
        : 'no code blocks';
  }
}

/** How many reasons the verdict lists for itself, and against. */
const FOR = 4;
const AGAINST = 2;

/** The features that counted most for the answer, strongest first, then the most against it. */
export function explainDecision(d: Decision): string[] {
  const side = (forArticle: boolean) => d.effects.filter(([, effect]) => effect > 0 === forArticle);
  return [
    ...side(d.isArticle)
      .slice(0, FOR)
      .map(([name]) => sayFeature(name, d.page, d.body, d.isArticle)),
    ...side(!d.isArticle)
      .slice(0, AGAINST)
      .map(([name]) => `but ${sayFeature(name, d.page, d.body, !d.isArticle)}`),
  ];
}
