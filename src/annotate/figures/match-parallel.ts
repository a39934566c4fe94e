import type { Token } from './tokenize';
import type { FigureMatch } from './figure-match';

/** Words that compare a bare number with a figure just said (`from 189,000`, `than the 46,797`). */
const COMPARE_CUES = new Set(['from', 'than', 'with']);
/** How far back (in tokens) the figure a bare number is parallel to may stand. */
const MAX_GAP = 25;

/**
 * A bare number parallel to the figure before it takes that figure's unit, as the guide does
 * for the first number of a pair (labelling decisions 17, 23, 37):
 * - with its own scale word, the same scale as an amount earlier in the sentence
 *   (`… 1,546 trillion rials … from the previous year's 1,070 trillion`);
 * - without one, a grouped number (`189,000`, not a year) right after a comparing word, with a
 *   count or measure shortly before (`to 200,000 cars … The rise, from 189,000 last year`).
 * Anything else stays bare: `little changed at 3,800` is a count without its noun.
 */
export function parallelToPrevious(
  tokens: readonly Token[],
  bare: FigureMatch,
  before: readonly FigureMatch[],
): FigureMatch | undefined {
  const after = tokens[bare.to];
  if (after && !after.spaced && after.kind === 'word') return undefined;
  if (bare.scaled) {
    // The amount compared may sit before a bracketed conversion (`rials ($175.6bn; £93.6bn)`).
    for (let b = before.length - 1; b >= 0; b--) {
      const prev = before[b] as FigureMatch;
      if (bare.from - prev.to > MAX_GAP || sentenceEndBetween(tokens, prev.to, bare.from)) break;
      if (prev.kind === 'percent' || !prev.scaled || prev.exp !== bare.exp) continue;
      return adopt(bare, prev, bare.exp);
    }
    return undefined;
  }
  const prev = before[before.length - 1];
  if (!prev || prev.kind === undefined || bare.from - prev.to > MAX_GAP) return undefined;
  if (prev.kind !== 'quantity' || prev.scaled) return undefined;
  const numTok = tokens[bare.numberAt];
  if (!numTok || !/^\d{1,3}(,\d{3})+$/.test(numTok.text)) return undefined;
  let cue = bare.from - 1;
  if (tokens[cue]?.lower === 'the') cue--;
  if (!COMPARE_CUES.has(tokens[cue]?.lower ?? '')) return undefined;
  return adopt(bare, prev, bare.exp);
}

function adopt(bare: FigureMatch, prev: FigureMatch, exp: number): FigureMatch {
  const out: FigureMatch = {
    ...prev,
    from: bare.from,
    to: bare.to,
    numberAt: bare.numberAt,
    number: bare.number,
    exp,
    scaled: bare.scaled,
  };
  delete out.innerDirection;
  return out;
}

function sentenceEndBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let t = from; t < to; t++) {
    const tok = tokens[t] as Token;
    if ((tok.text === '.' || tok.text === '!' || tok.text === '?') && tokens[t + 1]?.spaced)
      return true;
  }
  return false;
}
