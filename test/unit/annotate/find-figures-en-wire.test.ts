import { describe, expect, it } from 'vitest';
import { findFigures } from '../../../src/annotate/find-figures';

/**
 * English figure classes of the third round of development passages (issue 20): wire-service
 * abbreviations, glued scales before a currency or unit, pence, modified count nouns, and
 * bare numbers parallel to a figure before them. Own sentences; each failed on main before.
 */
const figs = (text: string) =>
  findFigures(text, 'en').map((f) => ({
    text: f.text,
    kind: f.kind,
    value: f.value,
    ...(f.unit !== undefined ? { unit: f.unit } : {}),
    ...(f.currency !== undefined ? { currency: f.currency } : {}),
    ...(f.per !== undefined ? { per: f.per } : {}),
  }));

describe('findFigures en: wire-service abbreviations', () => {
  it('reads mln/bln with dlrs, cts and stg', () => {
    expect(figs('Net profit rose to 12.5 mln dlrs, or 45 cts a share, from 9.8 mln dlrs.')).toEqual(
      [
        { text: '12.5 mln dlrs', kind: 'money', value: 12_500_000, currency: 'USD' },
        { text: '45 cts a share', kind: 'money', value: 0.45, currency: 'USD', per: 'share' },
        { text: '9.8 mln dlrs', kind: 'money', value: 9_800_000, currency: 'USD' },
      ],
    );
    expect(figs('Turnover hit 300 mln stg and the bid was 1.2 bln Canadian dlrs.')).toEqual([
      { text: '300 mln stg', kind: 'money', value: 300_000_000, currency: 'GBP' },
      { text: '1.2 bln Canadian dlrs', kind: 'money', value: 1_200_000_000, currency: 'CAD' },
    ]);
  });
  it('reads mixed fractions of wire copy whole', () => {
    expect(figs('sold 2.1 mln shares at 14-1/2 dlrs, up 3-3/4 pct')).toEqual([
      { text: '2.1 mln shares', kind: 'quantity', value: 2_100_000, unit: 'shares' },
      { text: '14-1/2 dlrs', kind: 'money', value: 14.5, currency: 'USD' },
      { text: '3-3/4 pct', kind: 'percent', value: 3.75 },
    ]);
    expect(figs('from 12-1/2 to 13-1/8 dlrs').map((f) => [f.text, f.value])).toEqual([
      ['12-1/2', 12.5],
      ['13-1/8 dlrs', 13.125],
    ]);
  });
  it('reads pre-euro currencies', () => {
    expect(
      figs('1.2 billion guilders, 300 mln marks and 45 mln French francs').map((f) => f.currency),
    ).toEqual(['NLG', 'DEM', 'FRF']);
  });
  it('reads currency words after a scale', () => {
    expect(
      figs('a 4.1bn Australian dollar offer, 230m naira in grants and 980 trillion rials').map(
        (f) => [f.text, f.kind, f.currency],
      ),
    ).toEqual([
      ['4.1bn Australian dollar', 'money', 'AUD'],
      ['230m naira', 'money', 'NGN'],
      ['980 trillion rials', 'money', 'IRR'],
    ]);
  });
});

describe('findFigures en: glued scales and pence', () => {
  it('takes a glued m as millions before a currency word or a unit', () => {
    expect(figs('losses of 240m euros, 85m tons of ore and 31m passengers')).toEqual([
      { text: '240m euros', kind: 'money', value: 240_000_000, currency: 'EUR' },
      { text: '85m tons', kind: 'quantity', value: 85_000_000, unit: 't' },
      { text: '31m passengers', kind: 'quantity', value: 31_000_000, unit: 'passengers' },
    ]);
  });
  it('keeps a glued m alone a length', () => {
    expect(figs('a 40m tower').map((f) => [f.text, f.unit])).toEqual([['40m', 'm']]);
  });
  it('reads no pence on a Vietnamese page', () => {
    expect(findFigures('chờ 15p rồi đi', 'vi')).toEqual([]);
  });
  it('reads pence glued to the number', () => {
    expect(figs('shares slid from 86p to 52p')).toEqual([
      { text: '86p', kind: 'money', value: 0.86, currency: 'GBP' },
      { text: '52p', kind: 'money', value: 0.52, currency: 'GBP' },
    ]);
  });
});

describe('findFigures en: rates and modified counts', () => {
  it('takes energy units as per-nouns', () => {
    expect(figs('gas cost £2.40 per gigajoule, power $41 per megawatt-hour')).toEqual([
      { text: '£2.40 per gigajoule', kind: 'money', value: 2.4, currency: 'GBP', per: 'gigajoule' },
      {
        text: '$41 per megawatt-hour',
        kind: 'money',
        value: 41,
        currency: 'USD',
        per: 'megawatt-hour',
      },
    ]);
  });
  it('keeps a modifier of a count noun in the unit and a daily/annual one as a rate', () => {
    expect(figs('it will add 450 new jobs after 7,500 job cuts')).toEqual([
      { text: '450 new jobs', kind: 'quantity', value: 450, unit: 'new jobs' },
      { text: '7,500 job cuts', kind: 'quantity', value: 7500, unit: 'job cuts' },
    ]);
    expect(figs('to carry 640,000 daily barrels')).toEqual([
      {
        text: '640,000 daily barrels',
        kind: 'quantity',
        value: 640_000,
        unit: 'barrel',
        per: 'day',
      },
    ]);
    expect(
      figs('it cut 64 short and long-haul flights and 38 delayed flights').map((f) => [
        f.text,
        f.unit,
      ]),
    ).toEqual([
      ['64 short and long-haul flights', 'short and long-haul flights'],
      ['38 delayed flights', 'delayed flights'],
    ]);
    expect(figs('some 5,000 people lost jobs')).toEqual([]);
    expect(figs('seven out of every 10 planes')).toEqual([]);
    expect(
      figs('ordered 45 aircraft and 2.2 billion cubic feet of gas').map((f) => f.text),
    ).toEqual(['45 aircraft', '2.2 billion cubic feet']);
  });
});

describe('findFigures en: a bare number parallel to a figure before it', () => {
  it('takes the scale and currency of an amount before it', () => {
    expect(
      figs('spending rises to 2,310 trillion rials from last year’s 1,990 trillion.').map((f) => [
        f.text,
        f.kind,
        f.value,
        f.currency,
      ]),
    ).toEqual([
      ['2,310 trillion rials', 'money', 2.31e15, 'IRR'],
      ['1,990 trillion', 'money', 1.99e15, 'IRR'],
    ]);
  });
  it('looks past a bracketed conversion for the amount of the same scale', () => {
    expect(
      figs('to 880 trillion rials ($9.9bn; £5.1bn) from 640 trillion.').map((f) => [
        f.text,
        f.currency,
      ]),
    ).toEqual([
      ['880 trillion rials', 'IRR'],
      ['$9.9bn', 'USD'],
      ['£5.1bn', 'GBP'],
      ['640 trillion', 'IRR'],
    ]);
  });
  it('takes the unit of a count after from, than or with', () => {
    expect(
      figs('Output will reach 310,000 cars. The rise, from 275,000 last year, is fast.'),
    ).toEqual([
      { text: '310,000 cars', kind: 'quantity', value: 310_000, unit: 'cars' },
      { text: '275,000', kind: 'quantity', value: 275_000, unit: 'cars' },
    ]);
    expect(
      figs('demand hit 38,250 megawatts, far lower than the 39,900 seen in July').map(
        (f) => f.text,
      ),
    ).toEqual(['38,250 megawatts', '39,900']);
  });
  it('takes the noun of a count that a part is of', () => {
    expect(figs('More than 210 of the resort’s 480 guest rooms reopened.')).toEqual([
      { text: '210', kind: 'quantity', value: 210, unit: 'guest rooms' },
      { text: '480 guest rooms', kind: 'quantity', value: 480, unit: 'guest rooms' },
    ]);
    expect(figs('In 2019 of 40 tonnes').map((f) => f.text)).toEqual(['40 tonnes']);
    expect(figs('by 2019 of 400 employees').map((f) => f.text)).toEqual(['400 employees']);
  });
  it('leaves a number without such a cue alone', () => {
    expect(
      figs('Sales rose to 12,000 tonnes. The index was little changed at 3,800.').map(
        (f) => f.text,
      ),
    ).toEqual(['12,000 tonnes']);
    expect(
      figs('It sold 12,000 tonnes in 2019 and 2,020 more units.').map((f) => f.text),
    ).not.toContain('2019');
  });
});
