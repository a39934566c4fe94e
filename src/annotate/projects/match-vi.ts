import type { Token } from '../figures/tokenize';
import { VI_QUALIFIERS, VI_TYPES } from './type-nouns';
import { PLURAL_MARKERS } from './name-words';
import { readViName, type NameSpan } from './read-name';

/** A project span in tokens: [from, to), its name [nameFrom, nameTo). */
export interface ProjectMatch {
  from: number;
  to: number;
  nameFrom: number;
  nameTo: number;
}

/**
 * Vietnamese grammar: TYPE [qualifier…] [rating like `220kV`] NAME, then list items that share
 * the type (`trạm biến áp 220kV Pắc Ma, Phong Thổ`, `Thủy điện A Mé 1, 2`). Returns the
 * matches and the index after the last one, or undefined when no type noun starts at `i`.
 */
export function matchViProject(
  tokens: readonly Token[],
  i: number,
): { matches: ProjectMatch[]; next: number } | undefined {
  const type = VI_TYPES.matchAt(tokens, i);
  if (!type) return undefined;
  const prev = tokens[i - 1];
  if (prev && type.entry.data.notAfter?.has(prev.lower)) return undefined;
  if (ownedByCompany(tokens, i)) return undefined;
  let k = type.to;
  for (let q = VI_QUALIFIERS.matchAt(tokens, k); q; q = VI_QUALIFIERS.matchAt(tokens, k)) k = q.to;
  k = skipRating(tokens, k);
  const name = readViName(tokens, k, type.entry.data.numericName === true);
  if (!name || isCountryName(tokens, name)) return undefined;
  const matches: ProjectMatch[] = [{ from: i, to: name.to, nameFrom: name.from, nameTo: name.to }];
  const plural = hasPluralMarker(tokens, i);
  let last = name;
  let t = name.to;
  // List items: `, X` or `và X` sharing the type noun, accepted when the sentence announces
  // several (`các …`) or the item has the first one's shape (`X - Y`, a number after `A Mé 1`).
  for (;;) {
    const sep = tokens[t];
    if (!sep || !(sep.text === ',' || sep.lower === 'và')) break;
    if (VI_TYPES.matchAt(tokens, t + 1)) break;
    const item = readViName(tokens, t + 1, name.endsWithNumber);
    if (!item || !sameShape(name, item, plural, tokens)) break;
    matches.push({ from: item.from, to: item.to, nameFrom: item.from, nameTo: item.to });
    last = item;
    t = item.to;
  }
  return { matches, next: last.to };
}

/** Words closing a company name: `Tổng công ty Cảng hàng không …` is a company, not an airport. */
const COMPANY_TAILS = new Set(['ty', 'đoàn', 'phần', 'tnhh', 'ctcp']);

function ownedByCompany(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  return prev !== undefined && COMPANY_TAILS.has(prev.lower);
}

/**
 * A type noun followed by the country or a region is a national operator or a network
 * (`Cảng hàng không Việt Nam` = ACV, `Đường sắt Việt Nam`), not one project.
 */
const COUNTRY_NAMES = new Set(['việt nam', 'vn', 'miền bắc', 'miền nam', 'miền trung']);

function isCountryName(tokens: readonly Token[], name: NameSpan): boolean {
  const text = tokens
    .slice(name.from, name.to)
    .map((t) => t.lower)
    .join(' ');
  return COUNTRY_NAMES.has(text);
}

/** `220kV`, `500 kV`: a voltage rating between the type and the name, part of neither name nor figure. */
function skipRating(tokens: readonly Token[], k: number): number {
  const num = tokens[k];
  const unit = tokens[k + 1];
  if (num?.kind === 'num' && unit?.lower === 'kv') return k + 2;
  return k;
}

function hasPluralMarker(tokens: readonly Token[], i: number): boolean {
  for (let t = i - 1; t >= 0 && t >= i - 3; t--) {
    const tok = tokens[t] as Token;
    if (PLURAL_MARKERS.has(tok.lower) || (tok.kind === 'num' && /^\d$/.test(tok.text))) return true;
    if (tok.kind !== 'word') return false;
  }
  return false;
}

function sameShape(
  first: NameSpan,
  item: NameSpan,
  plural: boolean,
  tokens: readonly Token[],
): boolean {
  const itemIsNumber = item.to - item.from <= 2 && tokens[item.from]?.kind === 'num';
  if (first.endsWithNumber && itemIsNumber) return true;
  if (itemIsNumber) return false;
  if (first.dashed) return item.dashed;
  return plural;
}
