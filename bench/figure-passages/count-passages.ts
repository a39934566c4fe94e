/**
 * `npx tsx bench/figure-passages/count-passages.ts`: counts passages, figures and projects per
 * language and split, and labels per class of the issue they exercise, from `passages.jsonl`
 * alone (no cache needed), and rewrites the counts section of this folder's README.
 * The classes are read off the labels by the rules below, so the table cannot drift from the data.
 */
import fs from 'node:fs';
import path from 'node:path';
import { PASSAGES_FILE, readRecords } from './load-passages';
import type { PassageRecord } from './check-passages';
import type { GoldFigure, GoldProject } from '../score-figures';

const README = path.join(path.dirname(PASSAGES_FILE), 'README.md');

const COMPOUND =
  /^(Khu Liên hợp|Liên hợp|Khu đô thị|khu đô thị|Khu kinh tế|khu phức hợp|Trung tâm điện lực|Cụm Công nghiệp|Bến cảng|bến cảng|Khu bến|Nút giao|nút giao|bến phà|Cảng hàng không|đoạn|Đoạn|hầm|Hầm|đập|bãi rác|nhà ga)/u;
const ABBREVIATED = /^(NMTĐ|NMNĐ|NMĐ|TBA|KCN|KĐT|KKT|CCN|QL|ĐT|TL)\b|^(QL|ĐT\.?)\d/u;

/** The project classes a label exercises (a label can be in several). */
export function projectClasses(p: GoldProject): string[] {
  const out: string[] = [];
  if (p.text === p.name) out.push('list item or bare name');
  if (ABBREVIATED.test(p.text)) out.push('abbreviated type noun');
  if (/\([\p{Lu}Đ]{2,}\)/u.test(p.text)) out.push('abbreviation in brackets');
  if (/\bmở rộng\b|\bexpansion\b/iu.test(p.name)) out.push('modifier in the name');
  if (/ [-–] /u.test(p.name)) out.push('segment or X - Y name');
  if (
    /(^|\s)(Quốc lộ|quốc lộ|QL|Đường tỉnh|đường tỉnh|ĐT|Tỉnh lộ|tỉnh lộ|Interstate|US)\s?\.?\d/u.test(
      p.text,
    )
  )
    out.push('numbered road');
  if (COMPOUND.test(p.text)) out.push('compound or rarer type noun');
  if (
    p.text !== p.name &&
    /(^|\s)(phía )?(Bắc|Nam|Đông|Tây)(\s|$)|\b(North|South|East|West)\b/u.test(p.name)
  )
    out.push('direction in the name');
  return out;
}

/** The figure classes a label exercises. */
export function figureClasses(f: GoldFigure): string[] {
  const out: string[] = [f.kind];
  if (f.per) out.push('rate (per …)');
  if (/^[\d.,]+$/u.test(f.text.trim())) out.push('bare bound of a range or pair');
  if (
    f.kind === 'quantity' &&
    f.unit &&
    /^\p{Ll}/u.test(f.unit) &&
    !/^(t|km|m|mi|ha)$/u.test(f.unit)
  )
    out.push('count with an economic noun');
  if (/\d-\p{L}/u.test(f.text)) out.push('hyphenated number-noun');
  if (/(?<!per )\bcents?\b|\bdollars\b/u.test(f.text) || /^[a-z]/u.test(f.text))
    out.push('currency word or number word');
  return out;
}

function tally(records: readonly PassageRecord[]): string[] {
  const rows = [
    '| lang | split | sites | passages | figures | projects |',
    '| --- | --- | --- | --- | --- | --- |',
  ];
  const groups = new Map<string, PassageRecord[]>();
  for (const r of records) {
    const key = `${r.lang} | ${r.split}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  const line = (key: string, rs: readonly PassageRecord[]) =>
    `| ${key} | ${new Set(rs.map((r) => r.site)).size} | ${rs.length} | ${rs.reduce((n, r) => n + r.figures.length, 0)} | ${rs.reduce((n, r) => n + r.projects.length, 0)} |`;
  for (const key of [...groups.keys()].sort()) rows.push(line(key, groups.get(key) ?? []));
  rows.push(line('**all** | ', records));
  return rows;
}

function classTable(records: readonly PassageRecord[]): string[] {
  const counts = new Map<string, number>();
  const add = (cls: string) => counts.set(cls, (counts.get(cls) ?? 0) + 1);
  for (const r of records) {
    for (const f of r.figures)
      for (const c of figureClasses(f)) add(`${r.lang} | ${r.split} | figure: ${c}`);
    for (const p of r.projects)
      for (const c of projectClasses(p)) add(`${r.lang} | ${r.split} | project: ${c}`);
  }
  const rows = ['| lang | split | class | labels |', '| --- | --- | --- | --- |'];
  for (const key of [...counts.keys()].sort()) rows.push(`| ${key} | ${counts.get(key)} |`);
  return rows;
}

function sites(records: readonly PassageRecord[]): string[] {
  const bySite = new Map<string, { split: string; lang: Set<string>; n: number }>();
  for (const r of records) {
    const s = bySite.get(r.site) ?? { split: r.split, lang: new Set<string>(), n: 0 };
    s.lang.add(r.lang);
    s.n++;
    bySite.set(r.site, s);
  }
  const rows = ['| site / collection | lang | split | passages |', '| --- | --- | --- | --- |'];
  for (const [site, s] of [...bySite].sort(
    (a, b) => a[1].split.localeCompare(b[1].split) || a[0].localeCompare(b[0]),
  ))
    rows.push(`| ${site} | ${[...s.lang].join(', ')} | ${s.split} | ${s.n} |`);
  return rows;
}

export function countsMarkdown(records: readonly PassageRecord[]): string {
  return [
    '### Per language and split',
    '',
    ...tally(records),
    '',
    '### Per site (the split is by site)',
    '',
    ...sites(records),
    '',
    '### Per class (labels; a label can be in several classes)',
    '',
    ...classTable(records),
  ].join('\n');
}

function main(): void {
  const md = countsMarkdown(readRecords());
  const begin = '<!-- counts:begin -->';
  const end = '<!-- counts:end -->';
  const readme = fs.readFileSync(README, 'utf8');
  const from = readme.indexOf(begin);
  const to = readme.indexOf(end);
  if (from < 0 || to < from) throw new Error(`README lacks the ${begin} … ${end} markers`);
  fs.writeFileSync(README, `${readme.slice(0, from + begin.length)}\n${md}\n${readme.slice(to)}`);
  console.log(md);
}

if (process.argv[1]?.endsWith('count-passages.ts')) main();
