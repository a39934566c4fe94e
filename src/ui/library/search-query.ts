import { foldDiacritics } from '../../export/fold-diacritics';

const WORD_CHARS = '\\p{L}\\p{N}\\p{M}';
const WORD = new RegExp(`[${WORD_CHARS}]+`, 'gu');
const BEFORE = `(?<![${WORD_CHARS}])`;
const AFTER = `(?![${WORD_CHARS}])`;

/**
 * A query compiled once per keystroke. MiniSearch finds candidates on folded words (`nậm` and
 * `năm` both index as `nam`); the patterns then check the stored text, where diacritics and word
 * order still exist.
 */
export interface CompiledQuery {
  /** The query for MiniSearch: the words in order, quotes gone. */
  indexQuery: string;
  /** Each must match some field of a hit: quoted phrases, and words typed with diacritics. */
  required: RegExp[];
  /** Each word as typed, case aside: a hit holding more of them ranks first (`nam` over `năm`). */
  exact: RegExp[];
  /** What to mark in titles and snippets, most specific first (phrases, then words). */
  marks: RegExp[];
}

function hasDiacritics(word: string): boolean {
  return foldDiacritics(word) !== word;
}

let variants: Map<string, string> | null = null;

/** For each ASCII letter, the Latin letters that fold to it (`a` → `aàáảãạăằ…`). */
function letterVariants(): Map<string, string> {
  if (variants) return variants;
  const groups = new Map<string, string>();
  const ranges: [number, number][] = [
    [0x61, 0x7a],
    [0xc0, 0x24f],
    [0x1e00, 0x1eff],
  ];
  for (const [from, to] of ranges)
    for (let code = from; code <= to; code += 1) {
      const ch = String.fromCodePoint(code).toLowerCase();
      const base = foldDiacritics(ch);
      if (!/^[a-z]$/.test(base)) continue;
      const group = groups.get(base) ?? '';
      if (!group.includes(ch)) groups.set(base, group + ch);
    }
  variants = groups;
  return groups;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');
}

/**
 * One word as a pattern. Typed with diacritics it must match as written (`nậm` is not `năm`);
 * typed without, any diacritics match (`nam` finds `Nam`, `năm`, `nậm`), as people type Vietnamese
 * without marks.
 */
function wordPattern(word: string, exact: boolean): string {
  if (exact || hasDiacritics(word)) return escapeRegExp(word);
  const table = letterVariants();
  return Array.from(word, (ch) => {
    const group = table.get(ch);
    return group ? `[${group}]` : escapeRegExp(ch);
  }).join('');
}

function wordsOf(text: string): string[] {
  return Array.from(text.normalize('NFC').toLowerCase().matchAll(WORD), (m) => m[0]);
}

function compile(source: string): RegExp {
  return new RegExp(source, 'iu');
}

/**
 * Reads a query: every word must match (AND), `"quoted words"` must stand next to each other in
 * that order, and the last unquoted word may still be being typed (a prefix).
 */
export function compileQuery(query: string): CompiledQuery {
  const required: string[] = [];
  const marks: string[] = [];
  const exact: string[] = [];
  // An unclosed quote is a phrase still being typed.
  const loose = query.normalize('NFC').replace(/"([^"]*)(?:"|$)/g, (_, inner: string) => {
    const words = wordsOf(inner);
    if (words.length > 0) {
      const phrase = words.map((w) => wordPattern(w, false)).join(`[^${WORD_CHARS}]+`);
      required.push(`${BEFORE}${phrase}${AFTER}`);
      marks.push(`${BEFORE}${phrase}${AFTER}`);
    }
    return ' ';
  });
  const words = wordsOf(loose);
  const typing = /[\p{L}\p{N}\p{M}]$/u.test(loose);
  words.forEach((word, i) => {
    const end = typing && i === words.length - 1 ? '' : AFTER;
    const pattern = `${BEFORE}${wordPattern(word, false)}${end}`;
    if (hasDiacritics(word)) required.push(pattern);
    marks.push(pattern);
    exact.push(`${BEFORE}${wordPattern(word, true)}${end}`);
  });
  return {
    indexQuery: query.replace(/"/g, ' '),
    required: required.map(compile),
    exact: exact.map(compile),
    marks: marks.map(compile),
  };
}

/** Stored text in composed form, so `Nậm` typed matches `Nậm` stored with combining marks. */
export function composed(text: string): string {
  return /\p{M}/u.test(text) ? text.normalize('NFC') : text;
}

/** Whether every required pattern matches one of the fields. */
export function satisfies(query: CompiledQuery, fields: readonly string[]): boolean {
  return query.required.every((re) => fields.some((f) => re.test(f)));
}

/** How many words as typed (diacritics and all) the fields hold: ranks exact matches first. */
export function exactness(query: CompiledQuery, fields: readonly string[]): number {
  return query.exact.filter((re) => fields.some((f) => re.test(f))).length;
}
