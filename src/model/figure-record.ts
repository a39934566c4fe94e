/** How the text qualifies a figure: an estimate, a target to reach, a plan. */
export type FigureStatus = 'estimate' | 'target' | 'plan';

/**
 * What a change is measured against: the same period a year earlier, the period just before,
 * another named period, the plan, or nothing the text states.
 */
export type ComparisonBase = 'year-on-year' | 'previous-period' | 'period' | 'plan' | 'unstated';

/** A change the text reports for a figure (`giảm 41,6% so với cùng kỳ năm 2019`). */
export interface FigureComparison {
  /** Signed size of the change: −41.6 for `giảm 41,6%`. */
  change: number;
  /** `%` for a percentage change, `point` for a percentage-point one, else the figure's unit or currency. */
  unit: string;
  base: ComparisonBase;
  /** The base period, normalised like `FigureRecord.period`, when the text names it. */
  basePeriod?: string;
  /** Index (in the figure list) of the figure that states the change; absent for a change not recognised as a figure (`up 0.3 point`). */
  figure?: number;
}

/**
 * What a figure means in its sentence: what is measured, whose, for when, compared with what,
 * and whether it is an estimate, target or plan. Rules: `docs/figure-records.md`.
 */
export interface FigureRecord {
  /** The measured thing as written (`giá trị sản xuất công nghiệp`, `the jobless rate`). */
  subject?: string;
  /** Whose figure it is when stated (`Lai Châu`, `Canada`), else the article's main place. */
  entity?: string;
  /**
   * The period normalised: `2020`, `2020-04`, `2024-Q1`, `2020-H1`, a span of months
   * `2020-01/2020-04`, or of years `2021/2025`.
   */
  period?: string;
  comparison?: FigureComparison;
  status?: FigureStatus;
}
