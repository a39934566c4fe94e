import { describe, expect, it } from 'vitest';
import {
  alignInOrder,
  prf,
  scoreFigures,
  scoreProjects,
  sumPrf,
  trimSpan,
  type GoldFigure,
} from '../../../bench/score-figures';
import type { Figure } from '../../../src/model/figure';
import type { Project } from '../../../src/model/project';

const fig = (
  text: string,
  kind: Figure['kind'],
  value: number,
  extra: Partial<Figure> = {},
): Figure => ({
  text,
  kind,
  value,
  start: 0,
  end: text.length,
  ...extra,
});
const proj = (text: string): Project => ({
  text,
  name: text,
  type: '',
  start: 0,
  end: text.length,
});

describe('score-figures', () => {
  it('trims spaces and punctuation at both ends only', () => {
    expect(trimSpan(' (41,6%). ')).toBe('41,6');
    expect(trimSpan('$57 a barrel.')).toBe('$57 a barrel');
  });

  it('aligns in document order, one to one', () => {
    expect(alignInOrder(['a', 'b', 'a'], ['a', 'a'], (p, g) => p === g)).toBe(2);
    expect(alignInOrder(['b', 'a'], ['a', 'b'], (p, g) => p === g)).toBe(1);
    expect(alignInOrder([], ['a'], (p, g) => p === g)).toBe(0);
  });

  it('computes P/R/F1 with empty sides scoring 1', () => {
    expect(prf(0, 0, 0).f1).toBe(1);
    expect(prf(0, 2, 0).precision).toBe(0);
    expect(prf(3, 4, 6)).toMatchObject({ precision: 0.75, recall: 0.5, f1: 0.6 });
    expect(sumPrf([prf(1, 1, 2), prf(1, 3, 1)])).toMatchObject({ tp: 2, predicted: 4, gold: 3 });
  });

  it('scores spans by kind and values with currency/unit', () => {
    const gold: GoldFigure[] = [
      { text: '202,6 tỷ đồng', kind: 'money', value: 202600000000, currency: 'VND' },
      { text: '41,6%', kind: 'percent', value: 41.6 },
      { text: '110 tấn', kind: 'quantity', value: 110, unit: 't' },
    ];
    const pred = [
      fig('202,6 tỷ đồng', 'money', 202600000000.00003, { currency: 'VND' }),
      fig('41,6%', 'percent', 41.6),
      fig('110 tấn', 'quantity', 110, { unit: 'tấn' }),
      fig('2020', 'quantity', 2020),
    ];
    const s = scoreFigures(pred, gold);
    expect(s.overall).toMatchObject({ tp: 3, predicted: 4, gold: 3 });
    expect(s.byKind.quantity).toMatchObject({ tp: 1, predicted: 2, gold: 1 });
    expect(s.valueAware.tp).toBe(2);
  });

  it('requires the kind to agree', () => {
    const s = scoreFigures([fig('5%', 'quantity', 5)], [{ text: '5%', kind: 'percent', value: 5 }]);
    expect(s.overall.tp).toBe(0);
  });

  it('matches a project when its span contains the gold name, one to one', () => {
    const gold = [
      { text: 'Nhà ga T3', name: 'T3' },
      { text: 'sân bay Tân Sơn Nhất', name: 'Tân Sơn Nhất' },
    ];
    expect(scoreProjects([proj('Nhà ga T3 Tân Sơn Nhất')], gold)).toMatchObject({
      tp: 1,
      predicted: 1,
      gold: 2,
    });
    expect(scoreProjects([proj('Nhà ga T3'), proj('sân bay Tân Sơn Nhất')], gold).f1).toBe(1);
  });
});
