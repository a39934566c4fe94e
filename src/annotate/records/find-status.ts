import type { FigureStatus } from '../../model/figure-record';

/** Status cues, most specific first; the one nearest before the figure in its clause wins. */
const CUES: [RegExp, FigureStatus][] = [
  [
    /(?:ước đạt|ước tính|ước khoảng|ước thực hiện|(?<!\p{L})ước(?!\p{L})|dự kiến|dự báo|dự tính|khoảng chừng)/giu,
    'estimate',
  ],
  [
    /\b(?:estimated?|estimates|expected|expects?|forecasts?|forecast|projected|projects|projections?|predicted|anticipated|likely to)\b/giu,
    'estimate',
  ],
  [/(?:mục tiêu|chỉ tiêu|phấn đấu)/giu, 'target'],
  [/\b(?:targets?|targeted|targeting|goal|aims? (?:to|for)|aiming)\b/giu, 'target'],
  [/(?:kế hoạch|quy hoạch|dự toán|sẽ đầu tư|sẽ chi|sẽ xây dựng)/giu, 'plan'],
  [
    /\b(?:plans?|planned|planning|budgeted|budgets?|will (?:invest|spend|build|cost)|intends? to|proposed)\b/giu,
    'plan',
  ],
];

/**
 * The status the words of `before` (the clause up to the figure) give it: the cue closest to
 * the figure. A cue followed by `so với`/`than` names a base, not a status, and is skipped
 * (`bằng 45% kế hoạch` is a comparison with the plan).
 */
export function findStatus(before: string): FigureStatus | undefined {
  let best: { at: number; status: FigureStatus } | undefined;
  for (const [re, status] of CUES) {
    re.lastIndex = 0;
    for (let m = re.exec(before); m; m = re.exec(before)) {
      const lead = before.slice(Math.max(0, m.index - 12), m.index).toLowerCase();
      if (/(?:so với|bằng|than|of) $/u.test(lead)) continue;
      if (!best || m.index > best.at) best = { at: m.index, status };
    }
  }
  return best?.status;
}
