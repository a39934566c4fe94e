import { describe, expect, it } from 'vitest';
import {
  NO_FILTERS,
  applyFilters,
  choices,
  siteOf,
  sortClippings,
} from '../../../src/ui/library/library-filters';
import { makeClipping, money, summary } from './library-fixtures';

const meta = makeClipping('x').metadata;
const a = summary(
  makeClipping('a', {
    metadata: { ...meta, title: 'Ánh sáng', siteName: 'VnExpress', publishedTime: '2024-05-01' },
    tags: ['năng lượng'],
    figures: [money('202,6 tỷ đồng', 202.6e9, 'VND')],
    savedAt: 3,
  }),
);
const b = summary(
  makeClipping('b', {
    url: 'https://www.reuters.com/x',
    metadata: { ...meta, title: 'Bond yields', publishedTime: '2023-01-15T10:00:00Z' },
    tags: ['rates', 'năng lượng'],
    savedAt: 2,
  }),
);
const c = summary(
  makeClipping('c', {
    metadata: { ...meta, title: 'an early one', siteName: 'Báo Công Thương' },
    savedAt: Date.parse('2022-06-01T12:00:00'),
  }),
);
const list = [a, b, c];
const counts = new Map([['b', { highlights: 2, orphans: 1 }]]);

describe('applyFilters', () => {
  it('keeps everything with no filters', () => {
    expect(applyFilters(list, NO_FILTERS, counts)).toEqual(list);
  });
  it('filters by tag, site (host when no site name), figures and orphans', () => {
    const ids = (f: Partial<typeof NO_FILTERS>) =>
      applyFilters(list, { ...NO_FILTERS, ...f }, counts).map((x) => x.id);
    expect(ids({ tag: 'năng lượng' })).toEqual(['a', 'b']);
    expect(ids({ tag: 'rates' })).toEqual(['b']);
    expect(ids({ site: 'www.reuters.com' })).toEqual(['b']);
    expect(ids({ hasFigures: true })).toEqual(['a']);
    expect(ids({ hasOrphans: true })).toEqual(['b']);
    expect(ids({ tag: 'rates', hasFigures: true })).toEqual([]);
  });
  it('filters by published date, or saved date when unknown, inclusive of the end day', () => {
    const ids = (from: string | null, to: string | null) =>
      applyFilters(list, { ...NO_FILTERS, from, to }, counts).map((x) => x.id);
    expect(ids('2024-01-01', null)).toEqual(['a']);
    expect(ids(null, '2023-01-15')).toEqual(['b', 'c']);
    expect(ids('2022-06-01', '2022-06-01')).toEqual(['c']);
  });
});

describe('sortClippings', () => {
  const ids = (key: Parameters<typeof sortClippings>[1]) =>
    sortClippings(list, key).map((x) => x.id);
  it('sorts by saved (newest first), published (undated last), site and title', () => {
    expect(ids('saved')).toEqual(['c', 'a', 'b']);
    expect(ids('published')).toEqual(['a', 'b', 'c']);
    expect(ids('site')).toEqual(['c', 'a', 'b']);
    // Accent- and case-insensitive: "an" < "Ánh" < "Bond".
    expect(ids('title')).toEqual(['c', 'a', 'b']);
  });
  it('does not reorder its input', () => {
    sortClippings(list, 'title');
    expect(list.map((x) => x.id)).toEqual(['a', 'b', 'c']);
  });
});

describe('choices and siteOf', () => {
  it('lists the most used first', () => {
    expect(choices(['x', 'y', 'y', 'a'])).toEqual(['y', 'a', 'x']);
    expect(siteOf(b)).toBe('www.reuters.com');
  });
});
