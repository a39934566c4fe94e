import { describe, expect, it } from 'vitest';
import { parseNumber, scaleValue } from '../../../src/annotate/figures/parse-number';
import { normalizeText } from '../../../src/annotate/normalize-text';

const value = (raw: string, locale: 'vi' | 'en', exp = 0): number | null => {
  const n = parseNumber(raw, locale);
  return n ? scaleValue(n, exp) : null;
};

describe('parseNumber', () => {
  it.each([
    ['6.122,1', 'vi', 6122.1],
    ['5.000', 'vi', 5000],
    ['0,281', 'vi', 0.281],
    ['1,465', 'vi', 1.465],
    ['1.500.000', 'vi', 1500000],
    ['1.5', 'vi', 1.5],
    ['0.500', 'vi', 0.5],
    ['6,122.1', 'en', 6122.1],
    ['27,403.54', 'en', 27403.54],
    ['46,797', 'en', 46797],
    ['1,5', 'en', 1.5],
    ['1.798,5', 'en', 1798.5],
    ['2026', 'en', 2026],
  ] as const)('%s (%s) = %d', (raw, locale, expected) => {
    expect(value(raw, locale)).toBe(expected);
  });

  it.each(['1.2.3,4,5', '12.34.567', '1,2,3', '1234.567.890'])('rejects malformed %s', (raw) => {
    expect(parseNumber(raw, 'vi')).toBeNull();
    expect(parseNumber(raw, 'en')).toBeNull();
  });

  it('scales exactly, without floating-point drift', () => {
    expect(value('202,6', 'vi', 9)).toBe(202600000000);
    expect(value('0,281', 'vi', 6)).toBe(281000);
    expect(value('1.2', 'en', 9)).toBe(1200000000);
    expect(value('25', 'en', -2)).toBe(0.25);
  });
});

describe('normalizeText', () => {
  it('composes to NFC, collapses whitespace runs and trims', () => {
    expect(normalizeText('  Giá\u00a0\u00a0vàng\n\ttăng '.normalize('NFD'))).toBe('Giá vàng tăng');
  });
  it('is idempotent', () => {
    const once = normalizeText(' a \n b ');
    expect(normalizeText(once)).toBe(once);
  });
});
