import type { Token } from './tokenize';
import { UNITS } from './units';
import { SUFFIX_CURRENCIES } from './currencies';
import { NOT_RATE_AFTER, PER_INTRODUCERS, PER_NOUNS } from './rate-words';

/** A rate tail after a money or quantity figure. */
export interface RateMatch {
  per: string;
  /** One past the last token of the rate. */
  to: number;
}

/**
 * `/X` (any word, unit or currency: `đồng/vé`, `USD/ounce`, `đồng/USD`, chained
 * `đồng/người/tháng`) or `a|per|mỗi …` followed by a listed per-noun (`a barrel`, `mỗi năm`).
 * A unit may carry up to two lowercase modifiers before a slash rate (`6.000 ghế cung
 * ứng/ngày`, `3 triệu tấn thép/năm`): the slash makes the binding unambiguous.
 */
export function matchRate(
  tokens: readonly Token[],
  k: number,
  afterUnit: boolean,
): RateMatch | undefined {
  const slash = matchSlashRate(tokens, k);
  if (slash) return slash;
  if (afterUnit) {
    for (let skip = 1; skip <= 2; skip++) {
      const mod = tokens[k + skip - 1];
      if (!mod || mod.kind !== 'word' || mod.text !== mod.lower || !mod.spaced) break;
      const after = matchSlashRate(tokens, k + skip);
      if (after) return after;
    }
  }
  const intro = PER_INTRODUCERS.matchAt(tokens, k);
  if (intro && tokens[intro.from]?.spaced) {
    const noun = PER_NOUNS.matchAt(tokens, intro.to);
    if (noun) {
      const next = tokens[noun.to];
      if (next && NOT_RATE_AFTER.has(next.lower)) return undefined;
      return { per: noun.entry.data, to: noun.to };
    }
  }
  return undefined;
}

export function matchSlashRate(tokens: readonly Token[], k: number): RateMatch | undefined {
  const parts: string[] = [];
  let at = k;
  while (tokens[at]?.text === '/') {
    const next = matchPerUnit(tokens, at + 1);
    if (!next) break;
    parts.push(next.text);
    at = next.to;
  }
  return parts.length > 0 ? { per: parts.join('/'), to: at } : undefined;
}

/** What may follow a `/`: a unit or currency phrase, else a single word (not a number: `30/4`). */
function matchPerUnit(
  tokens: readonly Token[],
  k: number,
): { text: string; to: number } | undefined {
  const first = tokens[k];
  if (!first || first.kind !== 'word') return undefined;
  const phrase =
    UNITS.matchAt(tokens, k) ??
    SUFFIX_CURRENCIES.matchAt(tokens, k) ??
    PER_NOUNS.matchAt(tokens, k);
  const to = phrase && phrase.to > k + 1 ? phrase.to : k + 1;
  return { text: tokensText(tokens, k, to), to };
}

/** The text of tokens [from, to) with their original single spaces. */
export function tokensText(tokens: readonly Token[], from: number, to: number): string {
  let out = '';
  for (let t = from; t < to; t++) {
    const tok = tokens[t] as Token;
    out += (t > from && tok.spaced ? ' ' : '') + tok.text;
  }
  return out;
}
