/**
 * The one text form both recognisers search: Unicode NFC (so a decomposed `ệ` matches the
 * lexicons, which are written precomposed) with every whitespace run collapsed to one space
 * and the ends trimmed — the same form the labelling guide measures spans in.
 *
 * `findFigures`/`findProjects` apply it themselves; offsets they return index into
 * `normalizeText(input)`. Callers that need offsets into their own string should normalise
 * first and pass the result: the function is idempotent, so offsets then index that string.
 */
export function normalizeText(text: string): string {
  // \s in JS covers NBSP, ideographic space and the other Unicode spaces seen in scraped pages.
  return text.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

/** True when `text` is already in the form `normalizeText` produces (cheap idempotence check). */
export function isNormalized(text: string): boolean {
  return normalizeText(text) === text;
}
