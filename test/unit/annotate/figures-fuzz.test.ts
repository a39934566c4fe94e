import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findFigures } from '../../../src/annotate/find-figures';
import { findProjects } from '../../../src/annotate/find-projects';
import { normalizeText } from '../../../src/annotate/normalize-text';

/** Pieces that exercise the grammar: numbers, separators, scales, units, type nouns, names. */
const PIECES = [
  '1',
  '23',
  '1.234',
  '6.122,1',
  '0,5',
  '1,2,3',
  '1.2.3,4,5',
  '.',
  ',',
  '-',
  '/',
  '%',
  '$',
  'US$',
  '€',
  'tỷ',
  'triệu',
  'nghìn',
  'đồng',
  'USD',
  'tấn',
  'MW',
  'km',
  'h',
  'm2',
  'bn',
  'm',
  'million',
  'percent',
  'a',
  'barrel',
  'mỗi',
  'năm',
  'tăng',
  'giảm',
  'và',
  'and',
  'to',
  'Thủy điện',
  'Nậm',
  'Voi',
  'sân bay',
  'Airport',
  'Hinkley',
  'Point',
  'C',
  'các',
  '220kV',
  ' ',
  '  ',
  '\n',
  'ệ',
  'x',
];
const piecewise = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((a) => a.join(''));

describe('recognisers on arbitrary input', () => {
  it('never throw and return spans that are in the normalised text', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ unit: 'grapheme', maxLength: 200 }), piecewise),
        fc.constantFrom('vi', 'en', ''),
        (text, lang) => {
          const norm = normalizeText(text);
          for (const f of findFigures(text, lang)) {
            expect(norm.slice(f.start, f.end)).toBe(f.text);
            expect(typeof f.value).toBe('number');
          }
          for (const p of findProjects(text, lang)) {
            expect(norm.slice(p.start, p.end)).toBe(p.text);
            expect(p.text.includes(p.name)).toBe(true);
          }
        },
      ),
      { numRuns: 400 },
    );
  });

  it('survive very long digit runs and numbers glued to words', () => {
    const digits = '9'.repeat(5000);
    expect(() => findFigures(`${digits} tỷ đồng ${digits}%`, 'vi')).not.toThrow();
    expect(() => findFigures('abc123def 45tấn67 $1.2.3,4,5bn US$US$5', 'en')).not.toThrow();
    expect(findFigures('1.2.3,4,5 tỷ đồng', 'vi')).toEqual([]);
  });
});

/** Fastest of several runs: the minimum is the least disturbed by other test workers and GC. */
function timeIt(fn: () => void): number {
  let best = Infinity;
  for (let i = 0; i < 7; i++) {
    const t0 = performance.now();
    fn();
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

describe('linear time', () => {
  // Built from digits, dots, commas and spaces — the inputs a backtracking number regex chokes on.
  const chunk = (size: number): string => {
    let s = '';
    const alphabet = '0123456789.,., 5%';
    for (let i = 0; s.length < size; i++) s += alphabet[(i * 7919) % alphabet.length];
    return s;
  };

  // Four size doublings (25 KB → 400 KB): linear work grows ×16, quadratic ×256; the bound of
  // ×64 leaves room for timer noise on a busy machine while still catching super-linear work.
  it.each([
    ['figures', (t: string) => findFigures(t, 'vi')],
    ['projects', (t: string) => findProjects(t, 'vi')],
  ])('%s: 16× the input costs well under 256× the time', (_name, run) => {
    const small = chunk(25_000);
    const large = chunk(400_000);
    run(small); // warm up the JIT
    const ratio =
      timeIt(() => run(large)) /
      Math.max(
        timeIt(() => run(small)),
        0.5,
      );
    expect(ratio).toBeLessThan(64);
  });
});
