import { describe, expect, it } from 'vitest';
import { findFigures } from '../../../src/annotate/find-figures';
import type { Figure } from '../../../src/model/figure';

/** The spans found, in order — the shape most cases are checked on. */
const spans = (text: string, lang: string): string[] => findFigures(text, lang).map((f) => f.text);
const one = (text: string, lang: string): Figure => {
  const all = findFigures(text, lang);
  expect(all).toHaveLength(1);
  return all[0] as Figure;
};

describe('findFigures: money', () => {
  it('reads Vietnamese decimals, thousands and scale words exactly', () => {
    expect(one('Doanh thu đạt 318,4 tỷ đồng trong quý.', 'vi')).toMatchObject({
      text: '318,4 tỷ đồng',
      kind: 'money',
      value: 318400000000,
      currency: 'VND',
    });
    expect(one('Gói vay 7.500 tỷ đồng đã giải ngân.', 'vi').value).toBe(7500000000000);
    expect(one('Kim ngạch đạt 2.347,6 triệu USD.', 'vi').value).toBe(2347600000);
    expect(one('Giá trị chỉ 0,375 triệu USD.', 'vi').value).toBe(375000);
    expect(one('Vốn hóa 120 nghìn tỷ đồng.', 'vi').value).toBe(120e12);
  });

  it('reads English numbers, symbols and abbreviated scales', () => {
    expect(one('The firm raised $3.4bn last year.', 'en')).toMatchObject({
      text: '$3.4bn',
      value: 3.4e9,
      currency: 'USD',
    });
    expect(one('It paid US$750 million for the stake.', 'en')).toMatchObject({
      text: 'US$750 million',
      value: 7.5e8,
    });
    expect(one('A deal worth €2bn.', 'en')).toMatchObject({ currency: 'EUR', value: 2e9 });
    expect(one('Sales of £1,250,000 were booked.', 'en')).toMatchObject({
      currency: 'GBP',
      value: 1250000,
    });
    expect(one('They spent $12m on it.', 'en').value).toBe(12e6);
    expect(one('a $40-million upgrade', 'en')).toMatchObject({ text: '$40-million', value: 4e7 });
  });

  it('does not read "a $" as Australian dollars', () => {
    expect(one('He paid a $15 fee.', 'en')).toMatchObject({ text: '$15', currency: 'USD' });
  });

  it('keeps rates in the span and records per', () => {
    expect(one('Giá thuê 350.000 đồng/m2 mỗi tháng.', 'vi')).toMatchObject({
      text: '350.000 đồng/m2',
      per: 'm2',
    });
    expect(one('Giá xăng 21.500 đồng/lít.', 'vi')).toMatchObject({ per: 'lít' });
    expect(one('Tỷ giá 24.150 đồng/USD.', 'vi')).toMatchObject({
      per: 'USD',
      currency: 'VND',
      value: 24150,
    });
    expect(one('Lương 8 triệu đồng/tháng.', 'vi')).toMatchObject({
      text: '8 triệu đồng/tháng',
      per: 'tháng',
    });
    expect(one('Brent traded at $81 a barrel.', 'en')).toMatchObject({
      text: '$81 a barrel',
      per: 'barrel',
    });
    expect(one('Rent is $1,900 a month now.', 'en')).toMatchObject({ per: 'month' });
  });

  it('does not take "a year ago" as a rate', () => {
    expect(one('Revenue was $4 billion a year ago.', 'en').text).toBe('$4 billion');
  });

  it('does not read đồng as a currency in đồng thời', () => {
    expect(spans('Tăng 5 đồng thời giảm chi phí.', 'vi')).toEqual([]);
  });
});

describe('findFigures: percent and quantity', () => {
  it('reads percent signs and words', () => {
    expect(one('Lạm phát 3,25% trong năm.', 'vi')).toMatchObject({ kind: 'percent', value: 3.25 });
    expect(one('Lãi suất giảm 0,75 điểm phần trăm.', 'vi')).toMatchObject({
      text: '0,75 điểm phần trăm',
      value: 0.75,
    });
    expect(one('Output grew 2.4 per cent.', 'en')).toMatchObject({
      text: '2.4 per cent',
      value: 2.4,
    });
    expect(one('Margins widened by 2 percentage points.', 'en').text).toBe('2 percentage points');
    expect(one('The bank cut 50 basis points.', 'en').value).toBe(0.5);
  });

  it('normalises units and keeps count nouns as written', () => {
    expect(one('Xuất khẩu 2.450 tấn cà phê.', 'vi')).toMatchObject({
      kind: 'quantity',
      value: 2450,
      unit: 't',
    });
    expect(one('Sản lượng 3,5 triệu tấn lúa.', 'vi')).toMatchObject({ value: 3500000, unit: 't' });
    expect(one('Nhà máy công suất 1.200 MW.', 'vi')).toMatchObject({ unit: 'MW', value: 1200 });
    expect(one('Diện tích 85 ha đất.', 'vi')).toMatchObject({ unit: 'ha' });
    expect(one('Bán được 27.000 vé.', 'vi')).toMatchObject({ unit: 'vé', value: 27000 });
    expect(one('Tăng thêm 18 chuyến bay mỗi ngày.', 'vi')).toMatchObject({
      text: '18 chuyến bay mỗi ngày',
      unit: 'chuyến',
      per: 'ngày',
    });
    expect(one('Output reached 12 million tonnes.', 'en')).toMatchObject({
      value: 12e6,
      unit: 't',
    });
    expect(one('They pump 30,000 barrels a day.', 'en')).toMatchObject({
      text: '30,000 barrels a day',
      per: 'day',
    });
    expect(one('The economy added 64,000 jobs.', 'en')).toMatchObject({ unit: 'jobs' });
    expect(one('a 300-megawatt plant', 'en')).toMatchObject({ text: '300-megawatt', unit: 'MW' });
  });

  it('binds a slash rate across a short modifier of a count noun', () => {
    expect(one('khoảng 9.000 ghế cung ứng/ngày', 'vi')).toMatchObject({ unit: 'ghế', per: 'ngày' });
  });
});

describe('findFigures: ranges and parallel figures', () => {
  it('gives the first bound the shared scale, currency and rate', () => {
    const [a, b] = findFigures('Giá 71,2-72,4 triệu đồng/lượng.', 'vi');
    expect(a).toMatchObject({ text: '71,2', value: 71200000, currency: 'VND', per: 'lượng' });
    expect(b).toMatchObject({ text: '72,4 triệu đồng/lượng', value: 72400000 });
  });

  it('handles word separators and English parallel figures', () => {
    expect(spans('tăng từ 38 lên 40 chuyến/giờ', 'vi')).toEqual(['38', '40 chuyến/giờ']);
    expect(spans('between 3 and 5 percent', 'en')).toEqual(['3', '5 percent']);
    const [mw] = findFigures('peaks of 31,200 and 33,450 megawatts', 'en');
    expect(mw).toMatchObject({ text: '31,200', unit: 'MW', value: 31200 });
    expect(spans('$10 to $20 million', 'en')).toEqual(['$10', '$20 million']);
  });

  it('keeps an own scale on the first bound', () => {
    const [a] = findFigures('từ 1,5 triệu đến 2 tỷ đồng', 'vi');
    expect(a).toMatchObject({ text: '1,5 triệu', value: 1500000, currency: 'VND' });
  });

  it('does not turn dates and years into range bounds', () => {
    expect(spans('vào tháng 11/2021 và 60% còn lại', 'vi')).toEqual(['60%']);
    expect(spans('in 2021 and 5% in 2022', 'en')).toEqual(['5%']);
    expect(spans('năm 2019 - 2020 tăng 7%', 'vi')).toEqual(['7%']);
  });
});

describe('findFigures: direction', () => {
  it('marks rises and falls introduced by a direction word', () => {
    expect(one('Doanh thu giảm 12,5% so với cùng kỳ.', 'vi').change).toBe('down');
    expect(one('Giá tăng thêm khoảng 300.000 đồng.', 'vi').change).toBe('up');
    expect(one('Shares fell 2.1% on Monday.', 'en').change).toBe('down');
    expect(one('Exports grew by 4% last year.', 'en').change).toBe('up');
    expect(one('which offset a 1.5% drop in mining', 'en').change).toBe('down');
  });

  it('does not carry a direction across a comma or another figure', () => {
    const [money, pct] = findFigures('Doanh thu đạt 40 tỷ đồng, giảm 8%.', 'vi');
    expect(money?.change).toBeUndefined();
    expect(pct?.change).toBe('down');
  });

  it('keeps direction and approximation words out of the span', () => {
    expect(one('giảm khoảng 15%', 'vi').text).toBe('15%');
    expect(one('more than $2 billion', 'en').text).toBe('$2 billion');
  });

  it('reads the "0.05 higher percent" shape as a percent', () => {
    expect(one('The index ended 0.05 higher percent at noon.', 'en')).toMatchObject({
      text: '0.05',
      kind: 'percent',
      change: 'up',
    });
  });
});
