import type { Token } from './tokenize';
import type { ParsedNumber } from './parse-number';

/** Denominators of wire-copy fractions (eighths of a dollar, quarters of a point). */
const DENOMINATORS = new Map([
  [2, 1],
  [4, 2],
  [8, 3],
  [16, 4],
  [32, 5],
  [64, 6],
]);

/**
 * `12-1/2 dlrs`, `7-3/4 pct`: wire copy writes a mixed number as a whole part, a glued hyphen
 * and a fraction. Read whole, the hyphen is not a range (`12` to `1/2`). Denominators are powers
 * of two, so the value is an exact decimal: `12-1/2` → mantissa 125, one decimal.
 * Returns the number and the token after it, or undefined.
 */
export function mixedFractionAt(
  tokens: readonly Token[],
  i: number,
): { number: ParsedNumber; to: number } | undefined {
  const [whole, dash, num, slash, den] = [1, 2, 3, 4, 5].map((n) => tokens[i + n - 1]);
  if (whole?.kind !== 'num' || !/^\d{1,6}$/u.test(whole.text)) return undefined;
  if (dash?.text !== '-' || dash.spaced || slash?.text !== '/' || slash.spaced) return undefined;
  if (num?.kind !== 'num' || num.spaced || den?.kind !== 'num' || den.spaced) return undefined;
  if (!/^\d{1,2}$/u.test(num.text) || !/^\d{1,2}$/u.test(den.text)) return undefined;
  const n = Number(num.text);
  const d = Number(den.text);
  const decimals = DENOMINATORS.get(d);
  if (decimals === undefined || n <= 0 || n >= d) return undefined;
  const mantissa = ((Number(whole.text) * d + n) * 10 ** decimals) / d;
  return { number: { mantissa, decimals }, to: i + 5 };
}
