/**
 * Realistic edits a news page goes through between two visits, for the re-anchoring rate test.
 * The highlight's true place is tracked with two empty marker elements: they add no text and
 * survive every edit, so after the edits the text between them is what the highlight should
 * re-anchor to.
 */
import { buildTextMap } from '../../../../src/annotate/anchor/text-map';
import { readingTextNodes } from '../../../../src/annotate/anchor/text-nodes';

/** A seeded PRNG (mulberry32): the same seed gives the same highlights and edits. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** What an edit needs: the page, its article root, the RNG and the markers around the highlight. */
export interface EditContext {
  doc: Document;
  root: Element;
  rand: () => number;
  startMarker: Element;
  endMarker: Element;
}

const START_TAG = 'ra-truth-start';
const END_TAG = 'ra-truth-end';

const pickOf = <T>(rand: () => number, xs: readonly T[]): T => {
  const x = xs[Math.floor(rand() * xs.length)];
  if (x === undefined) throw new Error('empty choice');
  return x;
};

const NEW_PARAGRAPHS = [
  'Cập nhật lúc 10 giờ 30: bài viết đã được bổ sung ý kiến của cơ quan chức năng.',
  'Update, 4:15 p.m.: This story has been revised to include comments from the company.',
  'Độc giả có thể gửi câu hỏi cho tòa soạn qua đường dây nóng hoặc thư điện tử.',
  'Correction: An earlier version of this article misstated the date of the announcement.',
  'Theo thông tin mới nhất, hội nghị sẽ được tổ chức vào tuần tới tại Đà Nẵng.',
];

const ADS = [
  '<div class="ad-slot"><span>Quảng cáo</span><p>Mua sắm thả ga, giảm giá đến 50% cho thành viên mới!</p><script>googletag.cmd.push(function(){});</script></div>',
  '<aside class="promo"><a href="https://shop.example.com">Subscribe now for just $1 a week</a></aside>',
  '<div class="related"><h3>Tin liên quan</h3><ul><li><a href="/x">Giá vàng hôm nay tiếp tục giảm</a></li></ul></div>',
  '<div class="ad"><iframe src="https://ads.example.com/frame"></iframe><p>Advertisement</p></div>',
];

/** Block elements of the article that hold reading text. */
function blocks(root: Element): Element[] {
  return Array.from(root.querySelectorAll('p, li, h2, blockquote, figure, table, ul, ol'));
}

function containsMarker(el: Element): boolean {
  return el.querySelector(`${START_TAG}, ${END_TAG}`) !== null;
}

/** Surrounds the range with the truth markers. */
export function markTruth(
  doc: Document,
  range: Range,
): { startMarker: Element; endMarker: Element } {
  const endMarker = doc.createElement(END_TAG);
  const startMarker = doc.createElement(START_TAG);
  const end = doc.createRange();
  end.setStart(range.endContainer, range.endOffset);
  end.insertNode(endMarker);
  const start = doc.createRange();
  start.setStart(range.startContainer, range.startOffset);
  start.insertNode(startMarker);
  return { startMarker, endMarker };
}

/** NFC offsets of the text between the markers; then removes them and merges the split text nodes. */
export function takeTruth(ctx: EditContext): { start: number; end: number } {
  const map = buildTextMap(ctx.root);
  const offsetOf = (m: Element): number => {
    const parent = m.parentNode;
    if (!parent) throw new Error('marker lost');
    return map.offsetOfPoint(parent, Array.from(parent.childNodes).indexOf(m), 'start');
  };
  const truth = { start: offsetOf(ctx.startMarker), end: offsetOf(ctx.endMarker) };
  ctx.startMarker.remove();
  ctx.endMarker.remove();
  ctx.root.normalize();
  return truth;
}

/** A character edit at NFC offset `at`: the kind of typo fix an editor makes. */
function typoAt(ctx: EditContext, at: number): boolean {
  const map = buildTextMap(ctx.root);
  const point = map.pointAt(at, 'start');
  if (!point || !/\p{L}/u.test(point.node.data.charAt(point.offset))) return false;
  const { node, offset } = point;
  const letter = pickOf(ctx.rand, ['a', 'e', 'n', 't', 'ư', 'ô']);
  const kind = Math.floor(ctx.rand() * 3);
  const before = node.data.slice(0, offset);
  const after = node.data.slice(offset + 1);
  node.data =
    kind === 0
      ? before + letter + after
      : kind === 1
        ? before + after
        : before + letter + node.data.charAt(offset) + after;
  return true;
}

function truthOffsets(ctx: EditContext): { start: number; end: number } {
  const map = buildTextMap(ctx.root);
  const at = (m: Element): number => {
    const parent = m.parentNode;
    if (!parent) throw new Error('marker lost');
    return map.offsetOfPoint(parent, Array.from(parent.childNodes).indexOf(m), 'start');
  };
  return { start: at(ctx.startMarker), end: at(ctx.endMarker) };
}

/** One realistic edit; returns its name, or null when it did not apply to this page. */
export type PageEdit = (ctx: EditContext) => string | null;

export const insertParagraphAbove: PageEdit = (ctx) => {
  const first = blocks(ctx.root).find((b) => b.localName === 'p');
  if (!first?.parentNode) return null;
  const p = ctx.doc.createElement('p');
  p.textContent = pickOf(ctx.rand, NEW_PARAGRAPHS);
  first.parentNode.insertBefore(p, first);
  return 'paragraph inserted above';
};

export const fixTypoInside: PageEdit = (ctx) => {
  const { start, end } = truthOffsets(ctx);
  if (end - start < 16) return null;
  for (let tries = 0; tries < 10; tries++) {
    if (typoAt(ctx, start + 2 + Math.floor(ctx.rand() * (end - start - 4))))
      return 'typo fixed inside';
  }
  return null;
};

export const fixTypoNear: PageEdit = (ctx) => {
  const { start, end } = truthOffsets(ctx);
  for (let tries = 0; tries < 10; tries++) {
    const d = 1 + Math.floor(ctx.rand() * 30);
    const at = ctx.rand() < 0.5 ? start - d : end + d - 1;
    if (at >= 0 && typoAt(ctx, at)) return 'typo fixed near';
  }
  return null;
};

const REPLACEMENT_WORDS = [
  'khoảng',
  'chừng',
  'roughly',
  'nearly',
  'mới đây',
  'recently',
  'cũng',
  'also',
];

export const rewordNearby: PageEdit = (ctx) => {
  // An editor rewords the sentence around the highlight: a whole word of the prefix or suffix
  // (within 40 characters) is replaced by another one.
  const { start, end } = truthOffsets(ctx);
  const map = buildTextMap(ctx.root);
  const before = ctx.rand() < 0.5;
  const windowStart = before ? Math.max(0, start - 40) : end;
  const windowText = map.text.slice(windowStart, before ? start : end + 40);
  const words = Array.from(windowText.matchAll(/\p{L}{3,}/gu));
  const word = words.length ? pickOf(ctx.rand, words) : undefined;
  if (!word) return null;
  const from = map.pointAt(windowStart + word.index, 'start');
  const to = map.pointAt(windowStart + word.index + word[0].length, 'end');
  if (!from || !to || from.node !== to.node) return null;
  const { node } = from;
  node.data =
    node.data.slice(0, from.offset) +
    pickOf(ctx.rand, REPLACEMENT_WORDS) +
    node.data.slice(to.offset);
  return 'word reworded near';
};

export const rewrapWhitespace: PageEdit = (ctx) => {
  // Source re-indented and re-wrapped by a CMS template change: spaces become newlines + indent.
  for (const node of readingTextNodes(ctx.root)) {
    node.data = node.data
      .replace(/ /g, (s) => (ctx.rand() < 0.04 ? '\n      ' : s))
      .replace(/\n {2}(?=\S)/g, '\n    ');
  }
  return 'whitespace changed';
};

export const changeMarkup: PageEdit = (ctx) => {
  // Unwrap the links and wrap random words in <em>/<strong>: same text, different elements.
  for (const a of Array.from(ctx.root.querySelectorAll('a'))) {
    if (ctx.rand() < 0.5) a.replaceWith(...Array.from(a.childNodes));
  }
  const nodes = readingTextNodes(ctx.root).filter((n) => /\S{4,}/.test(n.data));
  for (let i = 0; i < 4 && nodes.length; i++) {
    const node = pickOf(ctx.rand, nodes);
    const m = /\S{4,}/.exec(node.data.slice(Math.floor(ctx.rand() * node.data.length)));
    if (!m) continue;
    const at = node.data.indexOf(m[0]);
    const word = node.splitText(at);
    word.splitText(m[0].length);
    const wrap = ctx.doc.createElement(ctx.rand() < 0.5 ? 'em' : 'strong');
    word.replaceWith(wrap);
    wrap.append(word);
  }
  return 'markup changed';
};

export const injectAds: PageEdit = (ctx) => {
  const bs = blocks(ctx.root).filter(
    (b) => b.parentNode && (b.localName === 'p' || b.localName === 'figure'),
  );
  for (let i = 0; i < 3 && bs.length; i++) {
    const b = pickOf(ctx.rand, bs);
    const holder = ctx.doc.createElement('div');
    holder.innerHTML = pickOf(ctx.rand, ADS);
    b.after(...Array.from(holder.childNodes));
  }
  return 'ads injected';
};

export const deleteParagraphElsewhere: PageEdit = (ctx) => {
  const candidates = blocks(ctx.root).filter(
    (b) => b.localName === 'p' && !containsMarker(b) && !betweenMarkers(ctx, b),
  );
  if (!candidates.length) return null;
  pickOf(ctx.rand, candidates).remove();
  return 'paragraph deleted elsewhere';
};

export const decomposeDiacritics: PageEdit = (ctx) => {
  // The CMS starts serving NFD ("e" + combining marks), as Vietnamese pages pasted from Word do.
  for (const node of readingTextNodes(ctx.root)) node.data = node.data.normalize('NFD');
  return 'diacritics decomposed (NFD)';
};

/** Edits with the probability each is applied in one trial; NFD comes last (typos use NFC offsets). */
export const EDITS: ReadonlyArray<readonly [PageEdit, number]> = [
  [insertParagraphAbove, 0.5],
  [fixTypoInside, 0.35],
  [fixTypoNear, 0.35],
  [rewordNearby, 0.3],
  [changeMarkup, 0.4],
  [injectAds, 0.5],
  [deleteParagraphElsewhere, 0.3],
  [rewrapWhitespace, 0.3],
  [decomposeDiacritics, 0.25],
];

/** Deletes the paragraph holding the highlight: the highlighted text is gone. */
export function deleteHighlightedParagraph(ctx: EditContext): boolean {
  const p = ctx.startMarker.parentElement?.closest('p');
  if (!p || !p.contains(ctx.endMarker)) return false;
  p.remove();
  return true;
}

function betweenMarkers(ctx: EditContext, el: Element): boolean {
  const following = 4;
  const afterStart = (ctx.startMarker.compareDocumentPosition(el) & following) !== 0;
  const beforeEnd = (el.compareDocumentPosition(ctx.endMarker) & following) !== 0;
  return afterStart && beforeEnd;
}
