import { describe, expect, it } from 'vitest';
import { makeMatcher, matchRanges, snippetAround } from '../../../src/ui/library/highlight-matches';
import { foldTerm, LibrarySearch, quickSearch } from '../../../src/ui/library/search-index';
import type { UserAnnotation } from '../../../src/model/stored-records';
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
    const snippet = snippetAround(text, makeMatcher('thuy'), 80);
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

describe('all words, diacritics as typed, phrases', () => {
  // Two clippings that fold alike: `năm` (year) and `với` (with) are everywhere in Vietnamese.
  const common = summary(
    makeClipping('nam', {
      metadata: { ...makeClipping('x').metadata, title: 'Kinh tế năm 2020' },
      text: 'Năm nay sản lượng điện tăng so với năm trước.',
    }),
  );
  const project = summary(
    makeClipping('voi', {
      metadata: { ...makeClipping('x').metadata, title: 'Công trình thủy điện' },
      text: 'Năm 2020, sản lượng tăng so với năm 2019. Thủy điện Nậm Voi phát điện ổn định.',
    }),
  );
  const apart = summary(
    makeClipping('apart', {
      metadata: { ...makeClipping('x').metadata, title: 'Voi rừng' },
      text: 'Đàn voi về bản Nậm Khao; người dân tránh xa.',
    }),
  );
  async function built(): Promise<LibrarySearch> {
    const search = new LibrarySearch();
    await search.addAll([common, project, apart], () => []);
    return search;
  }
  const ids = (search: LibrarySearch, q: string) => search.search(q).map((h) => h.id);

  it('words typed with diacritics must match as typed: "Nậm Voi" is not "năm với"', async () => {
    const search = await built();
    expect(ids(search, 'Nậm Voi').sort()).toEqual(['apart', 'voi']);
    expect(ids(search, 'nậm')).not.toContain('nam');
    // Without diacritics every folding matches, as people type Vietnamese without marks.
    expect(ids(search, 'nam voi').sort()).toEqual(['apart', 'nam', 'voi']);
  });

  it('requires every word (AND)', async () => {
    const search = await built();
    expect(ids(search, 'voi rừng')).toEqual(['apart']);
    expect(ids(search, 'Nậm Khao')).toEqual(['apart']);
  });

  it('"quoted words" must stand next to each other', async () => {
    const search = await built();
    expect(ids(search, '"Nậm Voi"')).toEqual(['voi']);
    expect(ids(search, '"nam voi"')).toEqual(['voi']);
    expect(ids(search, '"voi nậm"')).toEqual([]);
    // Still being typed: an unclosed quote is a phrase too.
    expect(ids(search, '"thủy điện nậm')).toEqual(['voi']);
  });

  it('ranks hits holding the words exactly as typed first', async () => {
    const search = await built();
    // All three hold a word folding to `voi`; only `với` in the first one is spelt otherwise.
    const hits = ids(search, 'voi');
    expect(hits.sort()).toEqual(['apart', 'nam', 'voi']);
    expect(ids(search, 'voi').at(-1)).toBe('nam');
    expect(ids(search, 'với').sort()).toEqual(['nam', 'voi']);
  });

  it('the snippet shows and marks the phrase, not the first "năm"', () => {
    const text = project.text;
    const matcher = makeMatcher('"Nậm Voi"');
    const snippet = snippetAround(text, matcher, 30);
    expect(snippet).toContain('Nậm Voi');
    expect(snippet).not.toContain('Năm 2020');
    const marked = matcher.ranges(text).map(([a, b]) => text.slice(a, b));
    expect(marked).toEqual(['Nậm Voi']);
    // A word typed with diacritics marks only that spelling.
    const word = makeMatcher('nậm')
      .ranges(text)
      .map(([a, b]) => text.slice(a, b));
    expect(word).toEqual(['Nậm']);
    // Without diacritics all spellings are marked, and a word being typed is marked whole.
    const loose = makeMatcher('nam vo')
      .ranges(text)
      .map(([a, b]) => text.slice(a, b));
    expect(loose).toEqual(['Năm', 'với', 'năm', 'Nậm', 'Voi']);
  });

  it('quickSearch applies the same rules to titles', () => {
    expect(quickSearch([common, project, apart], 'năm').map((h) => h.id)).toEqual(['nam']);
    expect(quickSearch([common, project, apart], '"thủy điện"').map((h) => h.id)).toEqual(['voi']);
  });
});
