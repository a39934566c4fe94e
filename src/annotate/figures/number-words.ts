import { PhraseTable } from './phrase-table';
import type { ParsedNumber } from './parse-number';

const n = (mantissa: number, decimals = 0): ParsedNumber => ({ mantissa, decimals });

/**
 * Numbers written as words. The guide counts them (`half a trillion dollars`), but only
 * before a scale word: `a million tonnes` measures, `a tonne` or `two plants` do not.
 */
export const NUMBER_WORDS = new PhraseTable<ParsedNumber>([
  ['half a', n(5, 1)],
  ['a quarter of a', n(25, 2)],
  ['a', n(1)],
  ['an', n(1)],
  ['one', n(1)],
  ['two', n(2)],
  ['three', n(3)],
  ['four', n(4)],
  ['five', n(5)],
  ['six', n(6)],
  ['seven', n(7)],
  ['eight', n(8)],
  ['nine', n(9)],
  ['ten', n(10)],
  ['nửa', n(5, 1)],
  ['một', n(1)],
  ['hai', n(2)],
  ['ba', n(3)],
  ['bốn', n(4)],
  ['mười', n(10)],
]);
