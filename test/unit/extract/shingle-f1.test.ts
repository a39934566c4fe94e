// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { averageScore, pageF1, shingleCounts, tokenize } from '../../../bench/shingle-f1';

describe('shingle F1 (Zyte article-extraction-benchmark metric)', () => {
  it('tokenises words of any script, as Python \\w+ does', () => {
    expect(tokenize('Giá vàng tăng 12,5% — gold_price!')).toEqual([
      'Giá',
      'vàng',
      'tăng',
      '12',
      '5',
      'gold_price',
    ]);
  });

  it('scores identical text 1 and disjoint text 0', () => {
    const text = 'one two three four five six';
    expect(pageF1(shingleCounts(text, text))).toBe(1);
    expect(pageF1(shingleCounts(text, 'seven eight nine ten eleven'))).toBe(0);
  });

  it('normalises counts per page and counts extra text as false positives', () => {
    const c = shingleCounts('a b c d e', 'a b c d e f');
    // truth shingles: abcd, bcde; predicted: abcd, bcde, cdef.
    expect(c.tp).toBeCloseTo(2 / 3);
    expect(c.fp).toBeCloseTo(1 / 3);
    expect(c.fn).toBe(0);
  });

  it('averages precision and recall over pages, then takes F1', () => {
    const s = averageScore([
      { tp: 1, fp: 0, fn: 0 },
      { tp: 0.5, fp: 0.5, fn: 0 },
    ]);
    expect(s.precision).toBeCloseTo(0.75);
    expect(s.recall).toBeCloseTo(1);
    expect(s.f1).toBeCloseTo((2 * 0.75) / 1.75);
  });

  it('treats empty truth and empty prediction as a perfect match, as upstream', () => {
    expect(pageF1(shingleCounts('', ''))).toBe(1);
  });
});
