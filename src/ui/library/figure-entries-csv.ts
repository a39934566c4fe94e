import { figureCells, figureContext } from '../../export/figure-cells';
import { FIGURE_ROW_HEADERS, rowsToCsv, type CsvSeparator } from '../../export/to-csv';
import type { FigureEntry } from './figure-query';

/** The figures export's columns, plus how often the clipping states each figure. */
export const FIGURE_ENTRY_HEADERS: readonly string[] = [...FIGURE_ROW_HEADERS, 'mentions'];

/**
 * The rows the figures view shows (filtered, sorted, one per distinct figure) as CSV, with the
 * same columns, quoting and formula guard as the library's figures export.
 */
export function figureEntriesToCsv(
  entries: readonly FigureEntry[],
  separator: CsvSeparator,
): string {
  const rows = entries.map(({ clipping, figure, count }) => [
    clipping.metadata.title ?? '',
    clipping.metadata.canonicalUrl ?? clipping.url,
    clipping.metadata.publishedTime ?? '',
    ...figureCells(figure),
    figureContext(clipping.text, figure),
    String(count),
  ]);
  return rowsToCsv([FIGURE_ENTRY_HEADERS, ...rows], { separator });
}
