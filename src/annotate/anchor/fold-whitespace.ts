/**
 * Whitespace-insensitive view of a text. Browsers render any run of whitespace as one space, so a
 * CMS that re-indents its templates or re-wraps lines changes `textContent` without changing what
 * the reader sees. Quote matching runs on the folded text, where every run is a single space.
 */

/** A folded text and the way back to offsets in the original. */
export interface FoldedText {
  text: string;
  /** Original offset of a folded start offset (a folded space maps to the start of its run). */
  toOriginalStart(offset: number): number;
  /** Original offset of a folded end offset (a folded space maps to the end of its run). */
  toOriginalEnd(offset: number): number;
  /** Folded offset of an original offset (inside a run: the run's folded space). */
  fromOriginal(offset: number): number;
}

const RUN = /\s+/g;

/** Folds every whitespace run of `text` into one space. */
export function foldWhitespace(text: string): FoldedText {
  // starts[i] / ends[i]: the original span of folded character i.
  const starts: number[] = [];
  const ends: number[] = [];
  const parts: string[] = [];
  let last = 0;
  const copy = (from: number, to: number): void => {
    for (let i = from; i < to; i++) {
      starts.push(i);
      ends.push(i + 1);
    }
    parts.push(text.slice(from, to));
  };
  for (const m of text.matchAll(RUN)) {
    copy(last, m.index);
    starts.push(m.index);
    ends.push(m.index + m[0].length);
    parts.push(' ');
    last = m.index + m[0].length;
  }
  copy(last, text.length);
  const folded = parts.join('');
  return {
    text: folded,
    toOriginalStart: (o) => (o >= starts.length ? text.length : (starts[Math.max(0, o)] ?? 0)),
    toOriginalEnd: (o) => (o <= 0 ? 0 : (ends[Math.min(o, ends.length) - 1] ?? text.length)),
    fromOriginal: (o) => {
      // Last folded character starting at or before `o`.
      let lo = 0;
      let hi = starts.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((starts[mid] ?? 0) <= o) lo = mid + 1;
        else hi = mid;
      }
      return lo === 0 ? 0 : o >= (ends[lo - 1] ?? 0) ? lo : lo - 1;
    },
  };
}

/** `text` with whitespace runs folded, for comparisons. */
export function foldedString(text: string): string {
  return text.replace(RUN, ' ');
}
