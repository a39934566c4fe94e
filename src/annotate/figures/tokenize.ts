/**
 * A hand-written, single-pass tokenizer shared by both recognisers. It never backtracks, so
 * its cost is linear in the input whatever the input is (long digit runs, `1.2.3,4,5`, …).
 */

/** `num`: digits with inner `.`/`,` groups; `word`: letters (+ trailing digits, `m2`, `T3`); `sym`: one other char. */
export type TokenKind = 'num' | 'word' | 'sym';

/** One token of normalised text with its offsets. */
export interface Token {
  kind: TokenKind;
  text: string;
  /** Lower-cased text, for case-insensitive lexicon lookups. */
  lower: string;
  start: number;
  end: number;
  /** Whether whitespace separates this token from the previous one. */
  spaced: boolean;
}

const LETTER = /[\p{L}\p{M}]/u;
const DIGIT = /[0-9]/;

function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && LETTER.test(ch);
}
function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && DIGIT.test(ch);
}

/** Splits text into tokens; whitespace is dropped (recorded in `spaced`). */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  let spaced = false;
  const n = text.length;
  while (i < n) {
    const ch = text[i] as string;
    if (/\s/u.test(ch)) {
      spaced = true;
      i++;
      continue;
    }
    const start = i;
    let kind: TokenKind;
    if (isDigit(ch)) {
      kind = 'num';
      i++;
      // Digits, then groups "[.,]digits": a separator is only consumed when a digit follows,
      // so "5." at a sentence end leaves the full stop outside the number.
      for (;;) {
        while (isDigit(text[i])) i++;
        if ((text[i] === '.' || text[i] === ',') && isDigit(text[i + 1])) {
          i++;
          continue;
        }
        break;
      }
    } else if (isLetter(ch)) {
      kind = 'word';
      i++;
      // Letters may carry digits after them (`m2`, `km2`, `T3`, `CO2`, `A321`).
      while (isLetter(text[i]) || isDigit(text[i])) i++;
    } else {
      kind = 'sym';
      i += ch.length;
    }
    const tokText = text.slice(start, i);
    tokens.push({ kind, text: tokText, lower: tokText.toLowerCase(), start, end: i, spaced });
    spaced = false;
  }
  return tokens;
}
