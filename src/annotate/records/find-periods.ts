/** A period phrase found in a sentence, with its normalised value when it can be resolved. */
export interface PeriodPhrase {
  start: number;
  end: number;
  /** Normalised (`2020-04`, `2024-Q1`, `2020-H1`, `2020-01/2020-04`, `2021/2025`, `2020`); absent when relative and no date is known. */
  period?: string;
  /** Whether the phrase names a whole year only (`năm 2020`, `last year`). */
  year?: boolean;
}

/** The article's date, what relative periods (`năm nay`, `last year`) are resolved against. */
export interface ReferenceDate {
  year: number;
  month: number;
}

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };
const ORDINAL: Record<string, number> = {
  first: 1,
  '1st': 1,
  second: 2,
  '2nd': 2,
  third: 3,
  '3rd': 3,
  fourth: 4,
  '4th': 4,
  final: 4,
  last: 4,
};
const COUNT_WORDS: Record<string, number> = {
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
};
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_NAME =
  'January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.';

const pad = (n: number): string => String(n).padStart(2, '0');

function monthsSpan(year: number, from: number, to: number): string {
  if (from === 1 && to === 12) return String(year);
  if (from === 1 && to === 6) return `${year}-H1`;
  if (from === 7 && to === 12) return `${year}-H2`;
  if (to - from === 2 && from % 3 === 1) return `${year}-Q${(from + 2) / 3}`;
  if (from === to) return `${year}-${pad(from)}`;
  return `${year}-${pad(from)}/${year}-${pad(to)}`;
}

/** A year word: digits, or `nay`/`this`, `ngoái`/`trước`/`last`, `tới`/`sau`/`next` against the reference. */
function yearOf(word: string | undefined, ref: ReferenceDate | undefined): number | undefined {
  if (word === undefined) return ref?.year;
  if (/^\d{4}$/.test(word)) return Number(word);
  const w = word.toLowerCase();
  if (!ref) return undefined;
  if (w === 'nay' || w === 'this' || w === 'hiện nay') return ref.year;
  if (w === 'ngoái' || w === 'trước' || w === 'last' || w === 'previous') return ref.year - 1;
  if (w === 'tới' || w === 'sau' || w === 'next') return ref.year + 1;
  return undefined;
}

/** A month without its year: the reference year, or the one before when that month is still ahead. */
function yearForMonth(month: number, ref: ReferenceDate | undefined): number | undefined {
  if (!ref) return undefined;
  return month > ref.month + 1 ? ref.year - 1 : ref.year;
}

type Rule = [
  RegExp,
  (m: RegExpExecArray, ref: ReferenceDate | undefined) => Omit<PeriodPhrase, 'start' | 'end'>,
];

const YEAR_WORD = '(\\d{4}|nay|ngoái|trước|tới|sau)';

/** Longest, most specific first: a later rule never overlaps an earlier match. */
const RULES: Rule[] = [
  // Vietnamese
  [new RegExp(`giai đoạn (\\d{4}) ?[-–] ?(\\d{4})`, 'giu'), (m) => ({ period: `${m[1]}/${m[2]}` })],
  [
    new RegExp(`(\\d{1,2}) tháng (đầu|cuối) năm(?: ${YEAR_WORD})?`, 'giu'),
    (m, ref) => {
      const n = Number(m[1]);
      const y = yearOf(m[3], ref);
      if (y === undefined || n < 1 || n > 12) return {};
      return {
        period: m[2]?.toLowerCase() === 'đầu' ? monthsSpan(y, 1, n) : monthsSpan(y, 13 - n, 12),
      };
    },
  ],
  [
    new RegExp(`(?:lũy kế|luỹ kế|trong) (\\d{1,2}) tháng(?: năm ${YEAR_WORD})?`, 'giu'),
    (m, ref) => {
      const y = yearOf(m[2], ref);
      const n = Number(m[1]);
      return y === undefined || n < 1 || n > 12 ? {} : { period: monthsSpan(y, 1, n) };
    },
  ],
  [
    new RegExp(`nửa (đầu|cuối) năm(?: ${YEAR_WORD})?`, 'giu'),
    (m, ref) => {
      const y = yearOf(m[2], ref);
      return y === undefined ? {} : { period: `${y}-H${m[1]?.toLowerCase() === 'đầu' ? 1 : 2}` };
    },
  ],
  [
    new RegExp(`quý (IV|III|II|I|[1-4])(?:(?:/| năm | )(\\d{4}|nay|này))?(?![\\p{L}\\d])`, 'giu'),
    (m, ref) => {
      const q = ROMAN[(m[1] ?? '').toLowerCase()] ?? Number(m[1]);
      const y = m[2] === 'này' ? ref?.year : yearOf(m[2], ref);
      return y === undefined ? {} : { period: `${y}-Q${q}` };
    },
  ],
  [
    new RegExp(`(?:từ )?đầu năm(?: ${YEAR_WORD})? (?:đến|tới) nay`, 'giu'),
    (m, ref) => {
      const y = yearOf(m[1], ref);
      return y === undefined || !ref ? {} : { period: monthsSpan(y, 1, ref.month) };
    },
  ],
  [
    new RegExp(`(?:tháng ?|T)(1[0-2]|0?[1-9])(?:/| năm )(\\d{4})`, 'giu'),
    (m) => ({ period: `${m[2]}-${pad(Number(m[1]))}` }),
  ],
  [
    /tháng (1[0-2]|0?[1-9])(?!\d|[/.,]\d)/giu,
    (m, ref) => {
      const month = Number(m[1]);
      const y = yearForMonth(month, ref);
      return y === undefined ? {} : { period: `${y}-${pad(month)}` };
    },
  ],
  [
    /tháng (này|trước)/giu,
    (m, ref) => {
      if (!ref) return {};
      const back = m[1]?.toLowerCase() === 'trước' ? 1 : 0;
      const month = ref.month - back;
      return month < 1 ? { period: `${ref.year - 1}-12` } : { period: `${ref.year}-${pad(month)}` };
    },
  ],
  [new RegExp(`năm (\\d{4}) ?[-–] ?(\\d{4})`, 'giu'), (m) => ({ period: `${m[1]}/${m[2]}` })],
  [
    new RegExp(`năm ${YEAR_WORD}(?![\\d\\p{L}])`, 'giu'),
    (m, ref) => {
      const y = yearOf(m[1], ref);
      return y === undefined ? { year: true } : { period: String(y), year: true };
    },
  ],
  // English
  [
    new RegExp(
      `(?:the )?(first|second|third|fourth|final|last|1st|2nd|3rd|4th)[- ]quarter(?:(?: of)? (\\d{4}))?`,
      'giu',
    ),
    (m, ref) => {
      const q = ORDINAL[(m[1] ?? '').toLowerCase()] ?? 1;
      const y = yearOf(m[2], ref);
      return y === undefined ? {} : { period: `${y}-Q${q}` };
    },
  ],
  [
    /\bQ([1-4])(?: |-|\/)?(\d{4})?\b/gu,
    (m, ref) => {
      const y = yearOf(m[2], ref);
      return y === undefined ? {} : { period: `${y}-Q${m[1]}` };
    },
  ],
  [
    /(?:the )?(first|second)[- ]half(?: of (\d{4}))?/giu,
    (m, ref) => {
      const y = yearOf(m[2], ref);
      return y === undefined ? {} : { period: `${y}-H${m[1]?.toLowerCase() === 'first' ? 1 : 2}` };
    },
  ],
  [
    /(?:the )?first (two|three|four|five|six|seven|eight|nine|ten|eleven|\d{1,2}) months(?: of (?:the year|(\d{4})))?/giu,
    (m, ref) => {
      const w = (m[1] ?? '').toLowerCase();
      const n = COUNT_WORDS[w] ?? Number(w);
      const y = yearOf(m[2], ref);
      return y === undefined || !(n >= 1 && n <= 12) ? {} : { period: monthsSpan(y, 1, n) };
    },
  ],
  [
    /\b(?:so far this year|year to date|year-to-date)\b/giu,
    (_m, ref) => (ref ? { period: monthsSpan(ref.year, 1, ref.month) } : {}),
  ],
  [
    new RegExp(`\\b(${MONTH_NAME})(?:,? (\\d{4}))?(?![\\p{L}])`, 'gu'),
    (m, ref) => {
      const month = MONTHS.indexOf((m[1] ?? '').slice(0, 3).toLowerCase()) + 1;
      const y = m[2] !== undefined ? Number(m[2]) : yearForMonth(month, ref);
      return y === undefined ? {} : { period: `${y}-${pad(month)}` };
    },
  ],
  [
    /\b(last|this|next|previous) (year|month|quarter)\b/giu,
    (m, ref) => {
      if (!ref) return {};
      const step = { last: -1, previous: -1, this: 0, next: 1 }[(m[1] ?? '').toLowerCase()] ?? 0;
      const unit = (m[2] ?? '').toLowerCase();
      if (unit === 'year') return { period: String(ref.year + step), year: true };
      if (unit === 'month') {
        const idx = ref.year * 12 + ref.month - 1 + step;
        return { period: `${Math.floor(idx / 12)}-${pad((idx % 12) + 1)}` };
      }
      const qIdx = ref.year * 4 + Math.floor((ref.month - 1) / 3) + step;
      return { period: `${Math.floor(qIdx / 4)}-Q${(qIdx % 4) + 1}` };
    },
  ],
  [
    /\b(?:fiscal(?: year)?|FY) ?((?:19|20)\d{2})\b/gu,
    (m) => ({ period: String(m[1]), year: true }),
  ],
  [
    /\b(?:in|for|of|by|during|through|since|until|to) ((?:19|20)\d{2})(?![\d/.,%])/gu,
    (m) => ({ period: String(m[1]), year: true }),
  ],
];

/**
 * Every period phrase of `sentence`, in order, none overlapping: Vietnamese (`Tháng 4/2020`,
 * `quý I/2024`, `6 tháng đầu năm`, `năm nay`) and English (`in the first quarter`, `April 2020`,
 * `last year`), resolved against `ref` when relative.
 */
export function findPeriods(sentence: string, ref: ReferenceDate | undefined): PeriodPhrase[] {
  const found: PeriodPhrase[] = [];
  for (const [re, resolve] of RULES) {
    re.lastIndex = 0;
    for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
      const start = m.index;
      const end = start + m[0].length;
      if (!startsWord(sentence, start)) continue;
      if (found.some((p) => start < p.end && end > p.start)) continue;
      found.push({ start, end, ...resolve(m, ref) });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

function startsWord(text: string, at: number): boolean {
  return at === 0 || !/[\p{L}\p{N}]/u.test(text[at - 1] ?? '');
}

/** The granularity and position of a normalised period, for comparing two periods. */
export function periodStep(
  period: string,
): { unit: 'year' | 'half' | 'quarter' | 'month'; index: number } | undefined {
  let m = /^(\d{4})$/.exec(period);
  if (m) return { unit: 'year', index: Number(m[1]) };
  m = /^(\d{4})-H([12])$/.exec(period);
  if (m) return { unit: 'half', index: Number(m[1]) * 2 + Number(m[2]) - 1 };
  m = /^(\d{4})-Q([1-4])$/.exec(period);
  if (m) return { unit: 'quarter', index: Number(m[1]) * 4 + Number(m[2]) - 1 };
  m = /^(\d{4})-(\d{2})$/.exec(period);
  if (m) return { unit: 'month', index: Number(m[1]) * 12 + Number(m[2]) - 1 };
  return undefined;
}

/** Parses an ISO date (`2020-05-12T08:30:00+07:00`) into the reference year and month. */
export function referenceDate(iso: string | undefined): ReferenceDate | undefined {
  const m = iso ? /^(\d{4})-(\d{2})/.exec(iso) : null;
  return m ? { year: Number(m[1]), month: Number(m[2]) } : undefined;
}
