// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { clippingsToBibtex, escapeBibtex } from '../../../src/export/to-bibtex';
import { clippingsToRis } from '../../../src/export/to-ris';
import { clippingsToCslItems, clippingsToCslJson } from '../../../src/export/to-csl-json';
import { isOrganisationName, splitPersonName } from '../../../src/export/person-name';
import type { Clipping } from '../../../src/model/stored-records';
import { enClipping, viClipping } from './export-fixtures';

interface BibEntry {
  type: string;
  key: string;
  fields: Record<string, string>;
}

/**
 * A small BibTeX reader: `@type{key, name = {braced value}, ...}`. Values must be brace-balanced,
 * ignoring `\{` and `\}`; anything else throws, so it checks the structure the writer promises.
 */
function parseBibtex(text: string): BibEntry[] {
  const entries: BibEntry[] = [];
  let i = 0;
  const skipSpace = (): void => {
    while (i < text.length && /\s/.test(text[i] ?? '')) i += 1;
  };
  const expectChar = (ch: string): void => {
    if (text[i] !== ch)
      throw new Error(`expected "${ch}" at ${i}, found "${text.slice(i, i + 20)}"`);
    i += 1;
  };
  const readWhile = (re: RegExp): string => {
    const start = i;
    while (i < text.length && re.test(text[i] ?? '')) i += 1;
    return text.slice(start, i);
  };
  const readBraced = (): string => {
    expectChar('{');
    const start = i;
    let depth = 1;
    while (depth > 0) {
      if (i >= text.length) throw new Error('unbalanced braces');
      const ch = text[i];
      if (ch === '\\') i += 2;
      else {
        if (ch === '{') depth += 1;
        if (ch === '}') depth -= 1;
        i += 1;
      }
    }
    return text.slice(start, i - 1);
  };
  skipSpace();
  while (i < text.length) {
    expectChar('@');
    const type = readWhile(/[a-z]/);
    expectChar('{');
    const key = readWhile(/[A-Za-z0-9_:-]/);
    if (key === '') throw new Error('empty key');
    expectChar(',');
    const fields: Record<string, string> = {};
    skipSpace();
    while (text[i] !== '}') {
      const name = readWhile(/[a-z]/);
      skipSpace();
      expectChar('=');
      skipSpace();
      if (name in fields) throw new Error(`duplicate field ${name}`);
      // Month macros (`month = may`) are the one bare value the plain-BibTeX entries write.
      fields[name] = text[i] === '{' ? readBraced() : readWhile(/[a-z]/);
      if (fields[name] === '') throw new Error(`empty value for ${name}`);
      expectChar(',');
      skipSpace();
    }
    expectChar('}');
    entries.push({ type, key, fields });
    skipSpace();
  }
  return entries;
}

function withDoi(): Clipping {
  const c = enClipping();
  c.id = 'clip-doi';
  c.metadata.doi = '10.1000/xyz_123';
  c.metadata.siteName = 'Journal of Money';
  return c;
}

describe('BibTeX', () => {
  const all = [viClipping(), enClipping(), viClipping(), withDoi()];

  it('writes entries (golden) that parse, with unique keys', async () => {
    const bib = clippingsToBibtex(all);
    await expect(bib).toMatchFileSnapshot('./golden/clippings.bib.golden');
    const entries = parseBibtex(bib);
    expect(entries.map((e) => `${e.type}:${e.key}`)).toEqual([
      'online:nguyen2020laichau',
      'online:doe2024fedraises',
      'online:nguyen2020laichaub',
      'article:doe2024fedraisesb',
    ]);
  });

  it('keeps Vietnamese as UTF-8 and names family-first', () => {
    const [vi] = parseBibtex(clippingsToBibtex([viClipping()]));
    expect(vi?.fields).toEqual({
      title: '{Lai Châu: Kim ngạch xuất khẩu giảm mạnh}',
      author: 'Nguyễn, Văn An',
      organization: 'Báo Công Thương',
      date: '2020-05-12',
      url: 'https://congthuong.vn/lai-chau-kim-ngach-xuat-khau.html',
      urldate: '2024-01-02',
      keywords: 'xuất khẩu, Lai Châu',
      langid: 'vi',
    });
  });

  it('escapes TeX specials and uses journaltitle/doi for articles', () => {
    expect(escapeBibtex('{ } \\ % & $ # _ ^ ~')).toBe(
      '\\{ \\} \\textbackslash{} \\% \\& \\$ \\# \\_ \\^{} \\~{}',
    );
    const [article] = parseBibtex(clippingsToBibtex([withDoi()]));
    expect(article?.fields['title']).toBe(
      '{Fed raises rates by 0.25\\%: what it means for \\$ \\& savers \\#1\\_\\{ok\\}}',
    );
    expect(article?.fields['author']).toBe('Doe, Jane and Smith, John');
    expect(article?.fields['journaltitle']).toBe('Journal of Money');
    expect(article?.fields['doi']).toBe('10.1000/xyz_123');
    expect(article?.fields['url']).toBe('https://www.reuters.com/markets/fed-raises-rates_2024');
  });

  it('stays balanced whatever the text', () => {
    const c = enClipping();
    c.metadata.title = '}}}{{ \\ \\\\} hostile {';
    c.metadata.authors = ['Mary and Jo Smith', '}'];
    c.tags = ['}{'];
    c.url = 'https://x.test/{a}';
    c.metadata.canonicalUrl = null;
    const [entry] = parseBibtex(clippingsToBibtex([c]));
    expect(entry?.fields['author']).toBe('Smith, {Mary and Jo} and {\\}}');
    expect(entry?.fields['url']).toBe('https://x.test/%7Ba%7D');
  });
});

describe('RIS', () => {
  it('writes tagged CRLF lines (golden)', async () => {
    const ris = clippingsToRis([viClipping(), enClipping()]);
    await expect(ris).toMatchFileSnapshot('./golden/clippings.ris.golden');
    expect(ris).not.toMatch(/[^\r]\n/);
    const lines = ris.split('\r\n');
    for (const line of lines) if (line !== '') expect(line).toMatch(/^[A-Z][A-Z0-9] {2}- /);
    expect(lines.filter((l) => l === 'TY  - NEWS')).toHaveLength(2);
    expect(lines.filter((l) => l === 'ER  - ')).toHaveLength(2);
    expect(lines).toContain('AU  - Nguyễn, Văn An');
    expect(lines).toContain('DA  - 2020/05/12/');
    expect(lines).toContain('Y2  - 2024/01/02/');
    expect(lines).toContain('T2  - Báo Công Thương');
    expect(lines).toContain(
      'N1  - Số liệu tháng 4/2020 — so với "cùng kỳ". Cần đối chiếu Cục Thống kê.',
    );
    expect(lines.filter((l) => l.startsWith('KW  - '))).toEqual([
      'KW  - xuất khẩu',
      'KW  - Lai Châu',
      'KW  - =cmd|calc',
      'KW  - rates, "fed"',
    ]);
  });
});

describe('CSL-JSON', () => {
  it('writes article-newspaper items (golden) with date-parts and split names', async () => {
    const json = clippingsToCslJson([viClipping(), enClipping()]);
    await expect(json).toMatchFileSnapshot('./golden/clippings.csl.json.golden');
    const items = JSON.parse(json) as unknown[];
    expect(items).toEqual(clippingsToCslItems([viClipping(), enClipping()]));
    expect(items[0]).toEqual({
      id: 'nguyen2020laichau',
      type: 'article-newspaper',
      title: 'Lai Châu: Kim ngạch xuất khẩu giảm mạnh',
      author: [{ family: 'Nguyễn', given: 'Văn An' }],
      'container-title': 'Báo Công Thương',
      issued: { 'date-parts': [[2020, 5, 12]] },
      accessed: { 'date-parts': [[2024, 1, 2]] },
      URL: 'https://congthuong.vn/lai-chau-kim-ngach-xuat-khau.html',
      language: 'vi',
      keyword: 'xuất khẩu, Lai Châu',
      note: 'Số liệu tháng 4/2020 — so với "cùng kỳ".\nCần đối chiếu Cục Thống kê.',
    });
    const [doi] = clippingsToCslItems([withDoi()]);
    expect(doi?.type).toBe('article-journal');
    expect(doi?.DOI).toBe('10.1000/xyz_123');
  });

  it('splits names by the article language and keeps agencies literal', () => {
    expect(splitPersonName('Trần Thị Bích Ngọc', 'vi')).toEqual({
      family: 'Trần',
      given: 'Thị Bích Ngọc',
    });
    expect(splitPersonName('Jane Q. Doe', 'en-US')).toEqual({ family: 'Doe', given: 'Jane Q.' });
    expect(splitPersonName('Doe, Jane', 'vi')).toEqual({ family: 'Doe', given: 'Jane' });
    expect(splitPersonName('TTXVN', 'vi')).toEqual({ literal: 'TTXVN' });
    const c = enClipping();
    c.metadata.authors = [];
    c.metadata.byline = 'Reuters';
    c.metadata.publishedTime = null;
    const [item] = clippingsToCslItems([c]);
    expect(item?.author).toEqual([{ literal: 'Reuters' }]);
    expect(item?.issued).toBeUndefined();
    expect(item?.id).toBe('reutersndfedraises');
  });

  it('keeps the publisher literal when it stands as the author', () => {
    const c = viClipping();
    c.metadata.authors = ['Dân Trí'];
    c.metadata.siteName = 'Dân trí';
    const [item] = clippingsToCslItems([c]);
    expect(item?.author).toEqual([{ literal: 'Dân Trí' }]);
    // A person on the same page is still split family-first.
    c.metadata.authors = ['Hải Linh'];
    expect(clippingsToCslItems([c])[0]?.author).toEqual([{ family: 'Hải', given: 'Linh' }]);
  });
});

describe('group and organisational authors', () => {
  it('keeps agencies, desks and newsrooms literal', () => {
    for (const name of [
      'Associated Press',
      'Reuters',
      'Reuters Staff',
      'Ban biên tập',
      'Ban Kinh tế',
      'Thông tấn xã Việt Nam',
      'Nhóm phóng viên',
      'BBC Vietnamese',
      'AP',
      'The Associated Press',
      'VnExpress News',
    ])
      expect(splitPersonName(name, 'en'), name).toEqual({ literal: name });
  });

  it('still splits people, including capitals-only bylines and initials', () => {
    expect(isOrganisationName('Nguyễn Văn An')).toBe(false);
    expect(splitPersonName('NGUYỄN VĂN AN', 'vi')).toEqual({ family: 'NGUYỄN', given: 'VĂN AN' });
    expect(splitPersonName('J.R.R. Tolkien', 'en')).toEqual({ family: 'Tolkien', given: 'J.R.R.' });
    expect(splitPersonName('Jean DUPONT', 'fr')).toEqual({ family: 'DUPONT', given: 'Jean' });
    expect(splitPersonName('Doe, Jane', 'en')).toEqual({ family: 'Doe', given: 'Jane' });
    expect(splitPersonName('Bảo Anh', 'vi')).toEqual({ family: 'Bảo', given: 'Anh' });
  });

  it('writes them as one literal name in BibTeX, CSL-JSON and RIS', () => {
    const c = enClipping();
    c.metadata.authors = ['Associated Press', 'Jane Doe'];
    const bib = clippingsToBibtex([c]);
    expect(bib).toContain('author = {{Associated Press} and Doe, Jane},');
    expect(clippingsToCslItems([c])[0]?.author).toEqual([
      { literal: 'Associated Press' },
      { family: 'Doe', given: 'Jane' },
    ]);
    const ris = clippingsToRis([c]).split('\r\n');
    expect(ris).toContain('AU  - Associated Press');
    expect(ris).toContain('AU  - Doe, Jane');
    const vi = viClipping();
    vi.metadata.authors = ['Ban biên tập'];
    expect(clippingsToBibtex([vi])).toContain('author = {{Ban biên tập}},');
  });
});

describe('plain BibTeX (@misc)', () => {
  it('writes @misc with howpublished \\url, year/month and the access date in note', () => {
    const bib = clippingsToBibtex([viClipping(), enClipping()], 'bibtex');
    const [vi, en] = parseBibtex(bib);
    expect(vi?.type).toBe('misc');
    expect(vi?.fields).toMatchObject({
      title: '{Lai Châu: Kim ngạch xuất khẩu giảm mạnh}',
      author: 'Nguyễn, Văn An',
      year: '2020',
      month: 'may',
      howpublished:
        'Báo Công Thương, \\url{https://congthuong.vn/lai-chau-kim-ngach-xuat-khau.html}',
      note: 'Accessed 2024-01-02',
    });
    // Fields only biblatex knows are not written.
    for (const field of ['urldate', 'date', 'organization', 'langid', 'url'])
      expect(vi?.fields).not.toHaveProperty(field);
    expect(en?.fields['month']).toBe('mar');
    expect(bib).toContain('  month = may,\n');
  });

  it('keeps @article for a DOI, with journal and doi', () => {
    const [doi] = parseBibtex(clippingsToBibtex([withDoi()], 'bibtex'));
    expect(doi?.type).toBe('article');
    expect(doi?.fields).toMatchObject({ journal: 'Journal of Money', doi: '10.1000/xyz_123' });
  });

  it('biblatex stays the default', () => {
    expect(clippingsToBibtex([viClipping()])).toMatch(/^@online\{/);
  });
});
