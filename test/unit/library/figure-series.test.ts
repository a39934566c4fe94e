import { describe, expect, it } from 'vitest';
import {
  buildSeries,
  periodStart,
  seriesPeriods,
  seriesToCsv,
  subjectKey,
  type SeriesInput,
} from '../../../src/ui/library/figure-series';

function input(over: Partial<SeriesInput>): SeriesInput {
  return {
    subject: 'kim ngạch xuất khẩu',
    period: '2020-04',
    unitGroup: 'money USD',
    unitLabel: 'USD',
    value: 1e6,
    text: '1 triệu USD',
    clippingId: 'a',
    clippingTitle: 'A',
    clippingUrl: 'https://example.com/a',
    ...over,
  };
}

describe('buildSeries', () => {
  it('joins one subject and unit across clippings, ordered by period, case and diacritics aside', () => {
    const series = buildSeries([
      input({ period: '2020-05', value: 2e6, clippingId: 'b', subject: 'Kim ngạch xuất khẩu' }),
      input({ period: '2020-04', value: 1e6, clippingId: 'a' }),
      input({ period: '2020-03', value: 3e6, clippingId: 'c', subject: 'kim ngach xuat khau' }),
    ]);
    expect(series).toHaveLength(1);
    expect(series[0]?.points.map((p) => [p.period, p.value, p.clippingId])).toEqual([
      ['2020-03', 3e6, 'c'],
      ['2020-04', 1e6, 'a'],
      ['2020-05', 2e6, 'b'],
    ]);
  });

  it('never mixes units or subjects, and a lone figure is no series', () => {
    const series = buildSeries([
      input({ clippingId: 'a' }),
      input({ clippingId: 'b', period: '2020-05', unitGroup: 'money VND', unitLabel: 'VND' }),
      input({ clippingId: 'c', period: '2020-06', subject: 'kim ngạch nhập khẩu' }),
    ]);
    expect(series).toEqual([]);
  });

  it('counts a figure a clipping repeats once, but keeps two sources for one period', () => {
    const series = buildSeries([
      input({ clippingId: 'a' }),
      input({ clippingId: 'a' }),
      input({ clippingId: 'b', value: 1.1e6 }),
    ]);
    expect(series[0]?.points).toHaveLength(2);
    expect(seriesPeriods(series[0]!)).toEqual(['2020-04']);
  });

  it('skips figures without a subject or a period', () => {
    expect(buildSeries([input({ subject: ' ' }), input({ period: '', clippingId: 'b' })])).toEqual(
      [],
    );
  });

  it('orders quarters and halves among months, a year before its first month', () => {
    const periods = ['2024-07', '2024-Q2', '2024', '2024-01', '2024-H2', '2023-12'];
    const series = buildSeries(
      periods.map((period, i) => input({ period, clippingId: `c${i}`, value: i })),
    );
    expect(seriesPeriods(series[0]!)).toEqual([
      '2023-12',
      '2024',
      '2024-01',
      '2024-Q2',
      '2024-07',
      '2024-H2',
    ]);
    expect(periodStart('2024-Q3')).toBe('2024-07');
    expect(periodStart('2024-H2')).toBe('2024-07');
  });

  it('puts the longest series first', () => {
    const series = buildSeries([
      input({ clippingId: 'a' }),
      input({ clippingId: 'b', period: '2020-05' }),
      input({ subject: 'exports', clippingId: 'a', period: '2020' }),
      input({ subject: 'exports', clippingId: 'b', period: '2021' }),
      input({ subject: 'exports', clippingId: 'c', period: '2022' }),
    ]);
    expect(series.map((s) => subjectKey(s.subject))).toEqual(['exports', 'kim ngach xuat khau']);
  });
});

describe('seriesToCsv', () => {
  it('writes one row a point with subject, period, value, unit and source', () => {
    const [series] = buildSeries([
      input({ clippingId: 'a', clippingTitle: 'Tháng 4' }),
      input({ clippingId: 'b', period: '2020-05', value: 2.5e6, clippingTitle: '=Tháng 5' }),
    ]);
    const lines = seriesToCsv(series!, ',').replace('\uFEFF', '').trim().split(/\r?\n/);
    expect(lines[0]).toBe('"subject","period","value","unit","text","clipping","url"');
    expect(lines[1]).toBe(
      '"kim ngạch xuất khẩu","2020-04",1000000,"USD","1 triệu USD","Tháng 4","https://example.com/a"',
    );
    // A title that starts like a formula is guarded, as in every CSV of ours.
    expect(lines[2]).toContain("'=Tháng 5");
    expect(lines[2]).toContain('2500000');
  });
});
