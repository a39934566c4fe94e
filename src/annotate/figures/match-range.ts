import type { Token } from './tokenize';
import type { FigureMatch } from './figure-match';

/** Separators between the bounds of a range or two parallel figures sharing one unit. */
const RANGE_SYMBOLS = new Set(['-', '–', '—', '~']);
const RANGE_WORDS = new Set([
  'đến',
  'tới',
  'lên',
  'xuống',
  'to',
  'and',
  'or',
  'và',
  'hoặc',
  'hay',
  'through',
]);

/** Words before a number that make it a date or period (`năm 2019 - 2020`, `in 2021 and`). */
const DATE_WORDS = new Set([
  'năm',
  'tháng',
  'ngày',
  'quý',
  'tuần',
  'giai',
  'đoạn',
  'niên',
  'khóa',
  'thứ',
  'số',
  'lần',
  'in',
  'since',
  'year',
  'years',
  'fy',
  'fiscal',
  'quarter',
  'q',
  'no',
  'number',
  'page',
  'section',
  'top',
  'aged',
  'ages',
  'age',
  'tuổi',
]);

/**
 * Index of the token that starts the second bound when token `to` (right after a bare
 * number) is a range separator, else undefined. The second bound may have its own prefix
 * currency (`$10 to $20 million`).
 */
export function rangeSecondStart(tokens: readonly Token[], to: number): number | undefined {
  const sep = tokens[to];
  if (!sep) return undefined;
  if (sep.kind === 'sym' && RANGE_SYMBOLS.has(sep.text)) return to + 1;
  if (sep.kind === 'word' && RANGE_WORDS.has(sep.lower)) return to + 1;
  return undefined;
}

/**
 * Whether a bare number may take the unit of the figure after it. Dates and periods are out
 * (`năm 2019 - 2020 triệu`… is not a range of money), and so are year-like pairs.
 */
export function mayShareUnit(
  tokens: readonly Token[],
  first: FigureMatch,
  second: FigureMatch,
): boolean {
  const before = tokens[first.from - 1];
  if (before && DATE_WORDS.has(before.lower)) return false;
  // `tháng 11/2021 và 60%`, `30/4 - 5%`: the end of a date.
  if (before && !tokens[first.from]?.spaced && (before.text === '/' || before.text === '.'))
    return false;
  const wordSep = tokens[first.to]?.kind === 'word';
  if (isYear(tokens[first.numberAt]) && (wordSep || isYear(tokens[second.numberAt]))) return false;
  // The first bound must not be glued to letters (`220kV-500 MW` is a rating, then a figure).
  const after = tokens[first.to];
  if (after && !after.spaced && after.kind === 'word') return false;
  return second.kind !== undefined;
}

function isYear(tok: Token | undefined): boolean {
  return tok !== undefined && /^(19|20)\d\d$/.test(tok.text);
}
