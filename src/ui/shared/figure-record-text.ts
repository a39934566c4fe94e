import type { FigureComparison, FigureRecord } from '../../model/figure-record';
import { t } from '../../platform/browser-api';

/** Message keys of the comparison bases (i18n keys take no hyphen). */
const BASE_KEY: Record<Exclude<FigureComparison['base'], 'unstated'>, string> = {
  'year-on-year': 'figBase_yoy',
  'previous-period': 'figBase_previous',
  period: 'figBase_period',
  plan: 'figBase_plan',
};

/**
 * A comparison in the reader's language: `−41,6% so với cùng kỳ`, `+0.3 point from 2020-05`.
 * Numbers in the article's style (`lang`), as the figures table writes values.
 */
export function comparisonLabel(c: FigureComparison | undefined, lang: string): string {
  if (!c) return '';
  const sign = c.change < 0 ? '−' : c.change > 0 ? '+' : '±';
  const size = new Intl.NumberFormat(lang || 'en', { maximumFractionDigits: 4 }).format(
    Math.abs(c.change),
  );
  const unit =
    c.unit === '%'
      ? '%'
      : c.unit === 'point'
        ? ` ${t('figUnitPoint')}`
        : c.unit
          ? ` ${c.unit}`
          : '';
  const base = c.base === 'unstated' ? '' : t(BASE_KEY[c.base], c.basePeriod ?? '');
  return `${sign}${size}${unit} ${base}`.trim();
}

/** The status in the reader's language, or nothing. */
export function statusLabel(record: FigureRecord | undefined): string {
  return record?.status ? t(`figStatus_${record.status}`) : '';
}

/**
 * A record on one line for a narrow table (the popup): what is measured, whose, for when, the
 * change and the status, `·`-separated, empty parts left out.
 */
export function recordLine(record: FigureRecord, lang: string): string {
  return [
    record.subject,
    record.entity,
    record.period,
    comparisonLabel(record.comparison, lang),
    statusLabel(record),
  ]
    .filter((part) => part !== undefined && part !== '')
    .join(' · ');
}
