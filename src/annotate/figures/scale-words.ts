import { PhraseTable } from './phrase-table';

/** A scale word multiplies the number before it by 10^exp. */
export interface Scale {
  exp: number;
  /**
   * Single letters (`m`, `b`, `k`) and `M`/`B` are scales only in a money context (`$5m`,
   * `€4bn`): elsewhere `5 m` is five metres and `5M` is a product name.
   */
  moneyOnly: boolean;
}

const s = (exp: number, moneyOnly = false): Scale => ({ exp, moneyOnly });

/** Vietnamese and English scale words; consecutive ones multiply (`nghìn tỷ` = 1e12). */
export const SCALE_WORDS = new PhraseTable<Scale>([
  ['trăm', s(2)],
  ['nghìn', s(3)],
  ['ngàn', s(3)],
  ['triệu', s(6)],
  ['tỷ', s(9)],
  ['tỉ', s(9)],
  ['hundred', s(2)],
  ['thousand', s(3)],
  ['million', s(6)],
  ['millions', s(6)],
  ['mn', s(6)],
  ['mln', s(6)],
  ['billion', s(9)],
  ['billions', s(9)],
  ['bn', s(9)],
  ['bln', s(9)],
  ['trillion', s(12)],
  ['tn', s(12)],
  ['lakh', s(5)],
  ['crore', s(7)],
  ['m', s(6, true)],
  ['b', s(9, true)],
  ['k', s(3, true)],
]);
