import { describe, expect, it } from 'vitest';
import { matchRanges, snippetAround } from '../../../src/ui/library/highlight-matches';
import { foldTerm, LibrarySearch, quickSearch } from '../../../src/ui/library/search-index';
import type { UserAnnotation } from '../../../src/store/schema';
import { makeClipping, summary } from './library-fixtures';

const thuyDien = summary(
  makeClipping('vi', {
    metadata: {
      ...makeClipping('x').metadata,
      title: 'Thủy điện Nậm Voi phát điện',
      siteName: 'Báo Công Thương',
    },
    text: 'Giá trị sản xuất công nghiệp đạt 202,6 tỷ đồng. Đường dây 110 kV được đóng điện.',
    note: 'Cần đối chiếu Cục Thống kê',
  }),
);
const english = summary(
  makeClipping('en', {
    metadata: { ...makeClipping('x').metadata, title: 'Fed raises rates', siteName: 'Reuters' },
    text: 'The Federal Reserve raised rates by 0.25% on Wednesday; savers could earn $1.2 billion.',
  }),
);
const highlight: UserAnnotation = {
  id: 'a1',
  canonicalKey: english.canonicalKey,
  clippingId: 'en',
  selectors: [],
  quote: 'savers could earn',
  color: 'yellow',
  note: 'ask the economist',
  createdAt: 1,
  updatedAt: 1,
  orphan: false,
};

async function index(): Promise<LibrarySearch> {
  const search = new LibrarySearch();
  await search.addAll([thuyDien, english], (id) => (id === 'en' ? [highlight] : []));
  return search;
}

describe('foldTerm', () => {
  it('drops Vietnamese diacritics, folds đ and case', () => {
    expect(foldTerm('Thủy')).toBe('thuy');
    expect(foldTerm('ĐIỆN')).toBe('dien');
    expect(foldTerm('Nậm')).toBe('nam');
    // Decomposed input (NFD from a Mac keyboard) folds the same.
    expect(foldTerm('Thủy'.normalize('NFD'))).toBe('thuy');
  });
});

describe('LibrarySearch', () => {
  it('finds Vietnamese text with or without diacritics', async () => {
    const search = await index();
    expect(search.search('thuy dien').map((h) => h.id)).toEqual(['vi']);
    expect(search.search('Thủy điện').map((h) => h.id)).toEqual(['vi']);
    expect(search.search('THUY DIEN').map((h) => h.id)).toEqual(['vi']);
    expect(search.search('dong').map((h) => h.id)).toEqual(['vi']);
  });

  it('searches text, notes, highlights and their notes', async () => {
    const search = await index();
    expect(search.search('doi chieu').map((h) => h.id)).toEqual(['vi']);
    expect(search.search('economist').map((h) => h.id)).toEqual(['en']);
    expect(search.search('federal').map((h) => h.id)).toEqual(['en']);
  });

  it('needs every word (AND) and matches prefixes while typing', async () => {
    const search = await index();
    expect(search.search('thuy rates')).toEqual([]);
    expect(search.search('feder').map((h) => h.id)).toEqual(['en']);
    expect(search.search('   ')).toEqual([]);
  });

  it('is kept up to date on edit and delete', async () => {
    const search = await index();
    search.put({ ...english, note: 'lãi suất' }, []);
    expect(search.search('lai suat').map((h) => h.id)).toEqual(['en']);
    expect(search.search('economist')).toEqual([]);
    search.remove('vi');
    expect(search.search('thuy')).toEqual([]);
    expect(search.size).toBe(1);
  });

  it('reports the folded terms it matched, which highlight the original words', async () => {
    const search = await index();
    const [hit] = search.search('thuy dien');
    const terms = new Set(hit?.terms);
    const title = thuyDien.metadata.title ?? '';
    const marked = matchRanges(title, terms).map(([a, b]) => title.slice(a, b));
    expect(marked).toEqual(['Thủy', 'điện', 'điện']);
  });
});

describe('snippetAround', () => {
  it('cuts around the first match at word boundaries', () => {
    const text = `${'lorem ipsum '.repeat(30)}Thủy điện Lai Châu ${'dolor sit '.repeat(30)}`;
    const snippet = snippetAround(text, new Set(['thuy']), 80);
    expect(snippet).toContain('Thủy điện');
    expect(snippet.startsWith('… ')).toBe(true);
    expect(snippet.length).toBeLessThan(110);
  });
});

describe('quickSearch (before the index is built)', () => {
  it('finds title, site and note words by prefix, diacritics ignored', () => {
    const ids = (q: string) => quickSearch([thuyDien, english], q).map((h) => h.id);
    expect(ids('thuy dien')).toEqual(['vi']);
    expect(ids('nam vo')).toEqual(['vi']);
    expect(ids('reuters')).toEqual(['en']);
    expect(ids('doi chieu')).toEqual(['vi']);
    expect(ids('federal')).toEqual([]);
    expect(quickSearch([thuyDien], 'thuy dien')[0]?.terms.sort()).toEqual(['dien', 'thuy']);
  });
});
