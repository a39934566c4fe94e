/**
 * The figure-records part of `npm run bench:figures`: reads `records.jsonl` (labels keyed by
 * passage id and figure index, over the passages of `bench/figure-passages/`), reads records
 * for each passage's labelled figures with `findFigureRecords`, and scores each field per
 * language and split. Records are read for the gold figures, so a figure the recogniser misses
 * does not count against the records. `--verbose` lists the errors of development passages only.
 */
import fs from 'node:fs';
import path from 'node:path';
import { findFigureRecords } from '../../src/annotate/find-figure-records';
import type { Passage } from '../figure-passages/load-passages';
import type { Prf } from '../score-figures';
import {
  FIELDS,
  fieldErrors,
  scoreRecords,
  sumFieldScores,
  type FieldScores,
  type GoldRecord,
} from './score-records';

const HERE = path.dirname(new URL(import.meta.url).pathname);
export const RECORDS_FILE = path.join(HERE, 'records.jsonl');

/** One line of `records.jsonl`. */
export interface RecordLabels {
  id: string;
  /** The article's date as its page gives it (ISO day), when known. */
  published?: string;
  records: GoldRecord[];
}

export function readRecordLabels(file = RECORDS_FILE): RecordLabels[] {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as RecordLabels);
}

/** Problems of a label line against its passage: unknown id, figure index or text mismatch. */
export function recordLabelProblems(labels: RecordLabels, passage: Passage | undefined): string[] {
  if (!passage) return [`${labels.id}: no such passage`];
  return labels.records.flatMap((r) => {
    const f = passage.figures[r.figure];
    if (!f) return [`${labels.id}#${r.figure}: no such figure`];
    return f.text === r.text
      ? []
      : [`${labels.id}#${r.figure}: "${r.text}" is "${f.text}" in the passage`];
  });
}

const f3 = (x: number): string => x.toFixed(3);
const cell = (x: Prf): string =>
  `${f3(x.precision)} / ${f3(x.recall)} (${x.tp}/${x.predicted}/${x.gold})`;

export function recordsSection(passages: readonly Passage[], verbose: boolean): string[] {
  const byId = new Map(passages.map((p) => [p.id, p]));
  const labels = readRecordLabels();
  const problems = labels.flatMap((l) => recordLabelProblems(l, byId.get(l.id)));
  if (problems.length > 0) throw new Error(`records.jsonl:\n${problems.join('\n')}`);
  const scored = labels.map((l) => {
    const p = byId.get(l.id) as Passage;
    const records = findFigureRecords(p.text, p.figures, {
      lang: p.lang,
      ...(l.published ? { published: l.published } : {}),
    });
    if (verbose && p.split === 'dev') {
      const lines = l.records.flatMap((g) =>
        fieldErrors(records[g.figure], g).map((e) => `  #${g.figure} "${g.text}" ${e}`),
      );
      if (lines.length > 0) console.log(`\n--- records ${p.id}\n${lines.join('\n')}`);
    }
    return {
      lang: p.lang,
      split: p.split,
      scores: scoreRecords(records, l.records),
      figures: l.records.length,
    };
  });
  const head = ['part', ...FIELDS];
  const rows = [`| ${head.join(' | ')} |`, `|${head.map(() => ' --- ').join('|')}|`];
  for (const lang of [...new Set(scored.map((s) => s.lang))].sort())
    for (const split of ['dev', 'test']) {
      const mine = scored.filter((s) => s.lang === lang && s.split === split);
      if (mine.length === 0) continue;
      const sum: FieldScores = sumFieldScores(mine.map((s) => s.scores));
      const figures = mine.reduce((n, s) => n + s.figures, 0);
      rows.push(
        `| **${lang} ${split}** (${mine.length} passages, ${figures} figures) | ${FIELDS.map((f) => cell(sum[f])).join(' | ')} |`,
      );
    }
  for (const split of ['dev', 'test']) {
    const mine = scored.filter((s) => s.split === split);
    const sum = sumFieldScores(mine.map((s) => s.scores));
    const figures = mine.reduce((n, s) => n + s.figures, 0);
    rows.push(
      `| **all ${split}** (${mine.length} passages, ${figures} figures) | ${FIELDS.map((f) => cell(sum[f])).join(' | ')} |`,
    );
  }
  return [
    '## Figure records (`bench/figure-records/`)',
    '',
    'Subject, entity, period, comparison and status of each labelled figure (`docs/figure-records.md`),',
    'read for the gold figures of the passages above, same dev/test split. Cells are precision / recall',
    '(true positives / predicted / gold) per field: a prediction is a record having the field, a gold',
    'item a label having it. Subjects match as phrases (one holds the other, at least half its words);',
    'places without their `tỉnh`/`thành phố` prefix; periods exactly; comparisons by signed change and base.',
    '',
    ...rows,
    '',
  ];
}
