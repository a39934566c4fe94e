// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  figureRows,
  figuresToCsv,
  figuresToTsv,
  guardFormula,
  separatorForLocale,
  type CsvSeparator,
} from '../../../src/export/to-csv';
import { figureContext, plainNumber } from '../../../src/export/figure-cells';
import { enClipping, viClipping } from './export-fixtures';

/** An RFC 4180 reader (quoted fields, doubled quotes, CRLF records) to check the writer against. */
function parseCsv(text: string, separator: CsvSeparator = ','): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') {
      if (cell !== '') throw new Error(`quote inside an unquoted cell at ${i}`);
      quoted = true;
    } else if (ch === separator) {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i += 1;
    } else if (ch === '\n' || ch === '\r') throw new Error(`bare line break at ${i}`);
    else cell += ch;
  }
  if (quoted) throw new Error('unterminated quote');
  if (cell !== '' || row.length > 0) throw new Error('last record lacks CRLF');
  return rows;
}

describe('figuresToCsv', () => {
  it('writes the figures of both clippings (golden)', async () => {
    const csv = figuresToCsv([viClipping(), enClipping()]);
    await expect(csv).toMatchFileSnapshot('./golden/figures.csv.golden');
  });

  it('starts with a BOM, uses CRLF and round-trips through an RFC 4180 reader', () => {
    const csv = figuresToCsv([viClipping(), enClipping()]);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(new TextEncoder().encode(csv).subarray(0, 3)).toEqual(
      new Uint8Array([0xef, 0xbb, 0xbf]),
    );
    const rows = parseCsv(csv.slice(1));
    expect(rows[0]).toEqual([
      'clipping title',
      'url',
      'published',
      'text',
      'kind',
      'value',
      'currency/unit',
      'per',
      'change',
      'subject',
      'entity',
      'period',
      'comparison',
      'status',
      'context',
    ]);
    expect(rows.slice(1)).toEqual(
      figureRows([viClipping(), enClipping()]).map((r) => r.map(guardFormula)),
    );
    expect(rows[1]).toEqual([
      'Lai Châu: Kim ngạch xuất khẩu giảm mạnh',
      'https://congthuong.vn/lai-chau-kim-ngach-xuat-khau.html',
      '2020-05-12T08:30:00+07:00',
      '202,6 tỷ đồng',
      'money',
      '202600000000',
      'VND',
      '',
      '',
      'giá trị sản xuất công nghiệp',
      'Lai Châu',
      '2020-04',
      'down 41.6% year-on-year 2019',
      '',
      'nghiệp của tỉnh đạt 202,6 tỷ đồng, giảm tới 41,6% so với',
    ]);
  });

  it('quotes commas, quotes and newlines in cells', () => {
    const c = enClipping();
    c.metadata.title = 'Line one,\r\nline "two"\nthree';
    const rows = parseCsv(figuresToCsv([c]).slice(1));
    expect(rows[1]?.[0]).toBe('Line one,\r\nline "two"\nthree');
    expect(rows).toHaveLength(3);
  });

  it('defuses formula injection but keeps negative numbers', () => {
    for (const evil of ['=1+1', '+cmd', '-2+3', '@SUM(A1)', '=HYPERLINK("http://x")']) {
      expect(guardFormula(evil)).toBe(`'${evil}`);
    }
    expect(guardFormula('-3')).toBe('-3');
    expect(guardFormula('-3.25')).toBe('-3.25');
    expect(guardFormula('plain')).toBe('plain');
    // A tab is itself a separator: the part after it is guarded too.
    expect(guardFormula('\t=x')).toBe("'\t'=x");
    const c = enClipping();
    c.metadata.title = '=cmd|" /C calc"!A0';
    c.figures[0]!.value = -0.5;
    const rows = parseCsv(figuresToCsv([c]).slice(1));
    expect(rows[1]?.[0]).toBe(`'=cmd|" /C calc"!A0`);
    expect(rows[1]?.[5]).toBe('-0.5');
  });
});

/** Every cell a spreadsheet would see if it split on `separator` and ignored quotes entirely. */
function naiveCells(csv: string, separator: string): string[] {
  return csv
    .slice(1)
    .split(/\r\n|\r|\n/)
    .flatMap((line) => line.split(separator))
    .map((cell) => cell.replace(/^"/, ''));
}

describe('CSV separators', () => {
  const hostile = 'Report;=WEBSERVICE(A3);';
  // Spreadsheets skip leading tabs, CRs and spaces before deciding a cell is a formula.
  const live = (cell: string) => {
    const start = cell.replace(/^[\t\r "]+/, '');
    return /^[=+\-@]/.test(start) && !/^-\d+(?:[.,]\d+)?"?$/.test(start);
  };

  for (const separator of [',', ';', '\t'] as const) {
    it(`keeps formulas dead with ${JSON.stringify(separator)} between fields`, () => {
      const c = enClipping();
      c.metadata.title = hostile;
      c.figures[0]!.text = 'a\t@SUM(1)\n+cmd,-HYPERLINK("x")';
      const csv = figuresToCsv([c], { separator });
      const rows = parseCsv(csv.slice(1), separator);
      expect(rows[0]).toHaveLength(15);
      expect(rows[1]).toHaveLength(15);
      expect(rows[1]?.[0]).toBe("Report;'=WEBSERVICE(A3);");
      expect(rows.flat().filter(live)).toEqual([]);
      // A reader that ignores quotes or assumes another separator still sees no live formula.
      for (const assumed of [',', ';', '\t']) {
        expect(naiveCells(csv, assumed).filter(live)).toEqual([]);
      }
    });
  }

  it('quotes every text cell and leaves plain numbers bare (decimal comma with ";")', () => {
    const c = enClipping();
    c.figures[0]!.value = -0.5;
    const semi = figuresToCsv([c], { separator: ';' }).split('\r\n')[1] ?? '';
    expect(semi.startsWith('"')).toBe(true);
    expect(semi).toContain(';-0,5;');
    const comma = figuresToCsv([c]).split('\r\n')[1] ?? '';
    expect(comma).toContain(',-0.5,');
    expect(parseCsv(figuresToCsv([c], { separator: '\t' }).slice(1), '\t')[1]?.[5]).toBe('-0.5');
  });

  it('defaults to ";" for comma-decimal locales such as Vietnamese', () => {
    expect(separatorForLocale('vi')).toBe(';');
    expect(separatorForLocale('de-DE')).toBe(';');
    expect(separatorForLocale('en-US')).toBe(',');
    expect(separatorForLocale('not a locale!')).toBe(',');
  });
});

describe('figure cells', () => {
  it('writes numbers without exponents', () => {
    expect(plainNumber(202600000000)).toBe('202600000000');
    expect(plainNumber(1e21)).toBe('1000000000000000000000');
    expect(plainNumber(1.5e-7)).toBe('0.00000015');
    expect(plainNumber(Number.NaN)).toBe('');
  });

  it('takes context by offsets and falls back to a search when they are stale', () => {
    const c = viClipping();
    const f = c.figures[0]!;
    const good = figureContext(c.text, f);
    expect(good).toContain('202,6 tỷ đồng');
    expect(figureContext(`XXXXXXXX${c.text}`, f)).toBe(good);
    expect(figureContext('nothing here', f)).toBe('');
  });
});

describe('figuresToTsv', () => {
  it('puts one row per line with tabs, flattening tabs and newlines in cells', () => {
    const c = enClipping();
    c.metadata.title = 'A\tB\nC';
    const tsv = figuresToTsv(figureRows([c]));
    const lines = tsv.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines.every((l) => l.split('\t').length === 15)).toBe(true);
    expect(lines[1]?.startsWith('A B C\t')).toBe(true);
    expect(figuresToTsv([['=1+1']], false)).toBe("'=1+1\n");
  });
});
