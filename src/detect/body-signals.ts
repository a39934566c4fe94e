/**
 * Body signals, computed in one bounded pass over <p> elements and a count of teaser links:
 * does the page have one dominant block of prose (an article) or many short linked teasers
 * (a home or listing page)? No layout, no computed styles.
 */
import { firstOf } from '../pipeline/bounded-walk';

/** Prose and teaser statistics of the body. */
export interface BodySignals {
  /** Paragraphs with at least MIN_PROSE characters of mostly unlinked text. */
  proseParagraphs: number;
  /** The most prose paragraphs sharing one container (the article body). */
  dominantBlock: number;
  /** Characters of prose in that container. */
  dominantChars: number;
  /** Headings (or <article> cards) that are links to other pages: teasers. */
  teaserLinks: number;
  /** All links in the body. */
  links: number;
}

const MIN_PROSE = 80;
/** Bound the work on huge pages: the first paragraphs decide. */
const MAX_PARAGRAPHS = 600;

function linkedChars(p: Element): number {
  let n = 0;
  for (const a of Array.from(p.getElementsByTagName('a'))) n += (a.textContent ?? '').length;
  return n;
}

/**
 * The container that groups a paragraph with its siblings (skipping thin inline wrappers). A
 * caption belongs to its figure's container: photo stories tell the news in captions.
 */
function blockOf(p: Element): Element | null {
  let parent = p.parentElement;
  if (p.tagName === 'FIGCAPTION' && parent !== null) parent = parent.parentElement;
  while (parent !== null && /^(SPAN|B|STRONG|EM|I|FONT|A)$/.test(parent.tagName))
    parent = parent.parentElement;
  return parent;
}

/**
 * The body signals in steps: the paragraph pass, the teaser count of each heading level and
 * the link count each walk the whole body (on issue #7's 100,000-element page, together a task
 * over 50 ms in Firefox; the three heading walks alone were 30 ms in Chromium), so the caller
 * may yield to the page between them.
 */
export function* bodySignalSteps(body: Element): Generator<void, BodySignals> {
  const prose = yield* proseSignals(body);
  yield;
  let teaserLinks = 0;
  for (const tag of TEASER_HEADINGS) {
    teaserLinks += countTeasers(body, tag);
    yield;
  }
  return { ...prose, teaserLinks, links: body.getElementsByTagName('a').length };
}

/** Paragraphs read per step: 600 of them (issue #7's page) were a 20-45 ms task in Chromium. */
const PARAGRAPHS_PER_STEP = 150;

function* proseSignals(
  body: Element,
): Generator<void, Pick<BodySignals, 'proseParagraphs' | 'dominantBlock' | 'dominantChars'>> {
  const paragraphs = [...firstOf(body, 'p', MAX_PARAGRAPHS), ...firstOf(body, 'figcaption', 50)];
  const perBlock = new Map<Element, { count: number; chars: number }>();
  let prose = 0;
  const n = paragraphs.length;
  for (let i = 0; i < n; i++) {
    if (i > 0 && i % PARAGRAPHS_PER_STEP === 0) yield;
    const p = paragraphs[i];
    if (p === undefined) continue;
    const text = (p.textContent ?? '').trim();
    if (text.length < MIN_PROSE) continue;
    if (linkedChars(p) > text.length * 0.5) continue;
    prose++;
    const block = blockOf(p);
    if (block === null) continue;
    const entry = perBlock.get(block) ?? { count: 0, chars: 0 };
    entry.count++;
    entry.chars += text.length;
    perBlock.set(block, entry);
  }
  let dominantBlock = 0;
  let dominantChars = 0;
  for (const { count, chars } of perBlock.values()) {
    if (chars > dominantChars) {
      dominantBlock = count;
      dominantChars = chars;
    }
  }
  return { proseParagraphs: prose, dominantBlock, dominantChars };
}

const TEASER_HEADINGS = ['h2', 'h3', 'h4'] as const;
const MAX_HEADINGS = 400;

/** Headings that are links (or inside one): the cards of a home or section page. */
function countTeasers(body: Element, tag: (typeof TEASER_HEADINGS)[number]): number {
  let teasers = 0;
  for (const h of firstOf(body, tag, MAX_HEADINGS)) {
    const linked = h.getElementsByTagName('a').length > 0 || h.parentElement?.tagName === 'A';
    if (linked && (h.textContent ?? '').trim().length >= 15) teasers++;
  }
  return teasers;
}
