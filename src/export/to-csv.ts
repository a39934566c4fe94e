import type { Clipping } from '../model/stored-records';
import { FIGURE_HEADERS, figureCells, figureContext } from './figure-cells';

/** One row of the figures table: a figure with the clipping it came from. */
export type FigureRow = string[];

/** Header of the figures table. */
export const FIGURE_ROW_HEADERS: readonly string[] = [
  'clipping title',
  'url',
  'published',
  ...FIGURE_HEADERS,
  'context',
];

/** Every figure of every clipping as table rows (without the header). */
export function figureRows(clippings: readonly Clipping[]): FigureRow[] {
  return clippings.flatMap((c) =>
    c.figures.map((f) => [
      c.metadata.title ?? '',
      c.metadata.canonicalUrl ?? c.url,
      c.metadata.publishedTime ?? '',
      ...figureCells(f),
      figureContext(c.text, f),
    ]),
  );
}

/** The field separators the export offers: `,` (RFC 4180), `;` (comma-decimal locales), tab. */
export type CsvSeparator = ',' | ';' | '\t';

export const CSV_SEPARATORS: readonly CsvSeparator[] = [',', ';', '\t'];

/**
 * The separator a spreadsheet in `locale` expects: Excel in a comma-decimal locale (vi, de, fr,
 * …) splits CSV on `;`, because `,` is its decimal mark.
 */
export function separatorForLocale(locale: string): CsvSeparator {
  try {
    const parts = new Intl.NumberFormat(locale).formatToParts(1.5);
    return parts.find((p) => p.type === 'decimal')?.value === ',' ? ';' : ',';
  } catch {
    return ',';
  }
}

const PLAIN_NEGATIVE = /^-\d+(?:[.,]\d+)?$/;
const PLAIN_NUMBER = /^-?\d+(?:\.\d+)?$/;
const FORMULA_START = /^[=+\-@\t\r]/;
// A spreadsheet that ignores quotes (or is told the wrong separator) starts a new cell after any
// of these, so a formula start right after one is as live as one at the start of the cell.
const AFTER_SEPARATOR = /([,;\t\r\n|])(?=[\t\r\n ]*[=+\-@])/g;

/**
 * Defuses spreadsheet formula injection (OWASP "CSV Injection"): a cell, or any part of it after a
 * separator or line break, starting with `= + - @` (or tab/CR, which some spreadsheets strip
 * first) is prefixed with `'`, except a plain negative number, which must stay a number.
 */
export function guardFormula(cell: string): string {
  const inner = cell.replace(AFTER_SEPARATOR, (sep: string, _g: string, at: number) => {
    const rest = cell.slice(at + 1);
    const segment = /^[^,;\t\r\n|]*/.exec(rest)?.[0] ?? '';
    // `-5` after a separator is a number in the next cell, not a formula.
    return PLAIN_NEGATIVE.test(segment) ? sep : `${sep}'`;
  });
  if (!FORMULA_START.test(inner) || PLAIN_NEGATIVE.test(inner)) return inner;
  return `'${inner}`;
}

/**
 * One cell: a plain number is written bare (with a decimal comma where `;` separates, as those
 * spreadsheets expect) so it stays a number; every other cell is guarded and always quoted, so
 * no separator inside it can ever start a new cell, whatever separator the reader assumes.
 */
function csvCell(cell: string, separator: CsvSeparator): string {
  if (PLAIN_NUMBER.test(cell)) return separator === ';' ? cell.replace('.', ',') : cell;
  return `"${guardFormula(cell).replace(/"/g, '""')}"`;
}

/** How a CSV is written. */
export interface CsvOptions {
  /** `,` unless given; `separatorForLocale` picks one for the user's locale. */
  separator?: CsvSeparator;
}

/**
 * The figures of the clippings as CSV: RFC 4180 quoting, CRLF, with a UTF-8 BOM (U+FEFF, written
 * as EF BB BF when encoded) because Excel otherwise opens UTF-8 as the ANSI code page and
 * garbles Vietnamese.
 */
export function figuresToCsv(clippings: readonly Clipping[], options: CsvOptions = {}): string {
  return rowsToCsv([FIGURE_ROW_HEADERS, ...figureRows(clippings)], options);
}

/** Any table (header row included) as CSV with the same quoting, guard, CRLF and BOM. */
export function rowsToCsv(rows: readonly (readonly string[])[], options: CsvOptions = {}): string {
  const separator = options.separator ?? ',';
  return (
    '\uFEFF' +
    rows.map((row) => row.map((cell) => csvCell(cell, separator)).join(separator)).join('\r\n') +
    '\r\n'
  );
}

/**
 * Rows as TSV for the clipboard (spreadsheets paste TSV into cells). Tabs and newlines inside a
 * cell become spaces because a paste has no quoting rules everyone agrees on.
 */
export function figuresToTsv(rows: readonly FigureRow[], withHeader = true): string {
  const all = withHeader ? [FIGURE_ROW_HEADERS, ...rows] : rows;
  return (
    all
      .map((row) => row.map((cell) => guardFormula(cell.replace(/[\t\r\n]+/g, ' '))).join('\t'))
      .join('\n') + '\n'
  );
}
