import { describe, expect, it } from 'vitest';
import { findFigures } from '../../../src/annotate/find-figures';

/** Figure classes the 7 development pages did not show (issue 20): own sentences. */
const figs = (text: string, lang: string) =>
  findFigures(text, lang).map((f) => ({
    text: f.text,
    kind: f.kind,
    value: f.value,
    ...(f.unit !== undefined ? { unit: f.unit } : {}),
    ...(f.currency !== undefined ? { currency: f.currency } : {}),
    ...(f.per !== undefined ? { per: f.per } : {}),
  }));

describe('findFigures en: counts with an economic noun', () => {
  it('counts staff and rooms', () => {
    expect(
      figs('The mill employs 1,250 employees and the resort has 420 hotel rooms.', 'en'),
    ).toEqual([
      { text: '1,250 employees', kind: 'quantity', value: 1250, unit: 'employees' },
      { text: '420 hotel rooms', kind: 'quantity', value: 420, unit: 'hotel rooms' },
    ]);
    expect(figs('about 8,000 workers', 'en')).toEqual([
      { text: '8,000 workers', kind: 'quantity', value: 8000, unit: 'workers' },
    ]);
    expect(
      figs('volume of 3.1 million shares and 212 guest rooms', 'en').map((f) => f.text),
    ).toEqual(['3.1 million shares', '212 guest rooms']);
    expect(figs('khoảng 2.300 ôtô mỗi ngày', 'vi').map((f) => f.text)).toEqual([
      '2.300 ôtô mỗi ngày',
    ]);
  });
});

describe('findFigures en: lists, cents, number words and points', () => {
  it('gives every bare number of a list the closing unit', () => {
    expect(figs('harvests of 12,000, 14,500 and 15,200 tonnes', 'en').map((f) => f.text)).toEqual([
      '12,000',
      '14,500',
      '15,200 tonnes',
    ]);
  });

  it('reads cents as hundredths of the currency', () => {
    expect(figs('petrol rose to 91.4 U.S. cents a litre', 'en')).toEqual([
      {
        text: '91.4 U.S. cents a litre',
        kind: 'money',
        value: 0.914,
        currency: 'USD',
        per: 'litre',
      },
    ]);
  });

  it('reads a number word before a scale', () => {
    expect(figs('a plan worth half a billion dollars', 'en')).toEqual([
      { text: 'half a billion dollars', kind: 'money', value: 5e8, currency: 'USD' },
    ]);
    expect(figs('two plants and a tonne of steel', 'en')).toEqual([]);
  });

  it('reads a fractional point glued on as a percentage-point move', () => {
    expect(figs('a 0.75-point cut in the policy rate', 'en')).toEqual([
      { text: '0.75-point', kind: 'percent', value: 0.75 },
    ]);
    expect(figs('a 10-point plan', 'en')).toEqual([]);
  });
});

describe('findFigures vi: capacities per year and workers', () => {
  it('keeps the per-year rate after a product word', () => {
    expect(figs('công suất 1,8 triệu tấn xi măng/năm', 'vi')).toEqual([
      { text: '1,8 triệu tấn xi măng/năm', kind: 'quantity', value: 1.8e6, unit: 't', per: 'năm' },
    ]);
  });

  it('counts workers', () => {
    expect(figs('tạo việc làm cho 4.200 lao động địa phương', 'vi')).toEqual([
      { text: '4.200 lao động', kind: 'quantity', value: 4200, unit: 'lao động' },
    ]);
    expect(figs('Bộ Lao động cùng 60 cá nhân', 'vi')).toEqual([]);
  });
});

describe('findFigures vi: amounts written the short way', () => {
  it('keeps a slash rate after a percent', () => {
    expect(figs('tăng trưởng bình quân 6,5%/năm', 'vi')).toEqual([
      { text: '6,5%/năm', kind: 'percent', value: 6.5, per: 'năm' },
    ]);
  });

  it('reads N tỷ ending a phrase as đồng left unsaid', () => {
    expect(figs('lãi khoảng 12 tỷ trong quý', 'vi')).toEqual([
      { text: '12 tỷ', kind: 'money', value: 12e9, currency: 'VND' },
    ]);
    expect(figs('dân số thế giới 8 tỷ người', 'vi')).toEqual([]);
  });

  it('reads đồng as the currency after a scale whatever follows', () => {
    expect(figs('vốn 350 tỷ đồng bằng nguồn tự có', 'vi').map((f) => f.text)).toEqual([
      '350 tỷ đồng',
    ]);
  });

  it('counts people as workers only after a worker noun', () => {
    expect(figs('số công nhân giảm còn 450 người', 'vi')).toEqual([
      { text: '450 người', kind: 'quantity', value: 450, unit: 'người' },
    ]);
    expect(figs('hội nghị có 450 người dự', 'vi')).toEqual([]);
  });

  it('keeps a per-vehicle toll rate', () => {
    expect(figs('mức phí 25.000 đồng mỗi lượt xe', 'vi').map((f) => f.text)).toEqual([
      '25.000 đồng mỗi lượt xe',
    ]);
  });
});

describe('findFigures: more shapes from development passages', () => {
  it('drops flows per second and counts shares', () => {
    expect(figs('lưu lượng xả 1.200 m3/s', 'vi')).toEqual([]);
    expect(figs('phát hành 12,5 triệu cổ phần', 'vi').map((f) => f.text)).toEqual([
      '12,5 triệu cổ phần',
    ]);
  });

  it('reads a glued million after a currency opening the text', () => {
    expect(figs('S$48m profit', 'en')).toEqual([
      { text: 'S$48m', kind: 'money', value: 48e6, currency: 'SGD' },
    ]);
  });

  it('reads a number word before cents', () => {
    expect(figs('a dividend of two Singapore cents per share', 'en').map((f) => f.text)).toEqual([
      'two Singapore cents per share',
    ]);
  });
});
