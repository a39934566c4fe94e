import type { Figure, FigureKind } from '../../model/figure';
import type { ClippingSummary } from '../../store/library-queries';
import { UNIT_NAMES } from '../shared/figure-words';
import { dateOf } from './library-filters';
import { foldTerm } from './search-index';

/** One figure with the clipping it came from. */
export interface FigureEntry {
  clipping: ClippingSummary;
  /** The first mention of the figure in the clipping. */
  figure: Figure;
  /** Position of that mention among the clipping's figures: a stable key. */
  index: number;
  /** How many times the clipping states the same value in the same unit. */
  count: number;
}

export type FigureSort = 'value-desc' | 'value-asc' | 'date' | 'clipping';

/** What the figures view shows. `unit` is a currency (money) or a unit (quantity); null = any. */
export interface FigureQuery {
  kind: FigureKind | null;
  unit: string | null;
  /** Bounds on the normalised value (e.g. VND, not tỷ đồng), inclusive. */
  min: number | null;
  max: number | null;
  /** Words to find in the figure or its clipping's title, diacritics ignored. */
  text: string;
  sort: FigureSort;
}

export const ANY_FIGURE: FigureQuery = {
  kind: null,
  unit: null,
  min: null,
  max: null,
  text: '',
  sort: 'value-desc',
};

/**
 * Every distinct figure of every clipping: an article that repeats `202,6 tỷ đồng` three times
 * gives one entry with a count of 3, so repetition does not crowd the table or skew a sort.
 */
export function figureEntries(clippings: readonly ClippingSummary[]): FigureEntry[] {
  return clippings.flatMap((clipping) => {
    const byKey = new Map<string, FigureEntry>();
    clipping.figures.forEach((figure, index) => {
      const key = `${figure.kind}|${figure.value}|${unitOf(figure) ?? ''}|${figure.per ?? ''}`;
      const seen = byKey.get(key);
      if (seen) seen.count += 1;
      else byKey.set(key, { clipping, figure, index, count: 1 });
    });
    return [...byKey.values()];
  });
}

/** The currency of a money figure or the unit of a quantity; percentages have none. */
export function unitOf(f: Figure): string | null {
  return f.currency ?? f.unit ?? null;
}

/** A figure's currency or unit and what it is per, named in the UI's language as in the popup. */
export function unitText(figure: Figure): string {
  const unit = unitOf(figure);
  return [unit && UNIT_NAMES.unit(unit), figure.per && `/${UNIT_NAMES.per(figure.per)}`]
    .filter(Boolean)
    .join(' ');
}

const collator = new Intl.Collator(['vi', 'en'], { sensitivity: 'base', numeric: true });

const KIND_ORDER: Record<FigureKind, number> = { money: 0, percent: 1, quantity: 2 };

/**
 * What values can be compared within: the kind with its currency or unit (and what it is per).
 * VND and USD, or tonnes and percent, are never ranked against each other.
 */
export function unitGroup(f: Figure): string {
  return [f.kind, unitOf(f), f.per && `/${f.per}`].filter(Boolean).join(' ');
}

function compareGroups(a: Figure, b: Figure): number {
  return KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || collator.compare(unitGroup(a), unitGroup(b));
}

/** The units seen for a kind (or all kinds), for the unit filter's choices. */
export function unitsFor(entries: readonly FigureEntry[], kind: FigureKind | null): string[] {
  const units = new Set<string>();
  for (const { figure } of entries) {
    const unit = unitOf(figure);
    if (unit !== null && (kind === null || figure.kind === kind)) units.add(unit);
  }
  return [...units].sort();
}

/** Filters and sorts figures; values compare normalised, so `1 000 tỷ đồng` is 1e12 VND. */
export function queryFigures(entries: readonly FigureEntry[], q: FigureQuery): FigureEntry[] {
  const words = foldTerm(q.text).split(/\s+/).filter(Boolean);
  const kept = entries.filter(({ figure, clipping }) => {
    if (q.kind !== null && figure.kind !== q.kind) return false;
    if (q.unit !== null && unitOf(figure) !== q.unit) return false;
    if (q.min !== null && !(figure.value >= q.min)) return false;
    if (q.max !== null && !(figure.value <= q.max)) return false;
    if (words.length > 0) {
      const hay = foldTerm(`${figure.text} ${clipping.metadata.title ?? ''}`);
      if (!words.every((w) => hay.includes(w))) return false;
    }
    return true;
  });
  switch (q.sort) {
    // By value within each unit: the groups come in a fixed order, each sorted on its own.
    case 'value-desc':
      return kept.sort(
        (a, b) => compareGroups(a.figure, b.figure) || b.figure.value - a.figure.value,
      );
    case 'value-asc':
      return kept.sort(
        (a, b) => compareGroups(a.figure, b.figure) || a.figure.value - b.figure.value,
      );
    case 'date':
      return kept.sort(
        (a, b) => dateOf(b.clipping) - dateOf(a.clipping) || a.figure.start - b.figure.start,
      );
    case 'clipping':
      return kept.sort(
        (a, b) =>
          collator.compare(a.clipping.metadata.title ?? '', b.clipping.metadata.title ?? '') ||
          a.figure.start - b.figure.start,
      );
  }
}

/** Multipliers for the minimum/maximum inputs, so users type `1000` + `tỷ` instead of 12 zeros. */
export const SCALES: readonly { key: string; factor: number }[] = [
  { key: 'libScaleOne', factor: 1 },
  { key: 'libScaleThousand', factor: 1e3 },
  { key: 'libScaleMillion', factor: 1e6 },
  { key: 'libScaleBillion', factor: 1e9 },
];
