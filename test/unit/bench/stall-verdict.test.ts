// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  median,
  oursIn,
  pageEnvelope,
  rowVerdict,
  type Stall,
} from '../../../bench/browser/stall-verdict';

const stalls = (...lengths: number[]): Stall[] => lengths.map((d, i) => [i * 1000, d]);

describe('which stalls are ours', () => {
  it('the page alone gives its longest stall at each rank over all its loads', () => {
    expect(pageEnvelope([stalls(558, 171, 89), stalls(574, 429, 135), stalls(1053)])).toEqual([
      1053, 429, 135,
    ]);
    expect(pageEnvelope([[], []])).toEqual([]);
  });

  it('a stall is the page’s own while it is no longer than the page’s stall of the same rank', () => {
    const envelope = [1053, 429, 135];
    // 799 is within the page's longest; 755 and 588 exceed its 2nd and 3rd; 118 has no match.
    expect(oursIn(stalls(118, 755, 799, 588), envelope).map(([, d]) => d)).toEqual([755, 588, 118]);
    // Short gaps are never a long task, whoever ran it.
    expect(oursIn(stalls(55, 60), [])).toEqual([]);
  });

  it('a row passes when the median load with the extension has no stall of ours', () => {
    const alone = [stalls(), stalls(120), stalls()];
    const pass = rowVerdict(alone, [stalls(100), stalls(), stalls(80, 70)]);
    expect(pass.pass).toBe(true);
    expect(pass.ours.map((o) => o.length)).toEqual([0, 0, 1]);
    expect(pass.with).toEqual({ longest: 80, count: 1 });
    expect(pass.alone).toEqual({ longest: 0, count: 0 });
    const fail = rowVerdict(alone, [stalls(130), stalls(90, 80), stalls()]);
    expect(fail.pass).toBe(false);
    expect(fail.oursLongest).toBe(80);
  });

  it('median of an even count is the mean of the middle two', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBe(0);
  });
});
