import type { Token } from '../figures/tokenize';
import { PERCENT_WORDS } from '../figures/percent-words';
import { SCALE_WORDS } from '../figures/scale-words';
import { UNITS } from '../figures/units';
import { VI_TYPES } from './type-nouns';
import { NAME_STOPS, isCapitalised } from './name-words';

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
  let lastWasNumber = false;
  for (;;) {
    const step = namePart(tokens, t, parts === 0 && !numericStart);
    if (step === undefined) {
      // `Pắc Ma - Mường Tè`: a dash between two runs continues the name.
      const dash = tokens[t];
      if (
        parts > 0 &&
        !dashed &&
        dash &&
        DASHES.has(dash.text) &&
        namePart(tokens, t + 1, true) !== undefined
      ) {
        dashed = true;
        t++;
        continue;
      }
      break;
    }
    lastWasNumber = tokens[t]?.kind === 'num';
    t = step;
    parts++;
    if (parts >= MAX_PARTS) break;
  }
  if (parts === 0) return undefined;
  return { from: k, to: t, dashed, endsWithNumber: lastWasNumber };
}

/**
 * One name part at `t`; returns the index after it. `mustBeWord`: the first part of a name
 * cannot be a bare number (`Thủy điện 2` is not a name, `Thủy điện A Mé 1` is).
 */
export function namePart(
  tokens: readonly Token[],
  t: number,
  mustBeWord: boolean,
): number | undefined {
  const tok = tokens[t];
  if (!tok) return undefined;
  if (tok.kind === 'word') {
    if (!isCapitalised(tok.text)) return undefined;
    if (NAME_STOPS.matchAt(tokens, t) || VI_TYPES.matchAt(tokens, t)) return undefined;
    return t + 1;
  }
  if (tok.kind === 'num' && !mustBeWord) {
    // Only short plain integers, and not the number of a figure (`Vĩnh Tân 4`, not `4 MW`).
    if (!/^\d{1,3}$/.test(tok.text)) return undefined;
    const next = tokens[t + 1];
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
