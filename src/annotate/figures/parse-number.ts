/** Which convention separates thousands and decimals. */
export type NumberLocale = 'vi' | 'en';

/** A parsed number as an exact decimal: value = mantissa × 10^-decimals. */
export interface ParsedNumber {
  mantissa: number;
  decimals: number;
}

/**
 * Parses a digit run with `.`/`,` separators (the tokenizer guarantees the shape
 * `\d+([.,]\d+)*`). Vietnamese writes `6.122,1`, English `6,122.1`:
 * - both separators present: the last one is the decimal mark, every earlier one must be the
 *   other mark with 3-digit groups — so the locale does not matter (`1.798,5`, `27,403.54`);
 * - one kind used several times: thousands groups (`1.500.000`, `1,465,000`);
 * - one separator once: the locale decides, but a group that is not 3 digits long can only be
 *   decimals (`1.5` on a Vietnamese page, `1,5` on an English one), and `0.500` is a decimal.
 * Anything else (`1.2.3,4,5`, `12.34.567`) is not a well-formed number: `null`.
 */
export function parseNumber(raw: string, locale: NumberLocale): ParsedNumber | null {
  const groups: string[] = [];
  const seps: string[] = [];
  let cur = '';
  for (const ch of raw) {
    if (ch === '.' || ch === ',') {
      groups.push(cur);
      seps.push(ch);
      cur = '';
    } else cur += ch;
  }
  groups.push(cur);
  const first = groups[0] ?? '';
  if (seps.length === 0) return whole(first, '');

  const last = seps[seps.length - 1] as string;
  const mixed = seps.some((s) => s !== last);
  if (mixed) {
    // The earlier marks must all be the thousands mark, then one decimal mark.
    const grouping = seps.slice(0, -1);
    if (grouping.some((s) => s === last)) return null;
    if (!validGroups(groups.slice(0, -1))) return null;
    return whole(groups.slice(0, -1).join(''), groups[groups.length - 1] ?? '');
  }
  if (seps.length > 1) return validGroups(groups) ? whole(groups.join(''), '') : null;

  const tail = groups[1] ?? '';
  const decimalMark = locale === 'vi' ? ',' : '.';
  const isDecimal = last === decimalMark || tail.length !== 3 || /^0+$/.test(first);
  return isDecimal ? whole(first, tail) : whole(first + tail, '');
}

/** Thousands groups: a 1–3 digit head, then groups of exactly three. */
function validGroups(groups: string[]): boolean {
  const [head, ...rest] = groups;
  if (head === undefined || head.length === 0 || head.length > 3) return false;
  return rest.every((g) => g.length === 3);
}

function whole(intPart: string, fraction: string): ParsedNumber {
  return { mantissa: Number(intPart + fraction), decimals: fraction.length };
}

/**
 * mantissa × 10^(exp − decimals) computed so that `202,6 tỷ` is exactly 202600000000:
 * multiplying an integer by an exact power of ten, or dividing by one, rounds once.
 */
export function scaleValue(n: ParsedNumber, exp: number): number {
  const e = exp - n.decimals;
  return e >= 0 ? n.mantissa * 10 ** e : n.mantissa / 10 ** -e;
}
