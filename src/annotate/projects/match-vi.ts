import type { Token } from '../figures/tokenize';
import { VI_QUALIFIERS, VI_TYPES, type ViType } from './type-nouns';
import { PLURAL_MARKERS, isCapitalised } from './name-words';
import { readViName, type NameSpan } from './read-name';
import { DIRECTION_WORDS } from './vi-places';
import {
  isCountryName,
  isGenericAcronym,
  isKilometrePost,
  ownedByCompany,
} from './vi-not-projects';
import {
  LIST_SEPARATORS,
  listItem,
  opensWithProvince,
  runsToClauseEnd,
  skipEnumerator,
  skipRemark,
} from './vi-list-items';

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
  learned: Set<string> = new Set(),
): { matches: ProjectMatch[]; next: number } | undefined {
  const code = roadCodeAt(tokens, i);
  if (code) return code;
  const type = typeAt(tokens, i, learned);
  if (!type) return undefined;
  const prev = tokens[i - 1];
  if (prev && type.data.notAfter?.has(prev.lower)) return undefined;
  if (ownedByCompany(tokens, i)) return undefined;
  let k = type.to;
  for (let q = VI_QUALIFIERS.matchAt(tokens, k); q; q = VI_QUALIFIERS.matchAt(tokens, k)) k = q.to;
  if (type.data.described) k = skipDescription(tokens, k);
  k = skipAbbreviation(tokens, k, learned);
  // `ĐT.830`, `QL.1A`: a road code's number glued on with a dot.
  if (type.data.roadCode && tokens[k]?.text === '.' && !tokens[k]?.spaced) k++;
  // `đường trục phía Tây Nam Hà Nội`: `phía` opens a name of direction and place.
  if (type.data.directionName && tokens[k]?.lower === 'phía') k++;
  const rated = skipRating(tokens, k);
  // `đường tỉnh ĐT.741`, `quốc lộ QL.14E`: the road class written out, then its code.
  if (
    type.data.numericName === true &&
    !type.data.roadCode &&
    (roadCodeAt(tokens, rated) || VI_TYPES.matchAt(tokens, rated)?.entry.data.roadCode)
  ) {
    const coded = matchViProject(tokens, rated, learned);
    const first = coded?.matches[0];
    if (coded && first)
      return { matches: [{ ...first, from: i }, ...coded.matches.slice(1)], next: coded.next };
  }
  // `tuyến số 1 Bến Thành – Suối Tiên`: after `số` the route's number opens its name.
  const numbered = tokens[rated - 1]?.lower === 'số' && tokens[rated]?.kind === 'num';
  // A road code takes a number (`ĐT 741`), never a word (`Bộ KH - ĐT Vũ Đại Thắng`).
  if (type.data.roadCode && tokens[rated]?.kind !== 'num') return undefined;
  const name = readViName(tokens, rated, type.data.numericName === true || numbered);
  // `ba dự án nhiệt điện … (gồm: Phú Mỹ 2, Phú Mỹ 3 và Mông Dương 2)`: names listed later.
  if (!name && hasPluralMarker(tokens, i)) return namesIntroducedAfter(tokens, rated, learned);
  if (type.data.listOnly) return undefined;
  if (!name || isCountryName(tokens, name) || isGenericAcronym(tokens, name)) return undefined;
  if (isKilometrePost(tokens, name.from)) return undefined;
  if (type.data.dashedName && !name.dashed && !namedByDirection(tokens, name, type.data))
    return undefined;
  const matches: ProjectMatch[] = [{ from: i, to: name.to, nameFrom: name.from, nameTo: name.to }];
  const shared = { plural: hasPluralMarker(tokens, i), rated: rated > k };
  let last = name;
  let t = name.to;
  // List items: `, X` or `và X` sharing the type noun, accepted when the sentence announces
  // several (`các …`), the type carries a rating (`TBA 220kV Bỉm Sơn, Hà Tĩnh 2`), the first
  // name is a province (`… Thanh Hóa, Nghi Sơn`: a province is not where something is) or
  // the item has the first one's shape (`X - Y`, a number after `A Mé 1`).
  // A list also stands when its bare names run to the end of the clause (`Cảng hàng không Tân
  // Sơn Nhất, Nội Bài;`, `cảng Vũng Áng, Chân Mây, Nhơn Hội và tuyến …`), and a bracketed
  // remark may follow a name (`thuỷ điện Hoà Bình (1.920 MW) và Sơn La`).
  for (;;) {
    t = skipRemark(tokens, t);
    const sep = tokens[t];
    if (!sep || !LIST_SEPARATORS.has(sep.lower)) break;
    const at = skipEnumerator(tokens, t + 1);
    if (VI_TYPES.matchAt(tokens, at)) break;
    const item = readViName(tokens, at, name.endsWithNumber);
    if (!item || !(listItem(tokens, name, item, shared) || runsToClauseEnd(tokens, item))) break;
    matches.push({ from: item.from, to: item.to, nameFrom: item.from, nameTo: item.to });
    last = item;
    t = item.to;
  }
  // `đường Vành đai 3 (Bến Lức - Quốc lộ 22 và đoạn …)`: stretches listed in brackets after a
  // project are its parts. One bracketed route alone may be the project's own name again
  // (`tuyến số 1 (Bến Thành - Suối Tiên)`), so a list is required.
  const stretch =
    tokens[last.to]?.text === '(' ? readViName(tokens, last.to + 1, false) : undefined;
  const listed = stretch !== undefined && LIST_SEPARATORS.has(tokens[stretch.to]?.lower ?? '');
  if (stretch?.dashed && listed && !opensWithProvince(tokens, stretch.from)) {
    matches.push({
      from: stretch.from,
      to: stretch.to,
      nameFrom: stretch.from,
      nameTo: stretch.to,
    });
    return { matches, next: stretch.to };
  }
  return { matches, next: last.to };
}

/** Words that introduce the instances of a type noun said just before. */
const INTRODUCERS = new Set(['gồm', 'là', 'như']);
const INTRODUCER_WINDOW = 12;

/**
 * Names listed as instances of a plural type noun phrase (`03 dự án nhiệt điện than là Long
 * Phú 1, Sông Hậu 1`, `… (gồm: A, B và C)`): each a bare-name project, as later list items are.
 * The introducer must come within a few words, in the same sentence.
 */
function namesIntroducedAfter(
  tokens: readonly Token[],
  k: number,
  learned: Set<string>,
): { matches: ProjectMatch[]; next: number } | undefined {
  let t = k;
  for (; t < k + INTRODUCER_WINDOW; t++) {
    const tok = tokens[t];
    if (!tok || tok.text === '.' || tok.text === ';') return undefined;
    if (INTRODUCERS.has(tok.lower)) break;
    // `các cảng biển (Lạch Huyện, Cái Mép - Thị Vải)`: names in brackets right after the type.
    if (t === k && tok.text === '(') break;
    // `các dự án của Vingroup là …`: an owner named in between lists its brands, not projects.
    if (tok.kind === 'word' && isCapitalised(tok.text)) return undefined;
  }
  if (t >= k + INTRODUCER_WINDOW) return undefined;
  t++;
  if (tokens[t]?.text === ':') t++;
  const matches: ProjectMatch[] = [];
  let firstDashed = false;
  for (;;) {
    // `như Khu đô thị mới Văn Phú, FLC Star Tower`: an item with its own type noun is read
    // whole; the bare names around it are items all the same.
    const typed = VI_TYPES.matchAt(tokens, t) ? matchViProject(tokens, t, learned) : undefined;
    if (typed) {
      matches.push(...typed.matches);
      t = typed.next;
      const sep = tokens[t];
      if (!sep || !(sep.text === ',' || sep.lower === 'và')) break;
      t++;
      continue;
    }
    const item = readViName(tokens, t, false);
    const after = tokens[item?.to ?? t];
    // The first item must be followed by the list's separator (or a bracketed remark); the
    // last may end anyhow.
    const ends =
      matches.length > 0 ||
      !after ||
      [',', ')', '(', ';'].includes(after.text) ||
      after.lower === 'và';
    if (!item || !ends) break;
    if (matches.length === 0) firstDashed = item.dashed;
    matches.push({ from: item.from, to: item.to, nameFrom: item.from, nameTo: item.to });
    t = item.to;
    if (!after || !(after.text === ',' || after.lower === 'và')) break;
    t++;
  }
  // One item is a list only when its shape says route (`các đoạn nối như Xa La - Nguyễn Xiển`).
  if (matches.length === 0 || (matches.length === 1 && !firstDashed)) return undefined;
  return { matches, next: t };
}

interface FoundType {
  to: number;
  data: ViType;
}

/** A type noun from the lexicon, or an abbreviation the text introduced in brackets. */
function typeAt(tokens: readonly Token[], i: number, learned: Set<string>): FoundType | undefined {
  const type = VI_TYPES.matchAt(tokens, i);
  if (type) return { to: type.to, data: type.entry.data };
  const tok = tokens[i];
  if (tok && learned.has(tok.text)) return { to: i + 1, data: {} };
  return undefined;
}

/**
 * `Nhà máy nhiệt điện (NMNĐ) Vũng Áng 1`: an abbreviation in brackets after the type is
 * skipped and learned, so a later `NMNĐ Vũng Áng 1` is a project too.
 */
function skipAbbreviation(tokens: readonly Token[], k: number, learned: Set<string>): number {
  const open = tokens[k];
  const abbr = tokens[k + 1];
  const close = tokens[k + 2];
  if (open?.text !== '(' || close?.text !== ')' || abbr?.kind !== 'word') return k;
  if (abbr.text.length < 2 || abbr.text !== abbr.text.toUpperCase()) return k;
  learned.add(abbr.text);
  return k + 3;
}

/**
 * `QL1A`, `ĐT741`: a road written as one code token (letters of a road class, then its
 * number) is a project on its own.
 */
const ROAD_CODE = /^(QL|ĐT|DT|TL|ĐH)\d{1,3}[A-Z]?$/u;

function roadCodeAt(
  tokens: readonly Token[],
  i: number,
): { matches: ProjectMatch[]; next: number } | undefined {
  const tok = tokens[i];
  if (!tok || tok.kind !== 'word' || !ROAD_CODE.test(tok.text)) return undefined;
  return { matches: [{ from: i, to: i + 1, nameFrom: i, nameTo: i + 1 }], next: i + 1 };
}

/**
 * Words that end a description before a name: they link the type to something else
 * (`nhà máy ở Hà Nội`, `khu đô thị cạnh Vành đai 3`), so what follows is not its name.
 */
const LINK_WORDS = new Set(
  'ở tại của cho và với được đã sẽ đang này đó thuộc gần cạnh trên dưới từ đến tới về qua ra vào là có nối phục như mà thì nên do bị theo hình bằng để khi nhằm gồm'.split(
    ' ',
  ),
);
const MAX_DESCRIPTION = 4;

/** `nhà máy luyện kim màu Tứ Đỉnh`: up to four lowercase words, when a capitalised name follows. */
function skipDescription(tokens: readonly Token[], k: number): number {
  let t = k;
  while (t < k + MAX_DESCRIPTION) {
    const tok = tokens[t];
    if (!tok || tok.kind !== 'word' || tok.text !== tok.lower || LINK_WORDS.has(tok.lower)) break;
    t++;
  }
  const next = tokens[t];
  // The name, or an abbreviation in brackets before it (`khu đô thị du lịch (KĐT) Hoàng Long`).
  const named = next?.kind === 'word' ? next.text !== next.lower : next?.text === '(';
  return t > k && named ? t : k;
}

/**
 * `220kV`, `500 kV`: a voltage rating between the type and the name, part of neither name
 * nor figure. Returns the index after it (`k` when there is none).
 */
const CIRCUITS = new Set(['kép', 'đôi', 'đơn']);

function skipRating(tokens: readonly Token[], k: number): number {
  let t = k;
  // `500/220 kV`: a transformer's two voltages.
  while (tokens[t]?.kind === 'num' && tokens[t + 1]?.text === '/' && tokens[t + 2]?.kind === 'num')
    t += 2;
  if (tokens[t]?.kind !== 'num' || tokens[t + 1]?.lower !== 'kv') return k;
  t += 2;
  // `đường dây 500kV mạch 3 Quảng Trạch - Phố Nối`, `220kV mạch kép …`: the circuit follows
  // the rating.
  const circuit = tokens[t + 1];
  if (
    tokens[t]?.lower === 'mạch' &&
    circuit &&
    (circuit.kind === 'num' || CIRCUITS.has(circuit.lower))
  )
    t += 2;
  return t;
}

function hasPluralMarker(tokens: readonly Token[], i: number): boolean {
  for (let t = i - 1; t >= 0 && t >= i - 3; t--) {
    const tok = tokens[t] as Token;
    // `ba`, `các`, or a count (`2 nhà máy`, `03 dự án`).
    if (PLURAL_MARKERS.has(tok.lower) || (tok.kind === 'num' && /^\d{1,2}$/.test(tok.text)))
      return true;
    if (tok.kind !== 'word') return false;
  }
  return false;
}

/** A direction then a place (`Tây Nam Hà Nội`), for the types that may be named so. */
function namedByDirection(tokens: readonly Token[], name: NameSpan, data: ViType): boolean {
  if (!data.directionName) return false;
  const first = tokens[name.from];
  const last = tokens[name.to - 1];
  return (
    first !== undefined &&
    DIRECTION_WORDS.has(first.lower) &&
    last !== undefined &&
    !DIRECTION_WORDS.has(last.lower)
  );
}
