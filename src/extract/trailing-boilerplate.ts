/**
 * Boilerplate lines Readability keeps because they sit in the article container: newsletter and
 * subscription promos, copyright and disclaimer lines, comment policies, affiliate notices,
 * "contributed to this report" credits, author and company bios and "Follow us on…" lines
 * after the story ends, the page's own address printed for paper copies, and blocks that
 * repeat one already kept (a gallery's caption shown once per slide).
 *
 * Two strengths of evidence. A *promo* line ("Sign up for our daily newsletter", "© 2019 …") is
 * never article prose, wherever it stands. A *closing* line ("Jane Doe is a reporter for…",
 * "Write to … at …", "This story originally appeared on …") reads like prose, so it is pruned
 * only in the tail: after the last paragraph of real prose.
 */
import { runSteps } from '../shared/run-steps';
import { BLOCK } from './visible-text';
import { cleanText, dropSubtree } from './kept-set';

/** Lines that advertise, fence off or credit; no sentence of a story reads like this. */
const PROMO: readonly RegExp[] = [
  // Newsletters, alerts, subscriptions.
  // Not "free": "Sign up for a Hulu ad-free account for $11.99 a month" is how-to prose.
  /\b(sign up|subscribe|register)\b.{0,100}\b(newsletters?|inbox|alerts|e-?mails?)\b/i,
  /\bdelivered (straight |right |directly )?(to your (inbox|door|letterbox)|through your letterbox|weekday mornings|every (day|week|morning))/i,
  /\b(let )?our news meet your inbox\b/i,
  // "Every day we send an email with the top stories from …": a newsletter box's pitch.
  /^(every|each) (day|week|morning|evening|weekday) we (send|deliver)( you)? (an? |our )?(e-?mail|newsletter|digest)\b/i,
  /^get (breaking news alerts|our .{0,40} (app|newsletter))\b/i,
  /^(get|join) .{0,60} (on the go|forums?) by clicking here/i,
  /^join our .{0,40}\b(forums?|community|newsletters?|mailing list)\b/i,
  // A membership ask: "If you enjoyed this article, we have a proposition for you: Join …".
  /^if you (enjoyed|liked|valued?|appreciated?) (this|our|reading) .{0,80}\b(join|subscribe|become a (member|subscriber|patron)|support us|support our|donate)\b/i,
  /\bget a subscription (of|to) our\b/i,
  /^media playback is unsupported on your device\.?$/i,
  // What a script-driven widget prints when it does not run: the widget's fallback, not text.
  /^(this (slideshow|gallery|video|content|feature|embed) requires javascript|please enable javascript\b|you need to enable javascript|your browser does not support (the )?(video|audio|html5|iframes?))/i,
  // A CMS shortcode printed as text: "[button link=…] Send us YOUR review[/button]".
  /^\[(\w+)\b[^\]]*\].*\[\/\1\]$/,
  /\bclick here for more information\.?$/i,
  // A photo credit standing alone, outside any figure (a gallery's remote repeating it, a
  // thumbnail's credit box): names only, no caption words. No i flag: \p{Lu} must stay
  // upper-case, so "Image: Jose Mourinho, left, has replaced…" (a caption) does not match.
  /^\(?([Pp]hoto(graph)?|PHOTO|[Ii]mage|IMAGE|[Pp]icture|[Ff]oto|FOTO)s?\s*:\s*(©\s*)?\p{Lu}[\p{L}.'’-]*([\s,/&|-]+(©\s*)?\p{Lu}[\p{L}.'’-]*)*\s*\)?\.?$/u,
  /^(getty images|shutterstock|istock(photo)?)\.?$/i,
  // Legal lines.
  // A year is required: "© Provided by …" opens an image credit run into a paragraph.
  /^(copyright\b|[©ⓒ]|\(c\))\s*([©ⓒ@]\s*|\(c\)\s*)?\d{4}\b/i,
  // "Unauthorised copying and redistribution prohibited" (Korean, Japanese, Chinese).
  /(무단\s*전재|무단\s*복제|無断(転載|複製|転用)|未经(授权|许可|允许).{0,12}(转载|转贴|复制))/u,
  /\ball rights reserved\.?$/i,
  /^the contents of this site are ©/i,

  /^citation\s*:.{0,300}\bretrieved\b/i,
  // "Opinions expressed by Forbes Contributors are their own." — the site's disclaimer.
  // "The views and investment tips expressed by experts on Example.com are their own …"
  /^(the )?(views|opinions)( and [\w -]{1,40})? expressed\b.{0,120}\b(are|is) (their|his|her|the author['’]s|solely (their|his|her)) own\b/i,
  // "We may receive compensation when you click on links to those products."
  /\bmay (earn|receive) (an? )?(small )?(affiliate )?(commission|compensation)\b/i,
  // Comment policies (English, Portuguese, Spanish, Vietnamese).
  // Not "moderat…" alone: "His comments create an opening for moderates" is politics.
  /\bcomments?\b.{0,80}\b(be |are |is )(moderated|approved|reviewed)\b/i,
  /\b(comments? policy|community (guidelines|standards)|moderating (all )?comments)\b/i,
  /^(atenção|attention|atención)\s*:\s*(os )?coment[aá]rios\b/i,
  /^(bình luận|ý kiến) của bạn (sẽ được|đang chờ) (kiểm duyệt|duyệt)/i,
  // Credits for the reporting, not part of it.
  /\bcontributed (reporting )?to this (report|story|article)\.?\)?$/i,
  // "Keith Bradsher contributed reporting from Hong Kong." — one sentence, a credit.
  /^[^.]{0,120}\bcontributed (additional )?(reporting|research)( (from|in) [^.]{0,80})?\.?\)?$/i,
  /^\(?(additional )?reporting by\b.{0,200}\bediting by\b/i,
  /^(with )?(additional )?reporting by [\p{Lu}][^.;]{0,80}\.?\)?$/iu,
];

/**
 * Lines that close an article: bios, contact lines, "Follow … on Twitter", "More AP NBA: …",
 * "Tags …". Plausible as the last sentence of a story only in the tail, so nowhere else.
 */
const CLOSING: readonly RegExp[] = [
  // "Phil Helsel is a reporter for NBC News." / "Ascom is a global solutions provider…" /
  // "Eric Song is IGN's deal curator…" / "Jeff Foust (jeff@…) is the editor…".
  // A role word is required: "Apple is a member of the group." can end a story.
  /^[\p{Lu}][\p{L}\p{N}&'’.-]*( [\p{Lu}][\p{L}\p{N}&'’.-]*){0,3}( \([^)]{0,60}\))?,? (is|was) (a|an|the|[\p{Lu}][\p{L}\p{N}]*['’]s) [^.]{0,60}\b(writer|reporter|editor|correspondent|journalist|columnist|contributor|author|curator|producer|publisher|native|provider|founder|intern)s?\b/u,
  /\bfollow (us|him|her|them|@\w+|[\p{Lu}][\p{L}]+( [\p{Lu}][\p{L}]+)?) (on|at) (twitter|x|facebook|instagram|linkedin|youtube|tiktok)\b/iu,
  /^follow (us|@\w+)\b/i,
  /^(write to|reach|contact|email) (the (reporters?|authors?|writers?)|[\p{Lu}][\p{L}.'-]+( [\p{Lu}][\p{L}.'-]+){0,2}) (at|on|via)\b/iu,
  /^[\w.+-]+@[\w-]+\.[\w.]+\.?( follow .*)?$/i,
  /^(more|full coverage)( [\p{Lu}][\p{L}]*){0,3}\s*:\s*https?:\/\//iu,
  /^follow [\p{L}'’]+ (full |complete )?coverage of\b/iu,
  /^(tags?|topics?|keywords|từ khóa|tags?:)\s*:?\s*$/i,
  /^(see more photos|listen|download|itunes|watch)\s*:/i,
  /^sources?\s*:\s*[\p{L} ]{0,40}$/iu,
  /^(like this (story|article)\?|tell us what you think|what do you think\?)/i,
  /^(want|need) more [\p{L} ]{1,20}\?/iu,
  // "👁 Prepare for the deepfake era…": emoji-led pointers to other stories.
  /^\p{Extended_Pictographic}/u,
  // Syndication notes: closing lines, not promos. Above the story ("This post originally
  // appeared on Grist." under salon.com's byline) the note is the article's own attribution.
  /^this (article|story|post|piece) (was )?(originally|first) (appeared|published|ran|posted)\b/i,
  /^(this (article|story) )?(originally|first) (appeared|published) (on|in|at)\b/i,
  /^(bài viết|bài) (được )?đăng (lần đầu|tải lần đầu) (trên|tại)\b/i,
];

/** How many blocks after its last copy a repeated block still counts as an echo. */
const ECHO_DISTANCE = 3;

/** Prose long enough that the text after it is the story's tail. */
const PROSE_CHARS = 120;

const INLINE_TEXT = 3;

/** True when the element holds text of its own (a text node or inline child), not only blocks. */
function ownsText(el: Element): boolean {
  for (const node of Array.from(el.childNodes)) {
    if (node.nodeType === INLINE_TEXT) {
      if ((node.nodeValue ?? '').trim() !== '') return true;
    } else if (node.nodeType === 1) {
      const child = node as Element;
      if (!BLOCK.has(child.tagName.toUpperCase()) && cleanText(child.textContent) !== '')
        return true;
    }
  }
  return false;
}

/**
 * Kept elements that own a line of text, in document order: block elements, and inline ones
 * whose parent Readability did not keep (it unwrapped a `<div>` around a sign-off `<span>`).
 */
function textBlocksOf(kept: ReadonlySet<Element>): Element[] {
  const first = kept.values().next().value;
  const body = first?.ownerDocument.body;
  if (body === null || body === undefined) return [];
  // getElementsByTagName lists in document order: one pass, no sort of thousands of nodes.
  return Array.from(body.getElementsByTagName('*')).filter((el) => {
    if (!kept.has(el)) return false;
    const parent = el.parentElement;
    const top = BLOCK.has(el.tagName.toUpperCase()) || parent === null || !kept.has(parent);
    return top && ownsText(el);
  });
}

/** Captions and credits under pictures are kept on purpose: the reader sees the picture. */
function inFigure(el: Element): boolean {
  return el.closest('figure, figcaption') !== null;
}

/** Legal notices run to a few sentences, longer than any other promo line. */
const LEGAL: readonly RegExp[] = [
  /^this (document|material|article) (is subject to copyright|may not be (published|reproduced|copied))/i,
  // A disclaimer disclaims: "Disclaimer: if you see different patch sizes…" is a blog's note.
  /^disclaimer\s*:.{0,200}\b(views?|opinions?|responsib\w*|liab\w*|advice|endorse\w*|not (intended|meant)|own risk|accura\w*|affiliat\w*|commissions?|sponsor\w*|paid)\b/i,
];

export function isPromoLine(text: string): boolean {
  if (text.length <= 700 && LEGAL.some((re) => re.test(text))) return true;
  return text.length <= 400 && PROMO.some((re) => re.test(text));
}

/** A company's "about us" paragraph runs long; other closing lines are short. */
export function isClosingLine(text: string): boolean {
  if (text.length > 1000) return false;
  const [bio, ...rest] = CLOSING;
  return bio?.test(text) === true || (text.length <= 400 && rest.some((re) => re.test(text)));
}

/** The page's own address, as the canonical link, og:url or the document URL say. */
function ownAddresses(doc: Document): Set<string> {
  const strip = (url: string): string => url.replace(/[?#].*$/, '').replace(/\/$/, '');
  const out = new Set<string>();
  // Both live in the head. Asking the whole document costs a walk of every element when they
  // are missing: ~20 ms under jsdom on a 3,000-paragraph page, more than a slice's budget.
  const head = doc.head ?? doc;
  const canonical = head.querySelector('link[rel="canonical"]')?.getAttribute('href');
  const og = head.querySelector('meta[property="og:url"]')?.getAttribute('content');
  for (const url of [canonical, og, doc.URL]) if (url) out.add(strip(url));
  return out;
}

/**
 * True when every sibling of `el` is empty: it is alone in a wrapper of its own. Sibling by
 * sibling, stopping at the first with text, so a page of 9,000 identical paragraphs costs one
 * look each rather than reading their 5 MB parent every time.
 */
function aloneInParent(el: Element): boolean {
  const parent = el.parentElement;
  if (parent === null) return false;
  for (let node = parent.firstChild; node !== null; node = node.nextSibling) {
    if (node !== el && (node.textContent ?? '').trim() !== '') return false;
  }
  return true;
}

/** Blocks checked between two stops of `boilerplateSteps` on the long-page path. */
export const BOILERPLATE_STEP_BLOCKS = 100;

/**
 * Prunes promo lines anywhere, repeated blocks and the page's own printed address, then walks
 * back from the end over the tail: closing lines go, short lines stay, and the walk stops at
 * the first paragraph of prose that is not a closing line.
 */
export function pruneBoilerplate(kept: Set<Element>): void {
  runSteps(boilerplateSteps(kept, textBlocksOf(kept)));
}

/**
 * `pruneBoilerplate` over given blocks (in document order), stopping every `every` blocks so
 * the long-page finder can hand the main thread back between stops. The long-page path
 * passes the body's top-level blocks: finding every text-owning element would read every
 * element of a 3,000-paragraph page, most of the cost of the full pass.
 */
export function* boilerplateSteps(
  kept: Set<Element>,
  blocks: readonly Element[],
  every = Infinity,
): Generator<void, void> {
  if (blocks.length === 0) return;
  const doc = blocks[0]?.ownerDocument;
  const own = doc ? ownAddresses(doc) : new Set<string>();
  yield;
  // Text → index and parent of its last copy. A copy a few blocks after another, alone in a
  // wrapper of its own, is a widget's echo (a gallery's full and truncated caption, its
  // remote's copy). Copies under one parent are the page's own repetition (a refrain), copies
  // far apart are too (an interview asking each guest the same questions), and so is a copy
  // that shares its wrapper with other text.
  const seen = new Map<string, { at: number; parent: Element | null }>();
  const texts = new Map<Element, string>();
  for (const [i, el] of blocks.entries()) {
    if (i % every === every - 1) yield;
    const text = cleanText(el.textContent);
    texts.set(el, text);
    if (/^H1$/.test(el.tagName.toUpperCase())) continue;
    const isOwnAddress = /^https?:\/\/\S+$/.test(text) && own.has(text.replace(/\/$/, ''));
    const last = seen.get(text);
    const repeated =
      text.length >= 40 &&
      last !== undefined &&
      i - last.at <= ECHO_DISTANCE &&
      last.parent !== el.parentElement &&
      aloneInParent(el);
    seen.set(text, { at: i, parent: el.parentElement });
    // Two figures may share a caption ("Backtesting with higher thresholds" under two charts).
    if (isOwnAddress || (!inFigure(el) && (repeated || isPromoLine(text)))) dropSubtree(kept, el);
  }
  yield;
  // The tail walk stops at the first paragraph of prose: a few blocks, whatever the page.
  for (let i = blocks.length - 1; i >= 0; i--) {
    const el = blocks[i] as Element;
    if (!kept.has(el) || inFigure(el)) continue;
    const text = texts.get(el) ?? '';
    if (isClosingLine(text)) dropSubtree(kept, el);
    else if (text.length >= PROSE_CHARS) break;
  }
}
