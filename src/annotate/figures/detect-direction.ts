import type { Token } from './tokenize';
import { BRIDGE_WORDS, DIRECTION_AFTER, DIRECTION_BEFORE, type Direction } from './direction-words';

/** How far back a direction word may stand, bridge words included (`giảm thêm khoảng 5%`). */
const LOOKBACK = 5;

/**
 * The change a figure reports: a rise/fall word shortly before it, reached only through
 * bridge words (`tăng thêm`, `grew by`, `giảm tới`, `fell to`), or a rise/fall noun right
 * after it (`a 3.2% drop`). Any other word, number or punctuation breaks the link, so
 * `đạt 202,6 tỷ đồng, giảm 41,6%` gives only the percentage a direction.
 */
export function detectDirection(
  tokens: readonly Token[],
  from: number,
  to: number,
): Direction | undefined {
  for (let t = from - 1; t >= 0 && t >= from - LOOKBACK; t--) {
    const tok = tokens[t] as Token;
    if (tok.kind !== 'word') break;
    const dir = DIRECTION_BEFORE.matchAt(tokens, t);
    if (dir && dir.to === t + 1) return dir.entry.data;
    if (!BRIDGE_WORDS.has(tok.lower)) break;
  }
  const after = DIRECTION_AFTER.matchAt(tokens, to);
  return after ? after.entry.data : undefined;
}
