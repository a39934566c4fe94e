import type { Token } from './tokenize';
import type { FigureMatch } from './figure-match';
import type { NumberLocale } from './parse-number';
import { matchFigureAt } from './match-figure';

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

const MAX_OWNER = 7;

/**
 * `More than 330 of Jasper Park Lodge's 397 guest rooms`: a grouped-or-plain bare number that is
 * a part `of` a count said right after takes that count's noun (decision 23). Only a count noun
 * qualifies, and only within a few words without a sentence end.
 */
export function partOfNext(
  tokens: readonly Token[],
  bare: FigureMatch,
  locale: NumberLocale,
): FigureMatch | undefined {
  if (bare.scaled || tokens[bare.to]?.lower !== 'of') return undefined;
  // `in 2019 of 400 employees`: a year is no part of the count.
  if (/^(19|20)\d\d$/u.test(tokens[bare.numberAt]?.text ?? '')) return undefined;
  for (let t = bare.to + 1; t < tokens.length && t <= bare.to + MAX_OWNER; t++) {
    const tok = tokens[t] as Token;
    if (tok.kind === 'num') {
      const whole = matchFigureAt(tokens, t, locale, t);
      if (!whole || whole.kind !== 'quantity' || whole.scaled || !countNounUnit(whole))
        return undefined;
      return adopt(bare, whole, 0);
    }
    if (tok.kind === 'sym' && tok.text !== "'" && tok.text !== '’') return undefined;
  }
  return undefined;
}

function countNounUnit(m: FigureMatch): boolean {
  // Count nouns keep their written form; measures are normalised symbols (`t`, `MW`).
  return m.unit !== undefined && /\s|^[a-z]{3,}$/u.test(m.unit);
}
