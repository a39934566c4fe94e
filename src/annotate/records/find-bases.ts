import type { ComparisonBase } from '../../model/figure-record';

/** A phrase naming what a change is measured against (`so với cùng kỳ năm 2019`, `from a year earlier`). */
export interface BasePhrase {
  start: number;
  end: number;
  /** What the wording itself says; `period` means a named period to compare with the figure's own. */
  base: ComparisonBase;
}

/**
 * Most specific first. A base phrase swallows the period it names, so `năm 2019` in
 * `so với cùng kỳ năm 2019` is never taken for the figure's own period.
 */
const RULES: [RegExp, ComparisonBase][] = [
  [
    /(?:so với|so cùng kỳ|bằng) (?:cùng kỳ|cùng thời điểm)(?: (?:năm|tháng|quý) (?:\d{4}|trước|ngoái)| \d{4})?/giu,
    'year-on-year',
  ],
  [/(?:so với|bằng) (?:năm|tháng|quý|kỳ) (?:trước|ngoái)/giu, 'previous-period'],
  [
    /(?:so với|bằng|đạt) (?:\d+(?:,\d+)?% )?(?:kế hoạch|dự toán|chỉ tiêu)(?: năm(?: \d{4})?)?/giu,
    'plan',
  ],
  [/so với (?:giá|mức|phương án)[^,.;]{0,40}?(?:đề xuất|kế hoạch|dự kiến|phê duyệt)/giu, 'plan'],
  [
    /so với (?:(?:tháng|quý|năm|cuối năm|đầu năm|cuối tháng|nửa đầu năm) ?(?:[IV]+|\d{1,2})?(?:[/ ]?(?:năm )?\d{4})?|(?:cùng )?thời điểm (?:này )?năm (?:trước|ngoái|\d{4}))/giu,
    'period',
  ],
  [
    /\b(?:from|than|over|compared (?:with|to)|versus|vs\.?) (?:the same (?:period|quarter|month|time) (?:of |in )?(?:a year (?:earlier|ago|before)|last year|the previous year|the prior year|(?:19|20)\d{2})|a year (?:earlier|ago|before)|(?:a|one) year-?(?:earlier|ago) (?:period|quarter|level|levels|month)|(?:the )?(?:year-?earlier|year-?ago|prior-year|previous-year) (?:period|quarter|month|level|levels|figure|figures))/giu,
    'year-on-year',
  ],
  [
    /\b(?:year[- ]on[- ]year|year[- ]over[- ]year|on the year|y\/y|yoy|on an annual basis)\b/giu,
    'year-on-year',
  ],
  [
    /\b(?:from|than|over|compared (?:with|to)) (?:the (?:previous|prior|preceding) (?:month|quarter|week)|a (?:month|quarter|week) (?:earlier|ago|before))/giu,
    'previous-period',
  ],
  [
    /\b(?:month[- ]on[- ]month|quarter[- ]on[- ]quarter|sequentially|on the month|on the quarter)\b/giu,
    'previous-period',
  ],
  [
    /\b(?:from|than|over|compared (?:with|to)|since) (?:last year|the previous year|the prior year|(?:19|20)\d{2}|(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:,? (?:19|20)\d{2})?|the (?:first|second|third|fourth) quarter(?: of (?:19|20)\d{2})?|last (?:month|quarter))\b/giu,
    'period',
  ],
];

/** Every comparison-base phrase of `sentence`, in order, none overlapping. */
export function findBases(sentence: string): BasePhrase[] {
  const found: BasePhrase[] = [];
  for (const [re, base] of RULES) {
    re.lastIndex = 0;
    for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
      const start = m.index;
      const end = start + m[0].length;
      if (found.some((p) => start < p.end && end > p.start)) continue;
      found.push({ start, end, base });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
