/**
 * Finding a quote in a text when its stored position no longer fits: exact occurrences first,
 * then approximate matches (Myers' bit-parallel algorithm from `approx-string-match`), scored the
 * way Hypothesis's client does (`src/annotator/anchoring/match-quote.ts`): by the quote, its
 * prefix, its suffix and the distance to the old position.
 *
 * Unlike Hypothesis we refuse weak matches: a highlight that comes back on the wrong words is
 * worse than an orphan the user can see and re-attach.
 */
import search from 'approx-string-match';
import { foldedString } from './fold-whitespace';

/** What else we know about the quote: the text around it and where it was. */
export interface QuoteContext {
  prefix?: string;
  suffix?: string;
  /** The old start offset. */
  hint?: number;
}

/** A located quote. */
export interface QuoteMatch {
  start: number;
  end: number;
  /** Normalised score in [0, 1]. */
  score: number;
  /** Edit distance between the quote and the matched text (0 for an exact match). */
  errors: number;
}

/**
 * Quotes at least this long are evidence enough on their own; shorter ones ("tăng trưởng",
 * "the deal") occur all over an article and must also have their context agree.
 */
export const SELF_EVIDENT_QUOTE_LENGTH = 24;
/**
 * Minimum context agreement (see `contextScore`) for a quote of `length` < SELF_EVIDENT_QUOTE_LENGTH:
 * 0.5 just below that length, rising to 0.7 for a single letter, because the shorter the quote the
 * more often it recurs with a similar context ("dự án thành phần" in the title and the lead).
 */
function minShortQuoteContext(length: number): number {
  return 0.5 + (0.2 * (SELF_EVIDENT_QUOTE_LENGTH - length)) / SELF_EVIDENT_QUOTE_LENGTH;
}
/** Minimum normalised score of an approximate match; tuned on the re-anchoring rate test. */
export const MIN_FUZZY_SCORE = 0.7;
/** Below this length an approximate match is noise (2 errors in 7 characters match anything). */
const MIN_FUZZY_QUOTE_LENGTH = 8;
/** Myers' algorithm is O(n·k/32): cap the error budget for very long quotes. */
const MAX_ERRORS_CAP = 256;

// Hypothesis's weights: the quote dominates, the context breaks ties, the position breaks the rest.
const QUOTE_WEIGHT = 50;
const PREFIX_WEIGHT = 20;
const SUFFIX_WEIGHT = 20;
const POSITION_WEIGHT = 2;

/** Similarity in [0, 1] of `actual` to `expected`: 1 - edit distance / length. */
function similarity(actual: string, expected: string): number {
  if (expected.length === 0) return 1;
  if (actual.length === 0) return 0;
  const best = search(actual, expected, expected.length)[0];
  return best ? 1 - best.errors / expected.length : 0;
}

function prefixScore(text: string, start: number, prefix: string): number {
  return similarity(text.slice(Math.max(0, start - prefix.length), start), prefix);
}

function suffixScore(text: string, end: number, suffix: string): number {
  return similarity(text.slice(end, end + suffix.length), suffix);
}

/** Levenshtein distance; only ever called on context windows of ~32 characters. */
function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur.push(
        Math.min(
          (prev[j] ?? 0) + 1,
          (cur[j - 1] ?? 0) + 1,
          (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
        ),
      );
    }
    prev = cur;
  }
  return prev[b.length] ?? 0;
}

/**
 * Similarity of the window next to a candidate with the stored context, aligned at the quote
 * (a global edit distance, not a search): another occurrence a few words away shares most of the
 * context shifted by those words, which a search would forgive and this does not. Whitespace runs
 * are folded on both sides first.
 */
function adjacentSimilarity(
  actualRegion: string,
  expected: string,
  side: 'before' | 'after',
): number {
  const want = foldedString(expected);
  if (want.length === 0) return 1;
  const region = foldedString(actualRegion);
  const got = side === 'before' ? region.slice(-want.length) : region.slice(0, want.length);
  return 1 - editDistance(got, want) / want.length;
}

/** Agreement of the text before and after [start, end) with the stored prefix and suffix (absent: none). */
function contextSides(text: string, start: number, end: number, ctx: QuoteContext): number[] {
  const sides: number[] = [];
  // Read a wider region than the context so that folding whitespace still leaves enough text.
  if (ctx.prefix)
    sides.push(
      adjacentSimilarity(
        text.slice(Math.max(0, start - 3 * ctx.prefix.length), start),
        ctx.prefix,
        'before',
      ),
    );
  if (ctx.suffix)
    sides.push(
      adjacentSimilarity(text.slice(end, end + 3 * ctx.suffix.length), ctx.suffix, 'after'),
    );
  return sides;
}

/**
 * How well the text around [start, end) agrees with the stored prefix and suffix, in [0, 1]:
 * the mean over the contexts we have (a quote at the very start of the article has no prefix).
 */
export function contextScore(text: string, start: number, end: number, ctx: QuoteContext): number {
  const sides = contextSides(text, start, end, ctx);
  return sides.length ? sides.reduce((a, b) => a + b, 0) / sides.length : 1;
}

/** One side agreeing this well identifies the place even when the other side was rewritten. */
const ONE_SIDE_AGREEMENT = 0.9;

/**
 * Whether a candidate for `quote` is trustworthy: long quotes are; short ones need their context
 * to agree on average, or on one side almost exactly (a paragraph inserted right above a
 * highlighted first word replaces its whole prefix).
 */
export function isPlausible(
  text: string,
  start: number,
  end: number,
  quote: string,
  ctx: QuoteContext,
): boolean {
  if (quote.length >= SELF_EVIDENT_QUOTE_LENGTH) return true;
  const sides = contextSides(text, start, end, ctx);
  if (!sides.length) return true;
  const mean = sides.reduce((a, b) => a + b, 0) / sides.length;
  return mean >= minShortQuoteContext(quote.length) || Math.max(...sides) >= ONE_SIDE_AGREEMENT;
}

function score(
  text: string,
  m: { start: number; end: number; errors: number },
  quote: string,
  ctx: QuoteContext,
): number {
  const quoteScore = 1 - m.errors / quote.length;
  const pre = ctx.prefix ? prefixScore(text, m.start, ctx.prefix) : 1;
  const suf = ctx.suffix ? suffixScore(text, m.end, ctx.suffix) : 1;
  const pos =
    ctx.hint === undefined || text.length === 0
      ? 1
      : 1 - Math.abs(m.start - ctx.hint) / text.length;
  const raw =
    QUOTE_WEIGHT * quoteScore + PREFIX_WEIGHT * pre + SUFFIX_WEIGHT * suf + POSITION_WEIGHT * pos;
  return raw / (QUOTE_WEIGHT + PREFIX_WEIGHT + SUFFIX_WEIGHT + POSITION_WEIGHT);
}

function best(candidates: QuoteMatch[], hint: number | undefined): QuoteMatch | null {
  let top: QuoteMatch | null = null;
  for (const c of candidates) {
    if (!top || c.score > top.score) top = c;
    else if (
      c.score === top.score &&
      hint !== undefined &&
      Math.abs(c.start - hint) < Math.abs(top.start - hint)
    )
      top = c;
  }
  return top;
}

/** The best exact occurrence of `quote` in `text`, disambiguated by context and position. */
export function matchExactQuote(text: string, quote: string, ctx: QuoteContext): QuoteMatch | null {
  if (quote.length === 0) return null;
  const candidates: QuoteMatch[] = [];
  for (let i = text.indexOf(quote); i >= 0; i = text.indexOf(quote, i + 1)) {
    const m = { start: i, end: i + quote.length, errors: 0 };
    candidates.push({ ...m, score: score(text, m, quote, ctx) });
  }
  const top = best(candidates, ctx.hint);
  return top && isPlausible(text, top.start, top.end, quote, ctx) ? top : null;
}

/** The best approximate match of `quote` (≤ length/4 errors) scoring at least `MIN_FUZZY_SCORE`. */
export function matchFuzzyQuote(text: string, quote: string, ctx: QuoteContext): QuoteMatch | null {
  if (quote.length < MIN_FUZZY_QUOTE_LENGTH) return null;
  const maxErrors = Math.min(MAX_ERRORS_CAP, Math.floor(quote.length / 4));
  const candidates = search(text, quote, maxErrors).map((m) => ({
    ...m,
    score: score(text, m, quote, ctx),
  }));
  const top = best(candidates, ctx.hint);
  if (!top || top.score < MIN_FUZZY_SCORE) return null;
  return isPlausible(text, top.start, top.end, quote, ctx) ? top : null;
}

/** Exact match if there is a plausible one, else an approximate one, else null. */
export function matchQuote(text: string, quote: string, ctx: QuoteContext = {}): QuoteMatch | null {
  return matchExactQuote(text, quote, ctx) ?? matchFuzzyQuote(text, quote, ctx);
}
