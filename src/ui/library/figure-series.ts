import { rowsToCsv, type CsvSeparator } from '../../export/to-csv';
import { foldTerm } from './search-index';

/**
 * One figure as a chart point: what it measures, for when, in which unit, from which clipping.
 * The view builds these from stored figure records; this module never sees a Figure, so a
 * change in how records are stored touches only that adapter.
 */
export interface SeriesInput {
  /** The measured thing as written (`kim ngạch xuất khẩu`, `the jobless rate`). */
  subject: string;
  /** Normalised period (`2020`, `2020-04`, `2024-Q1`, `2024-H1`, spans `2020-01/2020-04`). */
  period: string;
  /** What values can be compared within: kind, currency or unit, what it is per. */
  unitGroup: string;
  /** The unit as the UI names it, for the axis and the CSV. */
  unitLabel: string;
  /** Normalised value (1e9 for `1 tỷ`). */
  value: number;
  /** The figure as the article wrote it. */
  text: string;
  clippingId: string;
  clippingTitle: string;
  clippingUrl: string;
}

export interface SeriesPoint {
  period: string;
  value: number;
  text: string;
  clippingId: string;
  clippingTitle: string;
  clippingUrl: string;
}

/** The same subject in the same unit across clippings, ordered by period. */
export interface FigureSeries {
  key: string;
  subject: string;
  unitGroup: string;
  unitLabel: string;
  points: SeriesPoint[];
}

/**
 * Subjects match across clippings when they are the same words, case and diacritics aside
 * (`Kim ngạch xuất khẩu` and `kim ngach xuat khau`): articles capitalise a subject that opens a
 * sentence and lower-case it elsewhere, and old pages drop diacritics.
 */
export function subjectKey(subject: string): string {
  return foldTerm(subject).replace(/\s+/g, ' ').trim();
}

/** Sort key of a period: its first day, so `2024-Q2` comes after `2024-04` and before `2024-07`. */
export function periodStart(span: string): string {
  // A span (`2020-01/2020-04`, `2021/2025`) starts where its first period does.
  const period = span.split('/')[0] ?? span;
  const quarter = /^(\d{4})-Q([1-4])$/.exec(period);
  if (quarter) return `${quarter[1]}-${String((Number(quarter[2]) - 1) * 3 + 1).padStart(2, '0')}`;
  const half = /^(\d{4})-H([12])$/.exec(period);
  if (half) return `${half[1]}-${half[2] === '1' ? '01' : '07'}`;
  return period;
}

function comparePeriods(a: string, b: string): number {
  const byStart = periodStart(a).localeCompare(periodStart(b));
  // A longer period starting on the same day (the year 2024 and its January) comes first.
  return byStart !== 0 ? byStart : a.length - b.length || a.localeCompare(b);
}

/**
 * Groups figures into series: one per subject and unit, with at least two points (a single
 * figure is no series). A clipping repeating the same figure for the same period counts once;
 * two clippings stating the same period both stay, so disagreement between sources shows.
 * Series with the most points first.
 */
export function buildSeries(inputs: readonly SeriesInput[]): FigureSeries[] {
  const groups = new Map<string, FigureSeries>();
  const seen = new Set<string>();
  for (const input of inputs) {
    const subject = subjectKey(input.subject);
    if (subject === '' || input.period === '' || !Number.isFinite(input.value)) continue;
    const key = `${subject}|${input.unitGroup}`;
    const pointKey = `${key}|${input.period}|${input.clippingId}|${input.value}`;
    if (seen.has(pointKey)) continue;
    seen.add(pointKey);
    let series = groups.get(key);
    if (!series) {
      series = {
        key,
        subject: input.subject,
        unitGroup: input.unitGroup,
        unitLabel: input.unitLabel,
        points: [],
      };
      groups.set(key, series);
    }
    series.points.push({
      period: input.period,
      value: input.value,
      text: input.text,
      clippingId: input.clippingId,
      clippingTitle: input.clippingTitle,
      clippingUrl: input.clippingUrl,
    });
  }
  return [...groups.values()]
    .filter((s) => s.points.length >= 2)
    .map((s) => ({ ...s, points: s.points.sort((a, b) => comparePeriods(a.period, b.period)) }))
    .sort((a, b) => b.points.length - a.points.length || a.key.localeCompare(b.key));
}

/** The distinct periods of a series, in order: the chart's x axis. */
export function seriesPeriods(series: FigureSeries): string[] {
  return [...new Set(series.points.map((p) => p.period))];
}

export const SERIES_CSV_HEADERS: readonly string[] = [
  'subject',
  'period',
  'value',
  'unit',
  'text',
  'clipping',
  'url',
];

/** A series as CSV, one row a point, with the library's quoting and formula guard. */
export function seriesToCsv(series: FigureSeries, separator: CsvSeparator): string {
  const rows = series.points.map((p) => [
    series.subject,
    p.period,
    String(p.value),
    series.unitLabel,
    p.text,
    p.clippingTitle,
    p.clippingUrl,
  ]);
  return rowsToCsv([SERIES_CSV_HEADERS, ...rows], { separator });
}
