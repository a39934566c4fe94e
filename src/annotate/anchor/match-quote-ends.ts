/**
 * Finding a quote whose middle changed, by its two sides: the last resort of anchoring, after
 * the exact and approximate searches of match-quote.ts.
 */
import { matchQuote, type QuoteContext, type QuoteMatch } from './match-quote';

/** Quotes at least this long may be found by their two ends when their middle changed. */
const ENDS_MIN_QUOTE_LENGTH = 8;
/** Most text that may have been inserted between the ends (an ad block, an "Update:" paragraph). */
const ENDS_MAX_INSERTED = 1500;

/** The best plausible match of `piece` inside text[from, to), in `text` offsets. */
function matchWithin(
  text: string,
  from: number,
  to: number,
  piece: string,
  ctx: QuoteContext,
): QuoteMatch | null {
  const lo = Math.max(0, from);
  const m = matchQuote(text.slice(lo, Math.max(lo, to)), piece, {
    ...ctx,
    hint: ctx.hint === undefined ? undefined : ctx.hint - lo,
  });
  return m ? { ...m, start: m.start + lo, end: m.end + lo } : null;
}

/**
 * A quote found as two pieces split at one of `splits` (offsets into `quote`; the split
 * character itself, a space, is dropped): an ad or an "Update:" paragraph injected between two
 * paragraphs of a highlight adds more errors than the fuzzy search allows, but both sides are
 * intact. The caller passes the paragraph breaks of the original quote, where insertions happen.
 * Each piece is judged by its outer context only (its inner context is where the insertion is);
 * the longer one is searched in the whole text, the other only in the window next to it.
 * Of the splits that work, the one needing the fewest edits wins.
 */
export function matchQuoteEnds(
  text: string,
  quote: string,
  ctx: QuoteContext,
  splits: readonly number[],
): QuoteMatch | null {
  if (quote.length < ENDS_MIN_QUOTE_LENGTH) return null;
  let top: QuoteMatch | null = null;
  for (const k of splits) {
    const headText = quote.slice(0, k);
    const tailText = quote.slice(k + 1);
    if (!headText.trim() || !tailText.trim()) continue;
    let head: QuoteMatch | null;
    let tail: QuoteMatch | null;
    if (headText.length >= tailText.length) {
      head = matchQuote(text, headText, { prefix: ctx.prefix, hint: ctx.hint });
      if (!head) continue;
      tail = matchWithin(text, head.end, head.end + ENDS_MAX_INSERTED + tailText.length, tailText, {
        suffix: ctx.suffix,
        hint: head.end,
      });
    } else {
      const tailHint = ctx.hint === undefined ? undefined : ctx.hint + headText.length + 1;
      tail = matchQuote(text, tailText, { suffix: ctx.suffix, hint: tailHint });
      if (!tail) continue;
      head = matchWithin(
        text,
        tail.start - ENDS_MAX_INSERTED - headText.length,
        tail.start,
        headText,
        { prefix: ctx.prefix, hint: tail.start },
      );
    }
    if (!head || !tail || tail.start < head.end) continue;
    const span = tail.end - head.start;
    if (span < quote.length / 2 || span > quote.length + ENDS_MAX_INSERTED) continue;
    const errors = head.errors + tail.errors;
    if (!top || errors < top.errors)
      top = { start: head.start, end: tail.end, score: Math.min(head.score, tail.score), errors };
  }
  return top;
}
