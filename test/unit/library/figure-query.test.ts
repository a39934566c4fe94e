import { describe, expect, it } from 'vitest';
import type { Figure } from '../../../src/model/figure';
import {
  ANY_FIGURE,
  figureEntries,
  queryFigures,
  unitGroup,
  unitsFor,
} from '../../../src/ui/library/figure-query';
import { figureEntriesToCsv } from '../../../src/ui/library/figure-entries-csv';
import { makeClipping, money, summary } from './library-fixtures';

const pct: Figure = { text: '41,6%', kind: 'percent', value: 41.6, start: 0, end: 5 };
const tons: Figure = {
  text: '5.700 tấn',
  kind: 'quantity',
  value: 5700,
  unit: 't',
  start: 0,
  end: 9,
};
const meta = makeClipping('x').metadata;
const laichau = summary(
  makeClipping('laichau', {
    metadata: { ...meta, title: 'Lai Châu xuất khẩu', publishedTime: '2020-05-12' },
    figures: [
      money('202,6 tỷ đồng', 202.6e9, 'VND'),
      money('6.122,1 tỷ đồng', 6122.1e9, 'VND'),
      pct,
      tons,
    ],
  }),
);
const other = summary(
  makeClipping('other', {
    metadata: { ...meta, title: 'Điện lực', publishedTime: '2024-01-01' },
    figures: [money('1.500 tỷ đồng', 1500e9, 'VND'), money('$1.2 billion', 1.2e9, 'USD')],
  }),
);
const entries = figureEntries([laichau, other]);
const texts = (q: Partial<typeof ANY_FIGURE>) =>
  queryFigures(entries, { ...ANY_FIGURE, ...q }).map((e) => e.figure.text);

describe('figures view query', () => {
  it('lists every figure with its clipping', () => {
    expect(entries).toHaveLength(6);
    expect(entries[4]?.clipping.id).toBe('other');
  });

  it('finds all money figures in VND over 1 000 tỷ đồng, largest first', () => {
    expect(texts({ kind: 'money', unit: 'VND', min: 1000 * 1e9 })).toEqual([
      '6.122,1 tỷ đồng',
      '1.500 tỷ đồng',
    ]);
  });

  it('bounds are inclusive and combine', () => {
    expect(texts({ kind: 'money', min: 1.2e9, max: 202.6e9, sort: 'value-asc' })).toEqual([
      '$1.2 billion',
      '202,6 tỷ đồng',
    ]);
  });

  it('sorts by article date and title, and finds words without diacritics', () => {
    expect(texts({ sort: 'date' })[0]).toBe('1.500 tỷ đồng');
    expect(texts({ sort: 'clipping' })[0]).toBe('1.500 tỷ đồng');
    expect(texts({ text: 'lai chau', kind: 'percent' })).toEqual(['41,6%']);
    expect(texts({ text: 'ty dong', sort: 'value-asc' })).toHaveLength(3);
  });

  it('offers the units of the chosen kind', () => {
    expect(unitsFor(entries, 'money')).toEqual(['USD', 'VND']);
    expect(unitsFor(entries, null)).toEqual(['USD', 'VND', 't']);
  });

  it('ranks values within a unit, never VND against USD, percent or tonnes', () => {
    const ranked = queryFigures(entries, { ...ANY_FIGURE, sort: 'value-desc' });
    expect(ranked.map((e) => unitGroup(e.figure))).toEqual([
      'money USD',
      'money VND',
      'money VND',
      'money VND',
      'percent',
      'quantity t',
    ]);
    expect(ranked.map((e) => e.figure.text).slice(1, 4)).toEqual([
      '6.122,1 tỷ đồng',
      '1.500 tỷ đồng',
      '202,6 tỷ đồng',
    ]);
    // Ascending keeps the same groups and reverses each one.
    const ascending = queryFigures(entries, { ...ANY_FIGURE, sort: 'value-asc' });
    expect(ascending.map((e) => e.figure.text).slice(1, 4)).toEqual([
      '202,6 tỷ đồng',
      '1.500 tỷ đồng',
      '6.122,1 tỷ đồng',
    ]);
  });

  it('lists a figure repeated in one clipping once, with its count', () => {
    const repeated = summary(
      makeClipping('rep', {
        figures: [
          { ...money('202,6 tỷ đồng', 202.6e9, 'VND'), start: 10, end: 23 },
          pct,
          { ...money('202,6 tỷ', 202.6e9, 'VND'), start: 80, end: 88 },
          { ...money('202,6 tỷ đồng', 202.6e9, 'VND'), start: 120, end: 133 },
          // Same number, another currency: a figure of its own.
          money('202,6 tỷ USD', 202.6e9, 'USD'),
        ],
      }),
    );
    const found = figureEntries([repeated, laichau]);
    const vnd = found.filter((e) => e.clipping.id === 'rep' && e.figure.currency === 'VND');
    expect(vnd).toHaveLength(1);
    expect(vnd[0]?.count).toBe(3);
    expect(vnd[0]?.figure.start).toBe(10);
    expect(found.filter((e) => e.clipping.id === 'rep')).toHaveLength(3);
    // Another clipping stating the same value keeps its own row.
    expect(found.filter((e) => e.figure.text === '202,6 tỷ đồng')).toHaveLength(2);
  });

  it('exports the rows shown, in the order shown, with their mention counts', () => {
    const shown = queryFigures(entries, { ...ANY_FIGURE, kind: 'money', unit: 'VND' });
    const csv = figureEntriesToCsv(shown, ';');
    const lines = csv
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toContain('"mentions"');
    expect(lines[1]).toContain('"6.122,1 tỷ đồng";"money";6122100000000;"VND"');
    expect(lines[1]?.endsWith(';1')).toBe(true);
    expect(lines.slice(1).map((l) => l.split(';')[0])).toEqual([
      '"Lai Châu xuất khẩu"',
      '"Điện lực"',
      '"Lai Châu xuất khẩu"',
    ]);
  });
});
