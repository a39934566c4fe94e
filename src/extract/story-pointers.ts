/**
 * Pointers to other stories inside the article container: a "read this next" heading and the
 * teasers it leads (one-link paragraphs, lists whose items each carry a link, a carousel of
 * teaser cards), and a block that opens with such a label in its own element and is links
 * after it ("<strong>DON'T MISS</strong><br><a>…</a> [WARNING]<br><a>…</a>").
 *
 * A teaser reads like a headline, not like a link list: its link may cover only half the
 * line ("The strange life and <a>mysterious death of a virtuoso coder</a>") or none of the
 * text (a card whose only link is its picture). So these shapes count only after the heading
 * has said what follows; on their own they could be the article's own list or gallery.
 */
import { cleanText } from './kept-set';
import { isHiddenByMarkup } from './visible-text';

/**
 * Headings of "read this next" boxes: the subset of clutter headings that lead links to other
 * stories (not "Comments", "Share", "Tags", "Sign up": after those a linked heading may be
 * the next story's own title).
 */
export const READ_NEXT_SOURCE =
  "related|related (articles|stories|posts|content|coverage|topics)|read more|read next|don['’]?t miss|more(?=\\s*:?\\s*$)|recent (articles|posts|stories|news)|popular (this week|today|now|articles|stories|posts|news)|latest (news|articles|stories|posts)|more (great )?[\\w\\s]{0,20} stories|more (from|on|in)\\b|recommended|you may (also )?like|you might (also )?like|most (read|popular)|trending|tin liên quan|xem thêm|đọc thêm|có thể bạn quan tâm|tin cùng chuyên mục|tin mới nhất|tin mới|bài viết liên quan|bài cùng chủ đề|самые популярные|популярные (статьи|материалы|новости)|читайте также|похожие (статьи|материалы|новости)|das könnte sie auch interessieren|mehr zum thema|weitere artikel|meistgelesen|lesen sie auch|(à )?lire aussi|sur le même sujet|les plus lus|(también )?te puede interesar|lo más leído|noticias relacionadas|leia também|você (também )?pode (gostar|se interessar)|mais lidas|notícias relacionadas|veja também|leggi anche|i più letti|articoli correlati|baca juga|berita terkait";

/** The end of a phrase: `\b` knows only ASCII letters, so it fails after "популярные". */
export const PHRASE_END = '(?![\\p{L}\\p{N}_])';

const READ_NEXT = new RegExp(`^(${READ_NEXT_SOURCE})${PHRASE_END}`, 'iu');

/** The label alone, as a whole line ("DON'T MISS", "Related:", "You may also like..."). */
const READ_NEXT_LABEL = new RegExp(`^(${READ_NEXT_SOURCE})\\s*[:.…»>|-]*$`, 'iu');

/** A teaser is a headline and a line of dek, never a paragraph of prose. */
const TEASER_CHARS = 200;

/** A link to another page: not an in-page anchor, not a script pseudo-link, not empty. */
function leadsAway(a: Element): boolean {
  const href = (a.getAttribute('href') ?? '').trim();
  return href !== '' && !href.startsWith('#') && !/^javascript:/i.test(href);
}

function awayLinks(el: Element): Element[] {
  return Array.from(el.getElementsByTagName('a')).filter(leadsAway);
}

function awayLinkedChars(el: Element): number {
  let n = 0;
  for (const a of awayLinks(el)) n += cleanText(a.textContent).length;
  return n;
}

/** True for a short heading-like line that announces links to other stories. */
export function isReadNextHeading(el: Element): boolean {
  const text = cleanText(el.textContent);
  return text.length < 60 && READ_NEXT.test(text);
}

/** "The strange life and <a>mysterious death…</a>": a list whose every item carries a link. */
function isTeaserList(el: Element): boolean {
  if (!/^(UL|OL)$/.test(el.tagName.toUpperCase())) return false;
  const items = Array.from(el.children).filter((li) => cleanText(li.textContent) !== '');
  if (items.length < 2) return false;
  return items.every(
    (li) => cleanText(li.textContent).length <= TEASER_CHARS && awayLinks(li).length > 0,
  );
}

/**
 * A box of teaser cards (a carousel, a grid): links to at least two other pages and no
 * paragraph of prose; a card's link may be its picture or an empty overlay, so link text is
 * not counted.
 */
function isTeaserBox(el: Element): boolean {
  const text = cleanText(el.textContent);
  if (text === '') return false;
  const hrefs = new Set(awayLinks(el).map((a) => a.getAttribute('href')));
  if (hrefs.size < 2 || text.length > hrefs.size * TEASER_CHARS) return false;
  for (const p of Array.from(el.getElementsByTagName('p'))) {
    if (cleanText(p.textContent).length > TEASER_CHARS) return false;
  }
  return true;
}

/** One line that is (nearly) all one link to another page ("<p><a>Fans really want…</a></p>"). */
function isTeaserLine(el: Element): boolean {
  const text = cleanText(el.textContent);
  if (text === '' || text.length > TEASER_CHARS) return false;
  return awayLinkedChars(el) >= text.length * 0.7;
}

/** What may follow a "read this next" heading and go with it. */
export function isReadNextTeaser(el: Element): boolean {
  return isTeaserLine(el) || isTeaserList(el) || isTeaserBox(el);
}

/**
 * A block whose first element is a "read this next" label and whose text after it is mostly
 * links to other pages: "<p><strong>DON'T MISS</strong><br><a>One story</a> [NEWS]<br>…</p>".
 * The label has to stand in an element of its own: "More than 100 people, <a>the police
 * said</a>…" opens with the same word as prose.
 */
export function opensWithReadNextLabel(el: Element): boolean {
  const label = el.firstElementChild;
  if (label === null) return false;
  for (let node = el.firstChild; node !== null && node !== label; node = node.nextSibling) {
    if (node.nodeType === 3 && (node.nodeValue ?? '').trim() !== '') return false;
  }
  const labelText = cleanText(label.textContent);
  if (!READ_NEXT_LABEL.test(labelText) || awayLinks(label).length > 0) return false;
  const text = cleanText(el.textContent);
  if (text.length > 1000) return false;
  const rest = text.length - labelText.length;
  return rest > 0 && awayLinkedChars(el) >= rest * 0.6;
}

/**
 * A box that a "read this next" heading opens and whose blocks after it are posts of their
 * own: `<article>`s, each with a link to another page (WordPress's "Você pode gostar…" with
 * every post's picture, share row and full excerpt). Being other posts, the box cannot hold
 * the story, so unlike other clutter it goes whatever its size: five long excerpts outweigh
 * a short story.
 */
export function isReadNextArticleBox(el: Element): boolean {
  // Counting `<article>` children first keeps this cheap: most kept elements have none, and
  // reading a first child's text costs its whole subtree.
  let articles = 0;
  for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
    if (child.tagName.toUpperCase() === 'ARTICLE') articles++;
  }
  if (articles < 2) return false;
  const heading = el.firstElementChild;
  if (heading === null || !isReadNextHeading(heading)) return false;
  let posts = 0;
  for (let child = heading.nextElementSibling; child; child = child.nextElementSibling) {
    // Ad slots and their scripts stand between the posts.
    if (isHiddenByMarkup(child) || cleanText(child.textContent) === '') continue;
    if (child.tagName.toUpperCase() !== 'ARTICLE' || awayLinks(child).length === 0) return false;
    posts++;
  }
  return posts >= 2;
}
