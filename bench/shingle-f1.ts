/**
 * 4-gram shingle precision/recall as in the article-extraction-benchmark's evaluate.py:
 * tokens are runs of word characters, shingles are counted as multisets, and TP/FP/FN are
 * normalised per page so long pages don't dominate. Pure, so it is unit-tested.
 */

/** Normalised true-positive / false-positive / false-negative shares of one page. */
export interface ShingleCounts {
  tp: number;
  fp: number;
  fn: number;
}

/** Python's `\w+` with re.UNICODE: letters, digits (all numeric classes) and underscore. */
const TOKEN = /[\p{L}\p{N}_]+/gu;

export function tokenize(text: string): string[] {
  return text.normalize('NFC').match(TOKEN) ?? [];
}

function shingles(text: string, n: number): Map<string, number> {
  const tokens = tokenize(text);
  const counts = new Map<string, number>();
  // Like upstream: a text shorter than n still yields one (short) shingle.
  const last = Math.max(1, tokens.length - n + 1);
  for (let i = 0; i < last; i++) {
    const slice = tokens.slice(i, i + n);
    if (slice.length === 0) continue;
    const key = slice.join('\u0001');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

export function shingleCounts(truth: string, predicted: string, n = 4): ShingleCounts {
  const t = shingles(truth, n);
  const p = shingles(predicted, n);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const keys = new Set([...t.keys(), ...p.keys()]);
  for (const key of keys) {
    const tc = t.get(key) ?? 0;
    const pc = p.get(key) ?? 0;
    tp += Math.min(tc, pc);
    fp += Math.max(0, pc - tc);
    fn += Math.max(0, tc - pc);
  }
  const sum = tp + fp + fn;
  return sum > 0 ? { tp: tp / sum, fp: fp / sum, fn: fn / sum } : { tp, fp, fn };
}

function precisionOf({ tp, fp, fn }: ShingleCounts): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fp === 0) return 0;
  return tp / (tp + fp);
}

function recallOf({ tp, fp, fn }: ShingleCounts): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fn === 0) return 0;
  return tp / (tp + fn);
}

/** Precision, recall and F1 averaged over pages (F1 of the averages, as upstream). */
export interface PrfScore {
  precision: number;
  recall: number;
  f1: number;
}

export function averageScore(pages: readonly ShingleCounts[]): PrfScore {
  const ps = pages.filter((c) => c.tp + c.fp > 0).map(precisionOf);
  const rs = pages.filter((c) => c.tp + c.fn > 0).map(recallOf);
  const mean = (xs: number[]): number =>
    xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length;
  const precision = mean(ps);
  const recall = mean(rs);
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

/** Per-page F1 (for finding the worst pages while iterating). */
export function pageF1(c: ShingleCounts): number {
  const p = precisionOf(c);
  const r = recallOf(c);
  return p + r > 0 ? (2 * p * r) / (p + r) : 0;
}
