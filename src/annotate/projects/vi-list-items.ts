import type { Token } from '../figures/tokenize';
import { VI_TYPES } from './type-nouns';
import { readViName, type NameSpan } from './read-name';
import { isProvinceName } from './vi-places';

/*
 * List items after a Vietnamese project (`trạm biến áp 220kV Pắc Ma, Phong Thổ`, `Thủy điện A Mé
 * 1, 2`, `Cảng hàng không Tân Sơn Nhất, Nội Bài;`): when a bare name after `,`/`và`/`;` shares the
 * first project's type noun, and when it is the project's place instead.
 */

export const LIST_SEPARATORS = new Set([',', ';', 'và']);
const CLAUSE_ENDS = new Set(['.', ';', ')', '…']);
/** How many bare names ahead a list is followed to its end: lists are short, time stays linear. */
const MAX_LOOKAHEAD = 8;

/**
 * Whether the bare names from `item` on run, separated by `,`/`và`, to the end of a clause or
 * to an item with its own type noun — the shape of an enumeration, not of a name followed by
 * its place and a new clause. A province closing the run is where the project is, not an item.
 */
export function runsToClauseEnd(tokens: readonly Token[], item: NameSpan): boolean {
  let cur = item;
  for (let n = 0; n < MAX_LOOKAHEAD; n++) {
    // `P. Phước Long`, `Q. 7`: a one-letter abbreviation of a ward or district, not a name.
    if (cur.to === cur.from + 1 && (tokens[cur.from] as Token).text.length === 1) return false;
    const after = tokens[cur.to];
    if (!after || CLAUSE_ENDS.has(after.text)) return !isProvinceName(textOf(tokens, cur));
    if (after.text !== ',' && after.lower !== 'và') return false;
    if (VI_TYPES.matchAt(tokens, cur.to + 1)) return true;
    const next = readViName(tokens, cur.to + 1, false);
    if (!next) return false;
    cur = next;
  }
  return false;
}

/** `Hoà Bình (1.920 MW) và …`: a short bracketed remark after a list item is skipped. */
const MAX_REMARK = 8;

export function skipRemark(tokens: readonly Token[], t: number): number {
  if (tokens[t]?.text !== '(') return t;
  for (let k = t + 1; k <= t + MAX_REMARK && k < tokens.length; k++) {
    const tok = tokens[k] as Token;
    if (tok.text === '(') return t;
    if (tok.text === ')') return LIST_SEPARATORS.has(tokens[k + 1]?.lower ?? '') ? k + 1 : t;
  }
  return t;
}

/** `…; 3 là Cát Linh – Hà Đông; 4 là …`: an item's running number is not part of it. */
export function skipEnumerator(tokens: readonly Token[], t: number): number {
  const n = tokens[t];
  const mark = tokens[t + 1];
  if (n?.kind === 'num' && /^\d{1,2}$/.test(n.text) && (mark?.lower === 'là' || mark?.text === ')'))
    return t + 2;
  return t;
}

export function listItem(
  tokens: readonly Token[],
  first: NameSpan,
  item: NameSpan,
  shared: { plural: boolean; rated: boolean },
): boolean {
  const itemIsNumber = item.to - item.from <= 2 && tokens[item.from]?.kind === 'num';
  if (first.endsWithNumber && itemIsNumber) return true;
  if (itemIsNumber) return false;
  if (first.dashed) return item.dashed;
  if (shared.plural) return true;
  const itemName = textOf(tokens, item);
  // A province closing the list is where the project is (`trạm biến áp 220kV Phong Thổ, Lai Châu`).
  const closes = !(tokens[item.to]?.text === ',' || tokens[item.to]?.lower === 'và');
  if (isProvinceName(itemName) && closes) return false;
  return shared.rated || isProvinceName(textOf(tokens, first));
}

export function textOf(tokens: readonly Token[], span: NameSpan): string {
  return tokens
    .slice(span.from, span.to)
    .map((t) => t.text)
    .join(' ');
}

/** `(Lai Châu - Điện Biên)` after a plant is where it is, not a stretch of it. */
export function opensWithProvince(tokens: readonly Token[], from: number): boolean {
  const words: string[] = [];
  for (let t = from; tokens[t]?.kind === 'word' && words.length < 4; t++)
    words.push((tokens[t] as Token).text);
  return isProvinceName(words.join(' '));
}
