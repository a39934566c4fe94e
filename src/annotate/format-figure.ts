import type { Figure } from '../model/figure';

/** Readable unit names for the normalised units the recogniser reports. */
const UNIT_LABEL: Record<string, string> = {
  t: 'tonnes',
  ha: 'ha',
  MW: 'MW',
  kWh: 'kWh',
  m2: 'm²',
  m3: 'm³',
  km: 'km',
};

/** `202600000000` → `202,600,000,000` (en) or `202.600.000.000` (vi): the page's own style. */
export function formatNumber(value: number, lang: string): string {
  const locale = lang.toLowerCase().startsWith('vi') ? 'vi-VN' : 'en-US';
  // Creating a formatter costs far more than using one; a long article formats thousands.
  let format = FORMATS.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale, { maximumFractionDigits: 6 });
    FORMATS.set(locale, format);
  }
  return format.format(value);
}

const FORMATS = new Map<string, Intl.NumberFormat>();

/** How units (`t` → "tonnes") and what a rate is per (`year`) are named. */
export interface UnitNames {
  unit(unit: string): string;
  per(per: string): string;
}

const ENGLISH: UnitNames = { unit: (u) => UNIT_LABEL[u] ?? u, per: (p) => p };

/**
 * A figure's normalised value with its currency or unit, e.g. `202,600,000,000 VND/lượng`.
 * Numbers follow the article's language (`lang`); units are named by `names` (in the UI's
 * language in the extension: src/ui/shared/figure-words.ts).
 */
export function formatFigureValue(
  figure: Figure,
  lang: string,
  names: UnitNames = ENGLISH,
): string {
  const number = formatNumber(figure.value, lang);
  let text: string;
  if (figure.kind === 'percent') text = `${number}%`;
  else if (figure.kind === 'money') text = `${number} ${figure.currency ?? ''}`.trim();
  else text = `${number} ${figure.unit ? names.unit(figure.unit) : ''}`.trim();
  return figure.per ? `${text}/${names.per(figure.per)}` : text;
}

/** Short words for the kinds and directions, for tooltips and tables. */
export const KIND_LABEL = {
  money: 'money',
  percent: 'percent',
  quantity: 'quantity',
  project: 'project',
} as const;
export const CHANGE_LABEL = { up: '▲ up', down: '▼ down' } as const;
