import type { Clipping } from './stored-types';
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

const PLAIN_NEGATIVE = /^-\d+(?:[.,]\d+)?$/;

/**
 * Defuses spreadsheet formula injection (OWASP "CSV Injection"): a cell starting with `= + - @`
 * (or tab/CR, which some spreadsheets strip first) is prefixed with `'`, except a plain negative
 * number, which must stay a number.
 */
export function guardFormula(cell: string): string {
  if (!/^[=+\-@\t\r]/.test(cell) || PLAIN_NEGATIVE.test(cell)) return cell;
  return `'${cell}`;
}

/** RFC 4180: quote when the cell holds a quote, comma, CR or LF; double inner quotes. */
function csvCell(cell: string): string {
  const safe = guardFormula(cell);
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * The figures of the clippings as CSV: RFC 4180, CRLF, with a UTF-8 BOM (U+FEFF, written as
 * EF BB BF when encoded) because Excel otherwise opens UTF-8 as the ANSI code page and
 * garbles Vietnamese.
 */
export function figuresToCsv(clippings: readonly Clipping[]): string {
  return rowsToCsv([FIGURE_ROW_HEADERS, ...figureRows(clippings)]);
}

/** Any table (header row included) as CSV with the same quoting, guard, CRLF and BOM. */
export function rowsToCsv(rows: readonly (readonly string[])[]): string {
  return '\uFEFF' + rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
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
