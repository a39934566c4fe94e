/** A stretch of one paragraph: a sentence, or a clause of one. Offsets index the paragraph. */
export interface Span {
  start: number;
  end: number;
}

/**
 * Sentence ends: `.`, `!`, `?`, `…` then a space and a capital, digit or quote. A short
 * abbreviation before the stop (`TP.`, `U.S.`, `Mr.`, `No.`) does not end a sentence, and a
 * number's inner `.` never does (no space follows it).
 */
export function splitSentences(paragraph: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  const re = /[.!?…]+["”’)]?\s+(?=[\p{Lu}\p{N}"“‘(])/gu;
  for (let m = re.exec(paragraph); m; m = re.exec(paragraph)) {
    const before = paragraph.slice(start, m.index + 1);
    if (
      /(?:^|[\s(])(?:(?:\p{Lu}\.)+\p{Lu}?|TP|No|St|Mr|Ms|Mrs|Dr|Inc|Co|Corp|Ltd|Jr|Sr|vs|Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\.$/u.test(
        before,
      )
    )
      continue;
    const end = m.index + m[0].trimEnd().length;
    out.push({ start, end });
    start = m.index + m[0].length;
  }
  if (start < paragraph.length) out.push({ start, end: paragraph.length });
  return out;
}

/** The clauses of a sentence: its stretches between semicolons. */
export function splitClauses(paragraph: string, sentence: Span): Span[] {
  const out: Span[] = [];
  let start = sentence.start;
  for (let i = sentence.start; i < sentence.end; i++) {
    if (paragraph[i] !== ';') continue;
    out.push({ start, end: i });
    start = i + 1;
  }
  out.push({ start, end: sentence.end });
  return out;
}
