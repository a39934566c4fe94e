import type { Token } from './tokenize';
import { UNITS, type Unit } from './units';
import { tokensText } from './match-rate';

/** Adjectives that belong to a count noun's written unit (`200 new jobs`). */
const COUNT_ADJECTIVES = new Set(
  'new additional extra direct permanent more short long full part domestic foreign local'.split(
    ' ',
  ),
);
/** Endings of adjectives and participles (`outgoing`, `cancelled`, `regional`). */
const ADJECTIVE_ENDING = /(ing|ed|al|ive|ous|ic|ern|ary)$/u;
/** Adjectives of period before a unit, which make it a rate (`750,000 daily barrels`). */
const PERIOD_MODIFIERS = new Map([
  ['daily', 'day'],
  ['weekly', 'week'],
  ['monthly', 'month'],
  ['annual', 'year'],
  ['yearly', 'year'],
]);
const MAX_COUNT_ADJECTIVES = 3;

/**
 * A unit with adjectives before it, read as the guide writes it: a period adjective makes a
 * rate (`750,000 daily barrels`); up to three adjectives (or hyphenated compounds, joined by
 * `and`) stay in a count noun's unit (`200 new jobs`, `77 short and medium-distance flights`).
 * Only words that look like adjectives qualify, so `5,000 people lost jobs` is no count of jobs.
 */
export function modifiedUnit(
  tokens: readonly Token[],
  k: number,
): { unit: Unit; to: number } | undefined {
  const mod = tokens[k];
  if (mod?.kind !== 'word' || mod.text !== mod.lower || !mod.spaced) return undefined;
  const period = PERIOD_MODIFIERS.get(mod.lower);
  if (period !== undefined) {
    const un = UNITS.matchAt(tokens, k + 1);
    return un ? { unit: { ...un.entry.data, per: period }, to: un.to } : undefined;
  }
  let t = k;
  for (let words = 0; words < MAX_COUNT_ADJECTIVES; words++) {
    const end = adjectiveAt(tokens, t);
    if (end === undefined) return undefined;
    t = end;
    const un = UNITS.matchAt(tokens, t);
    if (un?.entry.data.countNoun)
      return {
        unit: { ...un.entry.data, unit: tokensText(tokens, k, un.to).toLowerCase() },
        to: un.to,
      };
    if (tokens[t]?.lower === 'and' && tokens[t]?.spaced) t++;
  }
  return undefined;
}

/** End of an adjective at `t` (`outgoing`, `medium-distance`), or undefined. */
function adjectiveAt(tokens: readonly Token[], t: number): number | undefined {
  const word = tokens[t];
  if (word?.kind !== 'word' || word.text !== word.lower || !word.spaced) return undefined;
  const dash = tokens[t + 1];
  const right = tokens[t + 2];
  if (dash?.text === '-' && !dash.spaced && right?.kind === 'word' && !right.spaced) return t + 3;
  if (COUNT_ADJECTIVES.has(word.lower) || ADJECTIVE_ENDING.test(word.lower)) return t + 1;
  return undefined;
}
