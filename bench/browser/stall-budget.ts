/**
 * The budget "no task of ours over 50 ms", judged from a load with the extension against the
 * same page without it: the heartbeat's stalls after parsing that the page has on its own
 * (layout of a huge DOM, its own scripts) are the page's; anything beyond them is ours.
 */
import type { LongTask, ProbeResult } from './page-probe';
import { STALL_MS } from './page-probe';

/** Entries that end after the parser finished: the content script runs from there on. */
export const afterParse = (r: ProbeResult, entries: LongTask[]): LongTask[] =>
  entries.filter((t) => t.start + t.duration > r.domInteractive);
export const longest = (tasks: LongTask[]): number =>
  tasks.reduce((m, t) => Math.max(m, t.duration), 0);

/** Stalls after parsing with and without the extension, and whether ours stay in budget. */
export interface StallVerdict {
  longestWith: number;
  longestWithout: number;
  countWith: number;
  countWithout: number;
  pass: boolean;
}

export function stallVerdict(withExt: ProbeResult, without: ProbeResult): StallVerdict {
  const ours = afterParse(withExt, withExt.stalls);
  const page = afterParse(without, without.stalls);
  const longestWith = longest(ours);
  const longestWithout = longest(page);
  return {
    longestWith,
    longestWithout,
    countWith: ours.length,
    countWithout: page.length,
    // No more stalls than the page has alone, none longer than its own or the budget.
    pass: ours.length <= page.length && longestWith <= Math.max(STALL_MS, longestWithout),
  };
}
