import type { ComparisonBase, FigureComparison } from '../../model/figure-record';
import type { Direction } from '../figures/direction-words';
import type { BasePhrase } from './find-bases';
import { periodStep, type PeriodPhrase } from './find-periods';
import type { Placed } from './link-changes';
import type { Span } from './split-sentences';

/** A base carried from the sentence before (`Trong đó, …`). */
export interface CarriedBase {
  base: ComparisonBase;
  basePeriod?: string;
}

const POINT_AFTER =
  /^(?:\s*(?:in|during|for|trong|vào)\s*)?[\s,]*(?:(up|down|higher|lower|tăng|giảm)|(?:an? )?(?:increase|rise|gain|drop|decline|fall) of)\s+(\d+(?:[.,]\d+)?)[\s-]*(?:percentage[\s-]+)?(?:points?|điểm)(?!\s*phần)/iu;
const POINT_BEFORE =
  /(rose|risen|rising|increased|climbed|gained|jumped|up|tăng|fell|fallen|falling|dropped|declined|decreased|slipped|eased|down|giảm)\s+(?:by\s+)?(\d+(?:[.,]\d+)?)[\s-]*(?:percentage[\s-]+)?(?:points?|điểm)\s+(?:to|at|lên|xuống|còn)\s*(?:khoảng|about|around)?\s*$/iu;
const DOWN_WORDS =
  /^(?:down|lower|giảm|fell|fallen|falling|dropped|declined|decreased|slipped|eased|drop|decline|fall)/iu;

/** A percentage-point change written next to a rate without being a figure (`up 0.3 point from May`). */
export function pointChange(
  text: string,
  clause: Span,
  f: Placed,
  masked: (from: number, to: number) => string,
): { size: number; dir: Direction } | undefined {
  const after = POINT_AFTER.exec(masked(f.end, clause.end));
  const before = after ? null : POINT_BEFORE.exec(text.slice(clause.start, f.start));
  const m = after ?? before;
  if (!m) return undefined;
  const word = after ? (after[1] ?? after[0].trim()) : (m[1] ?? '');
  const size = Number((m[2] ?? '').replace(',', '.'));
  if (!Number.isFinite(size)) return undefined;
  return { size, dir: DOWN_WORDS.test(word) ? 'down' : 'up' };
}

/** The base phrase of the change: the first one after the pair in its clause, else the last before it, else the carried one. */
export function baseFor(
  bases: readonly BasePhrase[],
  periods: readonly PeriodPhrase[],
  clause: Span,
  change: Placed,
  level: Placed | undefined,
  carry: { base?: CarriedBase },
): { base: ComparisonBase; basePeriod?: string } {
  const from = Math.min(change.start, level?.start ?? change.start);
  const inClause = bases.filter((b) => b.start >= clause.start && b.end <= clause.end);
  const pick = inClause.find((b) => b.start >= from) ?? inClause[inClause.length - 1];
  if (!pick) return carry.base ?? { base: 'unstated' };
  const named = periods.find((p) => p.start >= pick.start && p.end <= pick.end);
  return { base: pick.base, ...(named?.period ? { basePeriod: named.period } : {}) };
}

/** The comparison a change figure states, its base classified against the figure's own period. */
export function comparisonOf(
  f: Placed,
  dir: Direction,
  base: { base: ComparisonBase; basePeriod?: string },
  period: string | undefined,
): FigureComparison {
  const sign = dir === 'down' ? -1 : 1;
  const unit =
    f.kind === 'percent'
      ? /điểm|point/iu.test(f.text)
        ? 'point'
        : '%'
      : (f.currency ?? f.unit ?? '');
  let kind = base.base;
  if (
    base.basePeriod &&
    period &&
    (kind === 'period' || kind === 'year-on-year' || kind === 'previous-period')
  ) {
    const a = periodStep(period);
    const b = periodStep(base.basePeriod);
    if (a && b) {
      const perYear = { year: 1, half: 2, quarter: 4, month: 12 }[a.unit];
      if (a.unit === b.unit && a.index - b.index === perYear) kind = 'year-on-year';
      else if (a.unit === b.unit && a.index - b.index === 1) kind = 'previous-period';
      else if (kind !== 'year-on-year') kind = 'period';
    }
  }
  return {
    change: sign * f.value,
    unit,
    base: kind,
    ...(base.basePeriod ? { basePeriod: base.basePeriod } : {}),
    figure: f.index,
  };
}
