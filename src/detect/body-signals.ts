/**
 * Body signals, in bounded walks (each capped, so a 100,000-element page costs what a small one
 * does): prose blocks, headline, date and byline, counts of links and
 * elements. Lengths are counted in characters and sentences end at . ! ? 。！？, never in words,
 * so Japanese or Chinese pages measure as Latin ones do. No layout, no computed styles.
 */
import { countUpTo, firstOf } from '../shared/bounded-walk';
import { storyBlockSignals, type StoryBlock } from './story-block';

/** Prose and headline statistics of the body. */
export interface BodySignals extends StoryBlock {
  /**
   * Paragraphs with at least MIN_PROSE characters of mostly unlinked text. Characters of Han,
   * kana and hangul count three times here and in the lengths below.
   */
  proseParagraphs: number;
  /** The container holding the most prose characters (the article body): its paragraphs… */
  dominantBlock: number;
  /** …its characters… */
  dominantChars: number;
  /** …and its sentences. */
  dominantSentences: number;
  /** Characters in all prose paragraphs. */
  proseChars: number;
  /** Links in the body (capped). */
  links: number;
  /** Elements in the body (capped). */
  elements: number;
  /** <h1> elements with text (up to 3). */
  h1s: number;
  /** The first <h1> repeats the page title or og:title: a headline. */
  headlineInTitle: boolean;
  /** A <time> element anywhere. */
  timeElement: boolean;
  /** Date-looking text right after the headline. */
  dateNearHeadline: boolean;
  /** <article> elements (capped at 21). */
  articleElements: number;
  /**
   * A byline by the headline: "By Name", or markup that names an author (rel=author,
   * itemprop=author, a byline or author class).
   */
  bylineMarkup: boolean;
  /** The longest run of text directly in one <div> (pages that keep prose outside <p>). */
  directText: number;
  /** Prose paragraphs of at least LONG_PROSE characters (Readability's notion of "content"). */
  longParagraphs: number;
  /** Characters of the dominant block's paragraphs that are link text. */
  dominantLinked: number;
  /** Form controls (input, select, textarea, button), capped: shops, logins, searches. */
  controls: number;
  /** List items, capped: menus and link lists. */
  listItems: number;
  /** Table cells, capped: listings, data, infoboxes. */
  tableCells: number;
  /** <pre> blocks, capped: code in docs and forums. */
  preBlocks: number;
}

const MIN_PROSE = 60;
/** Counts stop here: beyond, a page is simply "large", and counting on costs a walk. */
export const MAX_LINKS = 1000;
export const MAX_ELEMENTS = 5000;
/** Bound the work on huge pages: the first paragraphs decide. */
const MAX_PARAGRAPHS = 600;
/** Paragraphs read per step: 600 of them (issue #7's page) were a 20-45 ms task in Chromium. */
const PARAGRAPHS_PER_STEP = 150;
/** Full stops of Latin, Han, Devanagari, Armenian, Arabic, Urdu and Georgian text. */
const SENTENCE_END = /[.!?](?=\s|$)|[。！？।॥։؟۔჻]/g;
/** A paragraph this long is "content" in Readability's sense. */
const LONG_PROSE = 140;
/** Han, kana and hangul: one such character says about what three Latin letters do. */
const DENSE_SCRIPT = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/g;

/** The length of `text` in Latin-letter equivalents, so a Japanese paragraph measures as an English one. */
const weighOf = (text: string) => text.length + 2 * (text.match(DENSE_SCRIPT)?.length ?? 0);

function linkedChars(p: Element): number {
  let n = 0;
  const links = p.getElementsByTagName('a');
  for (let i = 0; i < links.length; i++) n += (links[i]?.textContent ?? '').length;
  return n;
}

/**
 * The container that groups a paragraph with its siblings (skipping thin inline wrappers). A
 * caption belongs to its figure's container: photo stories tell the news in captions.
 */
function blockOf(p: Element): Element | null {
  let parent = p.parentElement;
  if (p.tagName.toUpperCase() === 'FIGCAPTION' && parent !== null) parent = parent.parentElement;
  while (parent !== null && /^(SPAN|B|STRONG|EM|I|FONT|A)$/i.test(parent.tagName))
    parent = parent.parentElement;
  return parent;
}

type Prose = Pick<
  BodySignals,
  | 'proseParagraphs'
  | 'proseChars'
  | 'dominantBlock'
  | 'dominantChars'
  | 'dominantSentences'
  | 'longParagraphs'
  | 'dominantLinked'
> & { block: Element | null };

function* proseSignals(body: Element): Generator<void, Prose> {
  const paragraphs = [...firstOf(body, 'p', MAX_PARAGRAPHS), ...firstOf(body, 'figcaption', 50)];
  const perBlock = new Map<
    Element,
    { count: number; chars: number; sentences: number; linked: number }
  >();
  let prose = 0;
  let proseChars = 0;
  let long = 0;
  for (let i = 0; i < paragraphs.length; i++) {
    if (i > 0 && i % PARAGRAPHS_PER_STEP === 0) yield;
    const p = paragraphs[i] as Element;
    const text = (p.textContent ?? '').replace(/\s+/g, ' ').trim();
    const length = weighOf(text);
    if (length < MIN_PROSE) continue;
    const linked = linkedChars(p);
    if (linked > text.length * 0.5) continue;
    prose++;
    proseChars += length;
    if (length >= LONG_PROSE) long++;
    const block = blockOf(p);
    if (block === null) continue;
    const entry = perBlock.get(block) ?? { count: 0, chars: 0, sentences: 0, linked: 0 };
    entry.count++;
    entry.chars += length;
    entry.linked += linked;
    entry.sentences += text.match(SENTENCE_END)?.length ?? 0;
    perBlock.set(block, entry);
  }
  let best = { count: 0, chars: 0, sentences: 0, linked: 0 };
  let block: Element | null = null;
  for (const [el, entry] of perBlock)
    if (entry.chars > best.chars) {
      best = entry;
      block = el;
    }
  return {
    proseParagraphs: prose,
    proseChars,
    dominantBlock: best.count,
    dominantChars: best.chars,
    dominantSentences: best.sentences,
    longParagraphs: long,
    dominantLinked: best.linked,
    block,
  };
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();

/** Numeric dates, dates with month names (English), and CJK dates. */
const DATE_TEXT =
  /\b(19|20)\d\d[-/.]\s?\d{1,2}|\b\d{1,2}[-/.]\d{1,2}[-/.](19|20)?\d\d\b|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}\b|\b\d{1,2} (jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\d{1,2}月\d{1,2}日|(19|20)\d\d年/i;

/** Text of the few elements after the headline (and of its parent's next sibling). */
function textAfter(h1: Element): string {
  let text = '';
  let el: Element | null = h1.nextElementSibling;
  for (let i = 0; i < 4 && el !== null && text.length < 400; i++) {
    text += ' ' + (el.textContent ?? '').slice(0, 200);
    el = el.nextElementSibling;
  }
  if (text.length < 400) {
    // The headline alone in a header: the date is in what follows the header.
    const next = h1.parentElement?.nextElementSibling;
    if (next) text += ' ' + (next.textContent ?? '').slice(0, 300);
  }
  return text;
}

const BYLINE =
  '[rel="author"],[itemprop="author"],[class*="byline"],[class*="author"],[class*="Byline"],[class*="Author"]';
/** "By Jane Doe" in most languages the corpus has. */
const BY_TEXT = /(^|\s)([Bb]y|[Vv]on|[Pp]ar|[Pp]or|[Dd]i|[Dd]oor|[Bb]ởi|[Tt]heo)\s+\p{Lu}/u;
/** Subtrees larger than this are not searched for a byline: the search must stay cheap. */
const NEAR = 400;

/** A byline in the headline's container or just after it (never a search of the whole page). */
function bylineNear(h1: Element, after: string): boolean {
  if (BY_TEXT.test(after)) return true;
  const parent = h1.parentElement;
  for (const scope of [parent, parent?.nextElementSibling, h1.nextElementSibling]) {
    if (scope && countUpTo(scope, '*', NEAR) <= NEAR && scope.querySelector(BYLINE) !== null)
      return true;
  }
  return false;
}

type Headline = Pick<BodySignals, 'h1s' | 'headlineInTitle' | 'dateNearHeadline' | 'bylineMarkup'>;

function headline(body: Element, titles: string[]): Headline {
  const h1s = firstOf(body, 'h1', 3).filter((h) => (h.textContent ?? '').trim() !== '');
  const first = h1s[0];
  if (first === undefined)
    return { h1s: 0, headlineInTitle: false, dateNearHeadline: false, bylineMarkup: false };
  const text = squash(first.textContent ?? '').slice(0, 40);
  const after = textAfter(first);
  return {
    h1s: h1s.length,
    headlineInTitle: text.length >= 8 && titles.some((t) => squash(t).includes(text)),
    dateNearHeadline: DATE_TEXT.test(after),
    bylineMarkup: bylineNear(first, after),
  };
}

/**
 * Article pages that keep their prose outside <p> (some CMSs use <div>s and <br>s): the longest
 * run of text directly in one container. Read only when the paragraphs found little.
 */
function longestDirectText(body: Element): number {
  let best = 0;
  for (const div of firstOf(body, 'div', 3000)) {
    let own = 0;
    for (let node = div.firstChild; node !== null; node = node.nextSibling)
      if (node.nodeType === 3) own += (node.nodeValue ?? '').trim().length;
    if (own > best) best = own;
  }
  return best;
}

/**
 * The body signals in steps, each one walk of the body at most, so the caller may yield to the
 * page between them (on issue #7's 100,000-element page the walks together were a task over
 * 50 ms in Firefox). `titles` are the page title and og:title, to recognise the headline.
 */
export function* bodySignalSteps(body: Element, titles: string[]): Generator<void, BodySignals> {
  const { block, ...prose } = yield* proseSignals(body);
  yield;
  const head = headline(body, titles);
  const links = countUpTo(body, 'a', MAX_LINKS);
  const elements = countUpTo(body, '*', MAX_ELEMENTS);
  yield;
  const timeElement = firstOf(body, 'time', 1).length > 0;
  const articleElements = countUpTo(body, 'article', 20);
  yield;
  const directText = prose.dominantBlock < 3 ? longestDirectText(body) : 0;
  yield;
  const story = storyBlockSignals(body, block, titles);
  return {
    ...prose,
    ...head,
    ...story,
    controls:
      countUpTo(body, 'input', 30) +
      countUpTo(body, 'select', 10) +
      countUpTo(body, 'textarea', 10) +
      countUpTo(body, 'button', 30),
    listItems: countUpTo(body, 'li', 500),
    tableCells: countUpTo(body, 'td', 500),
    preBlocks: countUpTo(body, 'pre', 20),
    links,
    elements,
    timeElement,
    articleElements,
    directText,
  };
}
