/**
 * Which of a page's heartbeat stalls are ours, from several loads of the page alone and with
 * the extension, taken alternately. One load each flipped from run to run: on a 2-core machine
 * under load the page alone stalls anywhere from 0 to ~300 ms, and the same page's own layout
 * of 100,000 elements takes 0.5-1 s in one task or in two.
 *
 * The rule: the page alone gives, rank by rank, the longest stall it has had (its k-th longest
 * stall in the load where that was longest). A load with the extension, its stalls sorted from
 * the longest, has its k-th stall counted as the page's own when it is no longer than that;
 * past the page's longest-ever count of stalls, or longer than its stall of the same rank,
 * a stall is ours. A row passes when the median load with the extension has none of ours.
 */
import { STALL_MS } from './page-probe';

/** [start, length] in ms, as the heartbeat reports them. */
export type Stall = [number, number];

/** The page alone's longest stall at each rank (longest first) over all its loads. */
export function pageEnvelope(alone: Stall[][]): number[] {
  const envelope: number[] = [];
  for (const stalls of alone) {
    const lengths = stalls.map(([, d]) => d).sort((a, b) => b - a);
    lengths.forEach((d, k) => (envelope[k] = Math.max(envelope[k] ?? 0, d)));
  }
  return envelope;
}

/** The stalls of one load with the extension that the page alone does not account for. */
export function oursIn(stalls: Stall[], envelope: number[]): Stall[] {
  const ranked = [...stalls].sort((a, b) => b[1] - a[1]);
  return ranked.filter(([, d], k) => d > STALL_MS && d > (envelope[k] ?? 0));
}

export const median = (values: number[]): number => {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
};

const longest = (stalls: Stall[]) => stalls.reduce((m, [, d]) => Math.max(m, d), 0);

/** One page's verdict from its loads alone and with the extension. */
export interface RowVerdict {
  /** Median over the loads of the longest stall and of the number of stalls. */
  alone: { longest: number; count: number };
  with: { longest: number; count: number };
  /** Per load with the extension: the stalls counted as ours. */
  ours: Stall[][];
  /** The longest stall of ours in the median load (0: none). */
  oursLongest: number;
  pass: boolean;
}

export function rowVerdict(alone: Stall[][], withExtension: Stall[][]): RowVerdict {
  const envelope = pageEnvelope(alone);
  const ours = withExtension.map((stalls) => oursIn(stalls, envelope));
  const summary = (loads: Stall[][]) => ({
    longest: median(loads.map(longest)),
    count: median(loads.map((s) => s.length)),
  });
  return {
    alone: summary(alone),
    with: summary(withExtension),
    ours,
    oursLongest: median(ours.map(longest)),
    pass: median(ours.map((s) => s.length)) === 0,
  };
}
