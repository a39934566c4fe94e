/**
 * Names and phrases that mark a block as clutter rather than article content, in English and
 * Vietnamese. Matched against class/id/role, a box's own heading, and short call-to-action
 * lines that Readability keeps because they sit inside the article container.
 */
import { PHRASE_END, READ_NEXT_SOURCE } from './story-pointers';
import { cleanText } from './kept-set';

/** class/id fragments of boxes that are never part of the article's own text. */
const CLUTTER_NAME =
  /(^|[-_\s])(share|sharing|sharebar|social|sociallinks|related|recommend(ed|ations)?|newsletter|subscribe|subscription|signup|promo|advert(isement)?|ads?|ad-?slot|ad-?container|sponsor(ed)?|rating|vote|comments?|disqus|outbrain|taboola|breadcrumbs?|toolbar|more-?stories|read-?more|readmore|also-?read|most-?(popular|read)|trending|tags?|tag-?list|keywords|cookie|consent|paywall|popup|modal|author-?bio|skip-?link)($|[-_\s])/i;

/** Headings of "read this next" boxes and of widgets. */
const CLUTTER_HEADING = new RegExp(
  `^(${READ_NEXT_SOURCE}|sign up|subscribe|newsletter|tags?:?|share (this|the) (article|story)|comments?|bạn thấy bài viết này thế nào\\??|bình luận|ý kiến bạn đọc|chia sẻ)${PHRASE_END}`,
  'iu',
);

/**
 * Openings of short lines that are interface, not prose: sign-in links, sign-up prompts,
 * pointers elsewhere. Each is a phrase no sentence of an article starts with.
 */
const CALL_TO_ACTION =
  /^(sign in\b|log in\b|skip to (main )?content|sponsored\b|subscribe\b|sign up\b|get (the|our) .{0,40}(newsletter|alerts|app)|(post|leave|view|show|add) (a |all )?comments?\b|tags?:|email (this|the author)|image \d+ of|view (author )?archive|breaking news emails|this website uses cookies|we use cookies|click here\b|have a (news )?tip|get the latest|follow (us|him|her|them) on|sign up for|download (our|the) app|this post may contain affiliate|filed (under|in)\s*:|read more\b|related\s*[:|»>-]|related$|see also\b|also read\b|more:|xem thêm|đọc thêm|tin liên quan)/i;

/**
 * Widget labels that are clutter only as the whole line ("Share", "Advertisement", "Chia sẻ",
 * "Comments (12)"): as an opening they start real sentences ("Share prices fell…", "Close to
 * 200 people…", "Chia sẻ với báo chí, ông…"), so a prefix match would prune article text.
 */
const INTERFACE_LABEL =
  /^(advert(isement)?|ads?|(share|chia sẻ)( this( article| story| page)?)?(( (on|via|qua|lên))? (facebook|twitter|x|linkedin|zalo|e-?mail|whatsapp|pinterest|reddit))*|print( this)?( article| page)?|text size|font size|close|caption|comments?|bình luận|quảng cáo|комментарии|отзывы|(добавить|оставить) (отзыв|комментарий)|kommentare|commentaires|comentários|comentarios|commenti|anzeige|werbung|publicité|publicidad|pubblicità|publicidade|advertentie|reklama|реклама|iklan|광고|広告)\s*[:(\d)]*$/i;

/**
 * A row of sharing buttons printed as words: "Whatsapp Facebook Pint Baixar", "Facebook
 * Twitter E-mail". Two names at least, and nothing else on the line.
 */
const SHARE_ROW =
  /^((whats ?app|facebook|twitter|pinterest|pin( it)?|pint|linkedin|telegram|reddit|tumblr|messenger|flipboard|vk|zalo|e-?mail|print|copy link|baixar|download|compartilhar|compartir|partager|teilen|condividi)[\s|•·,/]*){2,}$/i;

/** A reading-time line ("• 2 min read", "Tempo de leitura: 1 minuto", "3 phút đọc"). */
const READING_TIME =
  /^[•·|\s]*(\d+\s*min(ute)?s?\.? read|(reading time|read time|tempo de leitura|tiempo de lectura|thời gian đọc)\s*:?\s*\d+\s*(min\w*|phút)|\d+\s*phút đọc)\s*$/i;

/** Prefixes of in-body links to other stories ("Read more: …", "Related: …"). */
const STORY_LINK_PREFIX =
  /^[([]?(read more|related|see also|see more|also read|also|more|recommended|read next|watch|xem thêm|đọc thêm|tin liên quan|leggi anche( su)?|leia (também|mais)|lea también|lee también|lesen sie auch|(à )?lire aussi|читайте также)\s*[:|»>-]/i;

const ROLE_CLUTTER = new Set([
  'navigation',
  'banner',
  'contentinfo',
  'complementary',
  'search',
  'dialog',
]);

const TAG_CLUTTER = new Set(['NAV', 'ASIDE', 'FORM', 'BUTTON', 'INPUT', 'SELECT']);

const CONTENT_TAG = /^(P|H[1-6]|FIGURE|FIGCAPTION|IMG|PICTURE|TABLE|BLOCKQUOTE|PRE|LI|UL|OL)$/;

/**
 * Text in links that lead away from the article. In-page anchors (a table of contents, footnote
 * marks) point into the article itself, so a contents list is not a "more stories" list.
 */
function linkedChars(el: Element): number {
  let n = 0;
  for (const a of Array.from(el.getElementsByTagName('a'))) {
    if ((a.getAttribute('href') ?? '').startsWith('#')) continue;
    n += cleanText(a.textContent).length;
  }
  return n;
}

/** "Sharing with a single developer" → "sharing-with-a-single-developer". */
function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '');
}

/**
 * The element's class and id as clutter-name evidence. A section whose id is the slug of its
 * own heading (documentation, wikis: `id="sharing-with-a-single-developer"`) is named after its
 * content, not after a widget, so its id says nothing. Three words at least: `id="related"`
 * over "Related stories" is still a widget's name.
 */
function markupName(el: Element): string {
  let id = el.id;
  const idSlug = slug(id);
  if (idSlug.split('-').length >= 3) {
    const heading = el.querySelector('h1, h2, h3, h4, h5, h6');
    if (heading !== null && slug(heading.textContent ?? '').startsWith(idSlug)) id = '';
  }
  return `${el.getAttribute('class') ?? ''} ${id}`;
}

/**
 * A list of the story's tags, marked as such by `rel="tag"` on its links (WordPress and most
 * blog engines), whatever the box is called, even an inline one run into the body's loose text.
 */
export function isTagList(el: Element): boolean {
  const tags = el.querySelectorAll('a[rel~="tag"]');
  if (tags.length < 2) return false;
  let tagged = 0;
  for (const a of Array.from(tags)) tagged += cleanText(a.textContent).length;
  return tagged > cleanText(el.textContent).length * 0.6;
}

/**
 * A paragraph or list item named like a widget whose text is mostly links: `<p
 * class="mm_related"><strong>On Example.com:</strong> <a>Car sales plunge…</a></p>`. A
 * paragraph's class alone is weak evidence (`<p class="share-text">Share prices fell…`), so
 * the links must say it too.
 */
function isNamedLinkLine(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  if (tag !== 'P' && tag !== 'LI') return false;
  const name = markupName(el);
  if (name.trim() === '' || !CLUTTER_NAME.test(name)) return false;
  const text = cleanText(el.textContent);
  return text !== '' && text.length <= 300 && linkedChars(el) >= text.length * 0.5;
}

/** True when the element's own markup says "this is not article text" (boxes, widgets). */
export function isClutterBox(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  if (CONTENT_TAG.test(tag) && tag !== 'UL' && tag !== 'OL') return isNamedLinkLine(el);
  if (TAG_CLUTTER.has(tag)) return true;
  const role = el.getAttribute('role');
  if (role !== null && ROLE_CLUTTER.has(role)) return true;
  const name = markupName(el);
  if (name.trim() !== '' && CLUTTER_NAME.test(name)) return true;
  if (isTagList(el)) return true;
  const heading = el.firstElementChild;
  if (heading !== null && /^(H[2-6]|STRONG|B|P|DIV|SPAN)$/.test(heading.tagName.toUpperCase())) {
    const text = cleanText(heading.textContent);
    if (text.length < 60 && CLUTTER_HEADING.test(text)) return true;
  }
  return false;
}

/** True for a list of links (or a box of link-only lines): "more stories" after a heading. */
export function isLinkList(el: Element): boolean {
  const text = cleanText(el.textContent);
  if (text === '' || text.length > 1500) return false;
  return linkedChars(el) > text.length * 0.7 && el.getElementsByTagName('a').length >= 2;
}

/**
 * A line that is nothing but a link to another story, shouted in capitals ("CO-FOUNDER 'PROUD'
 * OF HOME DEPOT EMPLOYEES") or tagged like a teaser ("… amid China turmoil [VIDEO]", "… Review [Video]"). Prose
 * is neither all capitals nor all link.
 */
function isHeadlineLink(text: string, linked: number): boolean {
  if (linked < text.length * 0.9) return false;
  const letters = text.replace(/[^\p{L}]/gu, '');
  // A plural of an acronym ("AMAs") may stay lower-case in a shouted headline.
  const lower = letters.replace(/[^\p{Ll}]/gu, '').length;
  const shouting =
    text.split(' ').length >= 4 && letters.length >= 15 && lower <= letters.length * 0.05;
  // "… Review [Video]", "… outbreak [NEWS]": a teaser's tag, in any case.
  return shouting || /\[\p{Lu}[\p{L} ]{2,15}\]\s*\|?$/u.test(text);
}

/**
 * A hover card inside a sentence: an inline box holding a picture and links to several other
 * pages (a person's photo and their latest stories), shown on hover, read as gibberish in
 * the paragraph ("Rep. Ilhan OmarIlhan OmarHillicon Valley: …"). A sentence's own links never
 * come with a picture inside the same inline element.
 */
export function isHoverCard(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  if (tag !== 'SPAN' && tag !== 'DIV') return false;
  if (el.closest('p') === null) return false;
  if (el.getElementsByTagName('img').length === 0) return false;
  // All link text: a span wrapping the sentence itself holds the sentence's words too.
  const text = cleanText(el.textContent);
  let linked = 0;
  for (const a of Array.from(el.getElementsByTagName('a')))
    linked += cleanText(a.textContent).length;
  if (linked < text.length * 0.9) return false;
  const hrefs = new Set<string>();
  for (const a of Array.from(el.getElementsByTagName('a'))) hrefs.add(a.getAttribute('href') ?? '');
  return hrefs.size >= 2;
}

/** True for a "read this next" heading ("More:", "Related stories", "Tin liên quan"). */
export function isClutterHeading(el: Element): boolean {
  const text = cleanText(el.textContent);
  return text.length < 60 && CLUTTER_HEADING.test(text);
}

/** True for one short line that is all link ("<ul><li><a>One more story</a></li></ul>"). */
export function isLinkLine(el: Element): boolean {
  const text = cleanText(el.textContent);
  if (text === '' || text.length > 300) return false;
  return linkedChars(el) > text.length * 0.7;
}

/**
 * An item of a list whose other items are prose, not links or calls to action: a step of the
 * story's own instructions ("Sign up for a Hulu account for $11.99 a month", then "If you
 * already have one, visit your account page…"), not a menu of "Sign in" / "Subscribe".
 */
function isStepOfList(el: Element): boolean {
  if (el.tagName.toUpperCase() !== 'LI') return false;
  const list = el.parentElement;
  if (list === null || !/^(UL|OL)$/.test(list.tagName.toUpperCase())) return false;
  for (const item of Array.from(list.children)) {
    if (item === el) continue;
    const text = cleanText(item.textContent);
    if (text.length >= 20 && linkedChars(item) < text.length * 0.5 && !CALL_TO_ACTION.test(text))
      return true;
  }
  return false;
}

/**
 * True for a short block whose text is interface or a pointer elsewhere: a call to action,
 * a "Read more: …" link line, a clutter heading, or a list made only of links.
 */
export function isClutterLine(el: Element): boolean {
  const text = cleanText(el.textContent);
  if (text.length > 300) return false;
  const tag = el.tagName.toUpperCase();
  if (text === '') return false;
  // "Sign up for…" opens a widget's heading and a step of the story's instructions alike.
  const callToAction = (re: RegExp, max: number): boolean =>
    text.length < max && re.test(text) && !isStepOfList(el);
  if (callToAction(CLUTTER_HEADING, 60)) return true;
  if (/^H[1-6]$/.test(tag)) return false;
  if (tag === 'FIGCAPTION' || el.querySelector('img, picture, figure, video') !== null)
    return false;
  if (text.length < 120 && (INTERFACE_LABEL.test(text) || SHARE_ROW.test(text))) return true;
  if (callToAction(CALL_TO_ACTION, 120)) return true;
  if (READING_TIME.test(text)) return true;
  const linked = linkedChars(el);
  if (STORY_LINK_PREFIX.test(text) && linked > 0) return true;
  if (isHeadlineLink(text, linked)) return true;
  if (
    (tag === 'UL' || tag === 'OL') &&
    linked > text.length * 0.8 &&
    el.getElementsByTagName('a').length >= 3
  ) {
    return true;
  }
  return false;
}
