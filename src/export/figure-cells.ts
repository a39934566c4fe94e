import type { Figure } from '../model/figure';
import type { FigureComparison } from '../model/figure-record';

/** The figure columns every table export shows, in order. */
export const FIGURE_HEADERS = [
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
] as const;

/**
 * A figure as table cells. The value is written plainly (`202600000000`, never `2.026e+11` or a
 * locale format) so spreadsheets in any locale read it as a number.
 */
export function figureCells(f: Figure): string[] {
  return [
    f.text,
    f.kind,
    plainNumber(f.value),
    f.currency ?? f.unit ?? '',
    f.per ?? '',
    f.change ?? '',
    f.record?.subject ?? '',
    f.record?.entity ?? '',
    f.record?.period ?? '',
    comparisonText(f.record?.comparison),
    f.record?.status ?? '',
  ];
}

/**
 * A comparison in one cell, language-neutral and never opening with a sign (a spreadsheet would
 * take `-41.6%…` for a formula): `down 41.6% year-on-year 2019`, `up 0.3 point previous-period`.
 */
export function comparisonText(c: FigureComparison | undefined): string {
  if (!c) return '';
  const word = c.change < 0 ? 'down' : c.change > 0 ? 'up' : 'unchanged';
  const unit = c.unit === '%' ? '%' : c.unit ? ` ${c.unit}` : '';
  const size = c.change === 0 ? '' : ` ${plainNumber(Math.abs(c.change))}${unit}`;
  return `${word}${size} ${c.base}${c.basePeriod ? ` ${c.basePeriod}` : ''}`;
}

/** Decimal notation without exponent, for any finite number. */
export function plainNumber(value: number): string {
  if (!Number.isFinite(value)) return '';
  const text = String(value);
  if (!/e/i.test(text)) return text;
  // Beyond 1e21 or below 1e-7 String() switches to exponent form; toLocaleString('en-US') does not.
  return value.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 });
}

/**
 * About `radius` characters either side of the figure, whitespace-collapsed and cut at word
 * boundaries. Offsets come from the text the figure was found in; if they no longer point at the
 * figure (text re-extracted), the first occurrence is used instead.
 */
export function figureContext(text: string, f: Figure, radius = 20): string {
  let start = f.start;
  let end = f.end;
  if (text.slice(start, end) !== f.text) {
    start = text.indexOf(f.text);
    if (start < 0) return '';
    end = start + f.text.length;
  }
  let from = Math.max(0, start - radius);
  let to = Math.min(text.length, end + radius);
  // Widen to whole words so the snippet does not start with half a syllable.
  while (from > 0 && /\S/.test(text[from - 1] ?? '') && start - from < radius * 2) from -= 1;
  while (to < text.length && /\S/.test(text[to] ?? '') && to - end < radius * 2) to += 1;
  return text.slice(from, to).replace(/\s+/g, ' ').trim();
}
