import {
  AFTER_SUBJECT_HEADS,
  GENERIC_HOLDERS,
  LEADING_CONNECTORS,
  MEASURE_HEADS,
  NATIONAL_HOLDERS,
  STRONG_AFTER_HEADS,
  SKIP_WORDS,
  STOP_PAIRS,
  STOP_WORDS,
} from './subject-words';

/** A stretch of the paragraph the subject reader must not read as words. */
export interface Mask {
  start: number;
  end: number;
  kind: 'figure' | 'period' | 'base';
}

/** Subject and stated holder of one figure, both as written. */
export interface SubjectReading {
  subject?: string;
  /**
   * The holder as written (`Lai Châu`, `Canada`); `generic` when the text says only `tỉnh`,
   * `the country`; `national` for `cả nước`.
   */
  entity?: string;
  /** A subject after the figure whose head word makes it win over one before (`vốn FDI`). */
  strong?: boolean;
}

interface Word {
  text: string;
  lower: string;
  start: number;
  end: number;
  /** A masked stretch stands as one word of its kind. */
  mask?: Mask['kind'];
}

const WORD_RE =
  /[\p{L}\p{M}\p{N}](?:[\p{L}\p{M}\p{N}'’&-]*[\p{L}\p{M}\p{N}])?|[^\s\p{L}\p{M}\p{N}]/gu;
const MAX_WORDS = 10;
/** A place written with its administrative word (`tỉnh Lai Châu`, `thành phố Huế`). */
const ADMIN_NAME =
  /^(?:tỉnh|thành phố|huyện|quận|thị xã|xã|bang|the state of|the province of)\s+\p{Lu}/u;
const HOLDER_LINKS = new Set(['của', 'tại', 'ở', 'in', 'of']);

/** The words of `text` between `from` and `to`, masked stretches folded to one word each. */
function wordsOf(text: string, from: number, to: number, masks: readonly Mask[]): Word[] {
  const out: Word[] = [];
  const slice = text.slice(from, to);
  WORD_RE.lastIndex = 0;
  for (let m = WORD_RE.exec(slice); m; m = WORD_RE.exec(slice)) {
    const start = from + m.index;
    const end = start + m[0].length;
    const mask = masks.find((k) => start < k.end && end > k.start);
    if (mask) {
      const last = out[out.length - 1];
      if (last?.mask && last.start === Math.max(from, mask.start)) continue;
      out.push({
        text: '',
        lower: '',
        start: Math.max(from, mask.start),
        end: mask.end,
        mask: mask.kind,
      });
      continue;
    }
    out.push({ text: m[0], lower: m[0].toLowerCase(), start, end });
  }
  return out;
}

const isPunct = (w: Word): boolean => !w.mask && !/[\p{L}\p{N}]/u.test(w.text);
const isCapitalised = (s: string): boolean => /^[\p{Lu}\p{N}]/u.test(s);

function isStop(words: readonly Word[], i: number): boolean {
  const w = words[i] as Word;
  if (STOP_WORDS.has(w.lower)) return true;
  const prev = words[i - 1];
  return prev !== undefined && STOP_PAIRS.has(`${prev.lower}_${w.lower}`);
}

/**
 * Reads the subject written before a figure: walking back from it, passes the linking words
 * (`đạt`, `giảm tới`, `rose to`), then takes the noun phrase up to punctuation, another
 * figure, a period phrase or a verb. One or two words after a comma join the phrase before it
 * (`công nghiệp chế biến, chế tạo`). `của X`/`X's` split off the holder.
 */
export function readSubjectBefore(
  text: string,
  from: number,
  figStart: number,
  masks: readonly Mask[],
): SubjectReading {
  const words = wordsOf(text, from, figStart, masks);
  let i = words.length - 1;
  for (; i >= 0; i--) {
    const w = words[i] as Word;
    if (w.mask === 'period' || w.mask === 'base') continue;
    if (!w.mask && SKIP_WORDS.has(w.lower)) continue;
    // `rose 0.3 point to 7.3%`: a point change between the subject and its level.
    if (/^(?:points?|điểm)$/u.test(w.lower) && /^\d/.test(words[i - 1]?.text ?? '')) {
      i--;
      continue;
    }
    break;
  }
  const taken: Word[] = [];
  let entity: string | undefined;
  for (; i >= 0; i--) {
    const w = words[i] as Word;
    if (w.mask === 'period' && taken.length === 0) continue;
    if (w.mask || isPunct(w)) {
      if (w.text === ',' && joinsAcrossComma(words, i, taken.length)) continue;
      // `Hạ Long - Vân Đồn`: a dash between two names is part of the name.
      const nameDash = /^[-–]$/u.test(w.text) && isCapitalised(taken[0]?.text ?? '');
      if (nameDash && isCapitalised(words[i - 1]?.text ?? '')) continue;
      break;
    }
    if (HOLDER_LINKS.has(w.lower) && taken.length > 0) {
      const held = phrase(text, taken);
      const key = held.toLowerCase().replace(/ /g, '_');
      if (
        isCapitalised(held) ||
        ADMIN_NAME.test(held) ||
        GENERIC_HOLDERS.has(key) ||
        NATIONAL_HOLDERS.has(key)
      ) {
        entity = held;
        taken.length = 0;
        continue;
      }
      if (w.lower !== 'của' && w.lower !== 'of') break;
    }
    if (isStop(words, i)) {
      if (STOP_PAIRS.has(`${words[i - 1]?.lower}_${w.lower}`) && taken[0] === w) taken.shift();
      break;
    }
    taken.unshift(w);
    if (taken.length > MAX_WORDS) break;
  }
  return finish(text, taken, entity);
}

/**
 * Whether the walk goes on over the comma at `i`: the phrase taken so far is one or two words
 * and what stands before the comma is a short phrase of its own, not an opener.
 */
function joinsAcrossComma(words: readonly Word[], i: number, taken: number): boolean {
  if (taken === 0 || taken > 2) return false;
  let n = 0;
  for (let j = i - 1; j >= 0; j--) {
    const w = words[j] as Word;
    if (w.mask || isPunct(w)) break;
    if (isStop(words, j)) break;
    n++;
  }
  if (n === 0 || n > 4) return false;
  const first = words[i - n] as Word;
  return (
    !LEADING_CONNECTORS.some((c) => c.split(' ')[0] === first.lower) && !isCapitalised(first.text)
  );
}

/**
 * Reads a subject written right after the figure. `loose`: any lower-case phrase will do (the
 * figure opens its clause or follows a determiner: `The $100-million project`, `282,5 km dây
 * dẫn trung thế`), not only one opened by a head word: (`6.122,1 tỷ đồng giá trị sản xuất công nghiệp`, `$2bn in exports`). */
export function readSubjectAfter(
  text: string,
  figEnd: number,
  to: number,
  masks: readonly Mask[],
  loose = false,
): SubjectReading {
  const words = wordsOf(text, figEnd, to, masks);
  const first = words[0];
  if (!first || first.mask || isPunct(first)) return {};
  const opensLoose = loose && /^\p{Ll}/u.test(first.text) && !STOP_WORDS.has(first.lower);
  if (!AFTER_SUBJECT_HEADS.has(first.lower) && !opensLoose) return {};
  const taken: Word[] = [];
  let i = first.lower === 'in' || first.lower === 'of' || first.lower === 'worth' ? 1 : 0;
  if (words[i]?.lower === 'of') i++;
  for (; i < words.length && taken.length < MAX_WORDS; i++) {
    const w = words[i] as Word;
    if (w.mask || isPunct(w) || (taken.length > 0 && isStop(words, i))) break;
    taken.push(w);
  }
  const reading = finish(text, taken, undefined);
  const head = taken[0];
  if (
    head &&
    (STRONG_AFTER_HEADS.has(first.lower) || STRONG_AFTER_HEADS.has(head.lower)) &&
    !isCapitalised(head.text)
  )
    reading.strong = true;
  return reading;
}

/** The words as written in the text, commas between them included. */
function phrase(text: string, words: readonly Word[]): string {
  const first = words[0];
  const last = words[words.length - 1];
  return first && last ? text.slice(first.start, last.end) : '';
}

function finish(text: string, taken: Word[], heldBy: string | undefined): SubjectReading {
  let entity = heldBy;
  let subject = phrase(text, taken);
  for (let changed = true; changed;) {
    changed = false;
    const lower = subject.toLowerCase();
    for (const c of LEADING_CONNECTORS) {
      if (lower === c || lower.startsWith(`${c} `)) {
        subject = subject.slice(c.length).replace(/^[\s,]+/u, '');
        changed = true;
      }
    }
  }
  const lowerSubject = subject.toLowerCase();
  let cut = -1;
  for (const head of MEASURE_HEADS) {
    const at = lowerSubject.lastIndexOf(head);
    if (at > 0 && /\s/u.test(subject[at - 1] ?? '') && at > cut) cut = at;
  }
  if (cut > 0) subject = subject.slice(cut);
  const possessive = /^(\p{Lu}[\p{L}.&-]*(?: \p{Lu}[\p{L}.&-]*)*)['’]s? (.+)$/u.exec(subject);
  if (possessive && entity === undefined) {
    entity = possessive[1];
    subject = possessive[2] ?? '';
  }
  const key = entity?.toLowerCase().replace(/ /g, '_') ?? '';
  const holder = NATIONAL_HOLDERS.has(key)
    ? 'national'
    : GENERIC_HOLDERS.has(key)
      ? 'generic'
      : entity;
  return {
    ...(subject ? { subject } : {}),
    ...(holder !== undefined ? { entity: holder } : {}),
  };
}
