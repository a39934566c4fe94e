import { describe, expect, it } from 'vitest';
import { findFigures } from '../../../src/annotate/find-figures';
import { findFigureRecords } from '../../../src/annotate/find-figure-records';

function recordsOf(text: string, lang: string, published: string) {
  const figures = findFigures(text, lang);
  const records = findFigureRecords(text, figures, { lang, published });
  return new Map(figures.map((f, i) => [f.text, records[i]]));
}

describe('figure records in English', () => {
  it('reads a rate, its period and a point change from a named month', () => {
    const r = recordsOf(
      'The jobless rate was 7.3% in June, up 0.3 point from May.',
      'en',
      '2020-07-10',
    );
    expect(r.get('7.3%')).toMatchObject({
      subject: 'The jobless rate',
      period: '2020-06',
      comparison: { change: 0.3, unit: 'point', base: 'previous-period', basePeriod: '2020-05' },
    });
  });

  it('pairs `fell 3.2% to C$48.1 billion` and takes the holder from a possessive', () => {
    const r = recordsOf(
      "Canada's exports fell 3.2% to C$48.1 billion in the first quarter.",
      'en',
      '2020-07-10',
    );
    for (const text of ['3.2%', 'C$48.1 billion'])
      expect(r.get(text)).toMatchObject({
        subject: 'exports',
        entity: 'Canada',
        period: '2020-Q1',
        comparison: { change: -3.2, unit: '%', base: 'unstated', figure: 0 },
      });
  });

  it('resolves `last year` against the article date and reads `from a year earlier`', () => {
    const r = recordsOf(
      'Revenue was $3.4 billion last year, up 12% from a year earlier. The company expects sales of $4 billion this year.',
      'en',
      '2021-02-01',
    );
    expect(r.get('$3.4 billion')).toMatchObject({
      subject: 'Revenue',
      period: '2020',
      comparison: { change: 12, base: 'year-on-year' },
    });
    expect(r.get('$4 billion')).toMatchObject({
      subject: 'sales',
      status: 'estimate',
      period: '2021',
    });
  });
});

describe('figure records in Vietnamese', () => {
  const r = recordsOf(
    'Quý I/2024, kim ngạch xuất khẩu của cả nước ước đạt 93 tỷ USD, tăng 17% so với cùng kỳ năm trước. 6 tháng đầu năm, Hà Nội thu hút 1,2 tỷ USD vốn FDI. Năm nay, tỉnh đặt mục tiêu thu ngân sách 5.000 tỷ đồng.',
    'vi',
    '2024-04-05',
  );

  it('reads quý I/2024, cả nước as Việt Nam, an estimate and a year-on-year change', () => {
    expect(r.get('93 tỷ USD')).toMatchObject({
      subject: 'kim ngạch xuất khẩu',
      entity: 'Việt Nam',
      period: '2024-Q1',
      status: 'estimate',
      comparison: { change: 17, base: 'year-on-year', basePeriod: '2023' },
    });
  });

  it('takes a subject written after the figure and the place before it as the holder', () => {
    expect(r.get('1,2 tỷ USD')).toMatchObject({
      subject: 'vốn FDI',
      entity: 'Hà Nội',
      period: '2024-H1',
    });
  });

  it('reads a target for this year', () => {
    expect(r.get('5.000 tỷ đồng')).toMatchObject({
      subject: 'thu ngân sách',
      status: 'target',
      period: '2024',
    });
  });

  it('gives relative periods no value without an article date', () => {
    const [record] = findFigureRecords(
      'Năm nay, doanh thu đạt 5 tỷ đồng.',
      findFigures('Năm nay, doanh thu đạt 5 tỷ đồng.', 'vi'),
      { lang: 'vi' },
    );
    expect(record?.subject).toBe('doanh thu');
    expect(record?.period).toBeUndefined();
  });
});
