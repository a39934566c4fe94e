import type { Token } from '../figures/tokenize';
import { PERCENT_WORDS } from '../figures/percent-words';
import { SCALE_WORDS } from '../figures/scale-words';
import { UNITS } from '../figures/units';
import { VI_TYPES } from './type-nouns';
import { ADMIN_STOPS, NAME_STOPS, PERSON_TITLES, isCapitalised } from './name-words';
import { DIRECTION_WORDS } from './vi-places';

/** A proper name read from the token stream: tokens [from, to). */
export interface NameSpan {
  from: number;
  to: number;
  /** Contains a ` - ` joining two place names (`Pắc Ma - Mường Tè`), as power lines do. */
  dashed: boolean;
  /** Ends with a number (`A Mé 1`), so a list may continue with bare numbers (`1, 2`). */
  endsWithNumber: boolean;
}

const MAX_PARTS = 8;
/** `Đông Anh – Gia Lâm – Sài Đồng`: a line may chain a few endpoints. */
const MAX_DASHES = 3;
const DASHES = new Set(['-', '–', '—']);

/**
 * Reads a Vietnamese proper name at token `k`: capitalised syllables, codes (`T3`, `1A`) and
 * small numbers (`Vĩnh Tân 4`), optionally two such runs joined by a dash. Stops at a stop
 * word (organisations, titles, time words), at a new type noun and at anything lowercase.
 * `numericStart` lets the name be a bare number (`Vành đai 3`).
 */
export function readViName(
  tokens: readonly Token[],
  k: number,
  numericStart: boolean,
): NameSpan | undefined {
  let t = k;
  let parts = 0;
  let dashed = false;
  let dashes = 0;
  let lastWasNumber = false;
  let onlyDirections = true;
  let afterDash = false;
  let cityEndpoint = false;
  // Syllables of the current endpoint (`Ba Vì` after `Việt Trì -`).
  let endpointParts = 0;
  for (;;) {
    // Right after a dash a new endpoint opens: its first syllable may be a type noun
    // (`Pháp Vân - Cầu Giẽ`, `Nhổn - Ga Hà Nội`), as at the start of a name.
    let step = namePart(tokens, t, parts === 0 && !numericStart, afterDash ? 0 : endpointParts);
    // `TP. HCM - Trung Lương`: a city written with its unit is a route's endpoint; the name
    // must then turn out dashed, since alone it is the city, not a project.
    if (step === undefined && (parts === 0 || afterDash)) {
      const city = cityPrefixAt(tokens, t);
      const cityName = city === undefined ? undefined : namePart(tokens, city, true, 0);
      if (city !== undefined && cityName !== undefined) {
        cityEndpoint = true;
        t = city;
        step = cityName;
      }
    }
    // `Nhổn – ga Hà Nội`, `Mai Sơn - quốc lộ 45`: an endpoint named with its own type noun.
    if (step === undefined && afterDash) {
      const typed = typedEndpointAt(tokens, t);
      if (typed !== undefined) {
        t = typed.name;
        step = typed.to;
      }
    }
    afterDash = false;
    // `Khu đô thị Tây Nam Vành đai 3`: a name of compass words alone is not finished; it
    // reads on through a type noun (whose number is then part of the name).
    if (step === undefined && parts > 0 && onlyDirections) step = typeInName(tokens, t);
    if (step === undefined) {
      // `Pắc Ma - Mường Tè`: a dash between two runs continues the name; between two numbers
      // of a numbered road too (`ĐT 830 - 824`).
      const dash = tokens[t];
      const numbers = lastWasNumber && parts === 1 && numericStart;
      // `Quốc lộ 38 - Quốc lộ 5`: after a road named by its number, a dash and another type
      // noun chain roads of an itinerary, each its own project (`Mai Sơn - Quốc lộ 45`, a place
      // then a road, is one segment).
      if (
        parts > 0 &&
        dashes < MAX_DASHES &&
        dash &&
        DASHES.has(dash.text) &&
        (namePart(tokens, t + 1, !numbers, 0) !== undefined ||
          cityPrefixAt(tokens, t + 1) !== undefined ||
          (!numbers && typedEndpointAt(tokens, t + 1) !== undefined))
      ) {
        dashed = true;
        dashes++;
        onlyDirections = false;
        afterDash = true;
        endpointParts = 0;
        t++;
        continue;
      }
      break;
    }
    if (!DIRECTION_WORDS.has(tokens[t]?.lower ?? '')) onlyDirections = false;
    lastWasNumber = tokens[step - 1]?.kind === 'num';
    t = step;
    parts++;
    endpointParts++;
    if (parts >= MAX_PARTS) break;
  }
  if (parts === 0 || (cityEndpoint && !dashed)) return undefined;
  const to = modifiersAfter(tokens, t);
  return { from: k, to, dashed, endsWithNumber: lastWasNumber && to === t };
}

/**
 * `TP. HCM`, `TP HCM`: the index of the city's name after its unit, when a capitalised name
 * follows.
 */
function cityPrefixAt(tokens: readonly Token[], t: number): number | undefined {
  if (tokens[t]?.lower !== 'tp') return undefined;
  const k = tokens[t + 1]?.text === '.' ? t + 2 : t + 1;
  const next = tokens[k];
  return next?.kind === 'word' && isCapitalised(next.text) ? k : undefined;
}

/** A type noun and the first part of its name at `t`: where the name starts and that part ends. */
function typedEndpointAt(
  tokens: readonly Token[],
  t: number,
): { name: number; to: number } | undefined {
  const type = VI_TYPES.matchAt(tokens, t);
  if (!type) return undefined;
  const to = namePart(tokens, type.to, type.entry.data.numericName !== true, 0);
  return to === undefined ? undefined : { name: type.to, to };
}

/** A type noun read as part of a name, and the number after it (`Vành đai 3`). */
function typeInName(tokens: readonly Token[], t: number): number | undefined {
  const tok = tokens[t];
  const type = VI_TYPES.matchAt(tokens, t);
  if (!tok || !type || !isCapitalised(tok.text)) return undefined;
  const num = tokens[type.to];
  return num?.kind === 'num' && /^\d{1,3}$/.test(num.text) ? type.to + 1 : type.to;
}

/**
 * Modifiers written after the name that belong to it (`Nhà máy thủy điện Ialy mở rộng`,
 * `Nhơn Trạch 3 giai đoạn 2`): the extension or phase is its own project.
 */
function modifiersAfter(tokens: readonly Token[], t: number): number {
  // `Nam Tân Uyên mở rộng giai đoạn 2`: an extension may have its own phase.
  const first = modifierAt(tokens, t);
  return first === t ? t : modifierAt(tokens, first);
}

function modifierAt(tokens: readonly Token[], t: number): number {
  const a = tokens[t];
  const b = tokens[t + 1];
  if (a?.lower === 'mở' && b?.lower === 'rộng') return t + 2;
  // `cao tốc Bắc - Nam phía Đông`: the branch of a route is part of its name.
  if (a?.lower === 'phía' && b && isCapitalised(b.text) && DIRECTION_WORDS.has(b.lower))
    return t + 2;
  if (a?.lower === 'giai' && b?.lower === 'đoạn') {
    const n = tokens[t + 2];
    if (n && (n.kind === 'num' || /^[IVX]+$/.test(n.text))) return t + 3;
  }
  return t;
}

/**
 * One name part at `t`; returns the index after it. `mustBeWord`: the first part of a name
 * cannot be a bare number (`Thủy điện 2` is not a name, `Thủy điện A Mé 1` is).
 */
export function namePart(
  tokens: readonly Token[],
  t: number,
  mustBeWord: boolean,
  partsSoFar: number,
): number | undefined {
  const tok = tokens[t];
  if (!tok) return undefined;
  if (tok.kind === 'word') {
    if (!isCapitalised(tok.text)) return undefined;
    // `Lạch Huyện`, `Ba Xã`: an administrative word capitalised inside a name is a syllable
    // of it; written lowercase, or opening the name, it is the unit (`huyện Mường Tè`).
    if (partsSoFar === 0 && ADMIN_STOPS.has(tok.lower)) return undefined;
    if (NAME_STOPS.matchAt(tokens, t) && !conjunctionSyllable(tokens, t, partsSoFar))
      return undefined;
    const next = tokens[t + 1];
    if (PERSON_TITLES.has(tok.lower) && partsSoFar > 0 && next && isCapitalised(next.text))
      return undefined;
    const type = VI_TYPES.matchAt(tokens, t);
    // A one-syllable type noun opening the name is a syllable of it (`Khu đô thị Cầu Giấy`,
    // `ven sông Cầu`); longer ones start a new project (`Nhà ga T2 Sân bay Nội Bài`).
    if (type && !(partsSoFar === 0 && type.to === t + 1)) return undefined;
    return t + 1;
  }
  if (tok.kind === 'num' && !mustBeWord) {
    // Only short numbers, and not the number of a figure (`Vĩnh Tân 4`, not `4 MW`); a unit
    // numbered with a dot (`Bạc Liêu 2.1, 2.2`) is a number too.
    // `Vành đai 3,5` (a ring road between 3 and 4) likewise, its decimal comma glued on.
    const unitNumber = /^\d{1,2}[.,]\d{1,2}$/.test(tok.text);
    if (!/^\d{1,3}$/.test(tok.text) && !unitNumber) return undefined;
    const next = tokens[t + 1];
    // `1A`, `1B`: a code letter glued to the number belongs to it — before the unit and scale
    // tables are asked, since `B` is also a scale (billion) and `1B` would not be a name.
    if (next && !next.spaced && next.kind === 'word' && /^\p{Lu}$/u.test(next.text)) return t + 2;
    if (
      next &&
      (UNITS.matchAt(tokens, t + 1) ||
        SCALE_WORDS.matchAt(tokens, t + 1) ||
        PERCENT_WORDS.matchAt(tokens, t + 1))
    )
      return undefined;
    // `1A`: a code glued to the number belongs to it.
    if (next && !next.spaced && next.kind === 'word' && isCapitalised(next.text)) return t + 2;
    return t + 1;
  }
  return undefined;
}

/**
 * Conjunctions stop a name because a headline run into its lead has no full stop (`… Vĩnh Tân 4
 * Tuy nhiên, …`), but they are also syllables of place names (`nút giao Vĩnh Tuy`, `cầu Việt Trì
 * - Ba Vì`). After the first syllable of a name, a capitalised conjunction not opening its usual
 * connective (`Tuy nhiên`, `Vì vậy`, `Do đó`) is the name's second syllable.
 */
const CONJUNCTION_SYLLABLES = new Set(['tuy', 'vì', 'do', 'nếu', 'còn', 'cùng']);
const CONNECTIVE_PARTNERS = new Set(['nhiên', 'vậy', 'thế', 'đó', 'sao', 'như', 'là', 'với']);

function conjunctionSyllable(tokens: readonly Token[], t: number, partsSoFar: number): boolean {
  const tok = tokens[t] as Token;
  if (partsSoFar !== 1 || !CONJUNCTION_SYLLABLES.has(tok.lower)) return false;
  if (tokens[t - 1]?.kind !== 'word') return false;
  const next = tokens[t + 1];
  return !next || next.kind !== 'word' || !CONNECTIVE_PARTNERS.has(next.lower);
}
