/**
 * Per-field scoring of figure records (`docs/figure-records.md`) against hand labels: for each
 * field, a prediction counts when the record has the field, a gold item when the label has it,
 * and a true positive when both have it and they agree. Pure: `records-section.ts` runs it.
 */
import type { FigureRecord } from '../../src/model/figure-record';
import { prf, sumPrf, type Prf } from '../score-figures';

/** One labelled record (a line of `records.jsonl` holds a passage's list of them). */
export interface GoldRecord {
  /** Index of the figure in the passage's `figures`. */
  figure: number;
  /** The figure's span, repeated so a reader of the file sees what is labelled. */
  text: string;
  subject: string | null;
  entity: string | null;
  period: string | null;
  comparison: { change: number; base: string } | null;
  status: string | null;
}

export const FIELDS = ['subject', 'entity', 'period', 'comparison', 'status'] as const;
export type Field = (typeof FIELDS)[number];
export type FieldScores = Record<Field, Prf>;

const DETERMINERS = /^(?:the|a|an|its|their|his|her|our|this|that|these|those)\s+/u;

/** Case, punctuation, a leading determiner and a possessive holder folded away. */
export function foldPhrase(s: string): string[] {
  let t = s
    .normalize('NFC')
    .toLowerCase()
    .replace(/[’']s\b/gu, '')
    .replace(/[^\p{L}\p{N}\s&]/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
  while (DETERMINERS.test(t)) t = t.replace(DETERMINERS, '');
  return t ? t.split(' ') : [];
}

/**
 * Subjects are written phrases whose edges are a matter of judgement, so they match when one
 * holds the other as a run of words and the shorter has at least half the longer's words
 * (`giá bán sơ cấp căn hộ bình quân` ~ `giá bán sơ cấp căn hộ bình quân tại TP Hà Nội` fails,
 * `căn hộ` ~ `căn hộ 60m2` holds).
 */
export function sameSubject(predicted: string, gold: string): boolean {
  const a = foldPhrase(predicted);
  const b = foldPhrase(gold);
  if (a.length === 0 || b.length === 0) return false;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length * 2 < long.length) return false;
  const hay = ` ${long.join(' ')} `;
  return hay.includes(` ${short.join(' ')} `);
}

/** Places match without their administrative prefix and however `TP. HCM` is spaced. */
export function samePlace(predicted: string, gold: string): boolean {
  const fold = (s: string): string =>
    s
      .normalize('NFC')
      .toLowerCase()
      .replace(/^(?:tỉnh|thành phố|tp\.?)\s+/u, '')
      .replace(/[.\s-]/gu, '')
      .replace(/hoà/gu, 'hòa')
      .replace(/hoá/gu, 'hóa');
  return fold(predicted) === fold(gold);
}

function agrees(field: Field, r: FigureRecord, g: GoldRecord): boolean {
  switch (field) {
    case 'subject':
      return sameSubject(r.subject ?? '', g.subject ?? '');
    case 'entity':
      return samePlace(r.entity ?? '', g.entity ?? '');
    case 'period':
      return r.period === g.period;
    case 'comparison':
      return (
        r.comparison !== undefined &&
        g.comparison !== null &&
        Math.abs(r.comparison.change - g.comparison.change) <=
          1e-9 * Math.max(1, Math.abs(g.comparison.change)) &&
        r.comparison.base === g.comparison.base
      );
    case 'status':
      return r.status === g.status;
  }
}

const present = (field: Field, r: FigureRecord | undefined): boolean => r?.[field] !== undefined;

/** Per-field counts for one passage: `records[i]` is the record of the passage's figure `i`. */
export function scoreRecords(
  records: readonly FigureRecord[],
  gold: readonly GoldRecord[],
): FieldScores {
  const out = {} as FieldScores;
  for (const field of FIELDS) {
    let tp = 0;
    let predicted = 0;
    let goldCount = 0;
    for (const g of gold) {
      const r = records[g.figure];
      const has = present(field, r);
      const want = g[field] !== null;
      if (has) predicted++;
      if (want) goldCount++;
      if (has && want && r && agrees(field, r, g)) tp++;
    }
    out[field] = prf(tp, predicted, goldCount);
  }
  return out;
}

export function sumFieldScores(items: readonly FieldScores[]): FieldScores {
  const out = {} as FieldScores;
  for (const field of FIELDS) out[field] = sumPrf(items.map((x) => x[field]));
  return out;
}

/** The fields a record gets wrong against its label, for `--verbose` on development passages. */
export function fieldErrors(r: FigureRecord | undefined, g: GoldRecord): string[] {
  const errors: string[] = [];
  for (const field of FIELDS) {
    const has = present(field, r);
    const want = g[field] !== null;
    if (!has && !want) continue;
    if (has && want && r && agrees(field, r, g)) continue;
    const shown = (v: unknown): string => (v === undefined || v === null ? '—' : JSON.stringify(v));
    const got =
      field === 'comparison' && r?.comparison
        ? { change: r.comparison.change, base: r.comparison.base }
        : r?.[field];
    errors.push(`${field}: ${shown(got)} vs ${shown(g[field])}`);
  }
  return errors;
}
