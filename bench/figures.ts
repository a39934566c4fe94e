/**
 * `npm run bench:figures`: runs the figure and project recognisers on every labelled page in
 * `shared/labels/` and prints exact-span and value-aware scores per page and per language,
 * then writes the same tables to `docs/benchmarks-figures.md`. A benchmark, not a test.
 *
 * Then scores the labelled passages of `bench/figure-passages/` (dev and test parts apart, per
 * language, per figure kind and per project type-noun family).
 *
 * Env: CORPUS_DIR (default ../shared/corpus); labels are read from CORPUS_DIR/../labels;
 * FIGURE_PASSAGES_CACHE (see bench/figure-passages/README.md).
 * `--verbose` lists the misses and false alarms of every page and of every DEVELOPMENT passage;
 * test passages are only scored (held-out discipline: rules change on dev errors only).
 */
import fs from 'node:fs';
import path from 'node:path';
import { articleTextFor, urlFor } from './article-text';
import { findFigures } from '../src/annotate/find-figures';
import { findProjects } from '../src/annotate/find-projects';
import type { Figure } from '../src/model/figure';
import type { Project } from '../src/model/project';
import { loadPassages, type Passage } from './figure-passages/load-passages';
import { recordsSection } from './figure-records/records-section';
import {
  KINDS,
  PROJECT_FAMILIES,
  alignPairs,
  scoreProjectsByFamily,
  sumFamilies,
  type ProjectFamily,
  sameSpan,
  sameValue,
  scoreFigures,
  scoreProjects,
  sumFigureScores,
  sumPrf,
  type FigureScores,
  type GoldFigure,
  type GoldProject,
  type Prf,
} from './score-figures';

const CORPUS_DIR = process.env.CORPUS_DIR ?? path.resolve('../shared/corpus');
const LABELS_DIR = path.resolve(CORPUS_DIR, '../labels');
const VERBOSE = process.argv.includes('--verbose');

interface LabelFile {
  page: string;
  lang: string;
  figures: GoldFigure[];
  projects: GoldProject[];
}

interface PageResult {
  name: string;
  lang: string;
  figures: FigureScores;
  projects: Prf;
}

function runPage(file: string): PageResult {
  const label = JSON.parse(fs.readFileSync(path.join(LABELS_DIR, file), 'utf8')) as LabelFile;
  const pagePath = path.resolve(CORPUS_DIR, '..', label.page);
  const text = articleTextFor(fs.readFileSync(pagePath, 'utf8'), urlFor(pagePath));
  const figures = findFigures(text, label.lang);
  const projects = findProjects(text, label.lang);
  if (VERBOSE) explain(file, figures, label.figures, projects, label.projects);
  return {
    name: file.replace(/\.json$/, ''),
    lang: label.lang,
    figures: scoreFigures(figures, label.figures),
    projects: scoreProjects(projects, label.projects),
  };
}

/** Lists what one side has that the other lacks, under the same in-order matching as the score. */
function explain(
  file: string,
  pf: Figure[],
  gf: GoldFigure[],
  pp: Project[],
  gp: GoldProject[],
): void {
  console.log(`\n--- ${file}`);
  const figPairs = alignPairs(pf, gf, sameSpan);
  const fp = new Set(figPairs.map(([p]) => p));
  const fg = new Set(figPairs.map(([, g]) => g));
  for (const [p, g] of figPairs) {
    const a = pf[p] as Figure;
    const b = gf[g] as GoldFigure;
    if (!sameValue(a, b))
      console.log(
        `  VALUE      "${a.text}" ${a.value} ${a.currency ?? a.unit} vs ${b.value} ${b.currency ?? b.unit}`,
      );
  }
  pf.forEach((p, i) => fp.has(i) || console.log(`  FP figure  ${p.kind} "${p.text}"`));
  gf.forEach(
    (g, i) => fg.has(i) || console.log(`  FN figure  ${g.kind} "${g.text}"  (${g.context ?? ''})`),
  );
  const projPairs = alignPairs(pp, gp, (p, g) => p.text.includes(g.name));
  const pm = new Set(projPairs.map(([p]) => p));
  const gm = new Set(projPairs.map(([, g]) => g));
  pp.forEach((p, i) => pm.has(i) || console.log(`  FP project "${p.text}"`));
  gp.forEach((g, i) => gm.has(i) || console.log(`  FN project "${g.text}"  (${g.context ?? ''})`));
}

const f3 = (x: number): string => x.toFixed(3);
const cell = (x: Prf): string =>
  `${f3(x.precision)} / ${f3(x.recall)} / ${f3(x.f1)} (${x.tp}/${x.predicted}/${x.gold})`;

function table(rows: { name: string; figures: FigureScores; projects: Prf }[]): string {
  const head = ['page', 'figures P / R / F1 (tp/pred/gold)', ...KINDS, 'value-aware', 'projects'];
  const lines = [`| ${head.join(' | ')} |`, `|${head.map(() => ' --- ').join('|')}|`];
  for (const r of rows) {
    const cells = [
      r.name,
      cell(r.figures.overall),
      ...KINDS.map((k) => cell(r.figures.byKind[k])),
      cell(r.figures.valueAware),
      cell(r.projects),
    ];
    lines.push(`| ${cells.join(' | ')} |`);
  }
  return lines.join('\n');
}

interface PassageResult extends PageResult {
  split: string;
  families: Record<ProjectFamily, Prf>;
}

function runPassage(p: Passage): PassageResult {
  const figures = findFigures(p.text, p.lang);
  const projects = findProjects(p.text, p.lang);
  if (VERBOSE && p.split === 'dev') explain(p.id, figures, p.figures, projects, p.projects);
  return {
    name: p.id,
    lang: p.lang,
    split: p.split,
    figures: scoreFigures(figures, p.figures),
    projects: scoreProjects(projects, p.projects),
    families: scoreProjectsByFamily(projects, p.projects),
  };
}

/** Precision and recall count different sides here, so no single true-positive count. */
const familyCell = (x: Prf): string =>
  `${f3(x.precision)} / ${f3(x.recall)} / ${f3(x.f1)} (${x.predicted}/${x.gold})`;

function familyTable(rows: { name: string; families: Record<ProjectFamily, Prf> }[]): string {
  const head = ['part', ...PROJECT_FAMILIES];
  const lines = [`| ${head.join(' | ')} |`, `|${head.map(() => ' --- ').join('|')}|`];
  for (const r of rows)
    lines.push(
      `| ${[r.name, ...PROJECT_FAMILIES.map((f) => familyCell(r.families[f]))].join(' | ')} |`,
    );
  return lines.join('\n');
}

/** The passages section: per language and split, figures by kind and projects by family. */
function passagesSection(): string[] {
  const { passages, missing } = loadPassages();
  const records = recordsSection(passages, VERBOSE);
  const results = passages.map(runPassage);
  const parts: {
    name: string;
    figures: FigureScores;
    projects: Prf;
    families: Record<ProjectFamily, Prf>;
  }[] = [];
  for (const lang of [...new Set(results.map((r) => r.lang))].sort())
    for (const split of ['dev', 'test']) {
      const mine = results.filter((r) => r.lang === lang && r.split === split);
      if (mine.length === 0) continue;
      parts.push({
        name: `**${lang} ${split}** (${mine.length} passages)`,
        figures: sumFigureScores(mine.map((r) => r.figures)),
        projects: sumPrf(mine.map((r) => r.projects)),
        families: sumFamilies(mine.map((r) => r.families)),
      });
    }
  return [
    '## Labelled passages (`bench/figure-passages/`)',
    '',
    'Passages of economic news labelled by the same guide, split once by site into a development',
    'part (rules are changed looking only at its errors) and a test part (only scored). Project',
    'classes are families of the type noun (a list item takes the family of the item before it);',
    'precision counts predictions of the family, recall gold projects of it: cells are P / R / F1 (predicted/gold).',
    ...(missing.length > 0 ? ['', `Not scored (source not cached): ${missing.join(', ')}`] : []),
    '',
    table(parts),
    '',
    '### Projects per type-noun family',
    '',
    familyTable(parts),
    '',
    ...records,
  ];
}

function main(): void {
  const files = fs
    .readdirSync(LABELS_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort();
  const pages = files.map(runPage);
  const langs = [...new Set(pages.map((p) => p.lang))].sort();
  const totals = langs.map((lang) => {
    const mine = pages.filter((p) => p.lang === lang);
    return {
      name: `**all ${lang}**`,
      figures: sumFigureScores(mine.map((p) => p.figures)),
      projects: sumPrf(mine.map((p) => p.projects)),
    };
  });
  const all = {
    name: '**all**',
    figures: sumFigureScores(pages.map((p) => p.figures)),
    projects: sumPrf(pages.map((p) => p.projects)),
  };
  const md = [
    '# Figures and projects benchmark',
    '',
    'Generated by `npm run bench:figures` (`bench/figures.ts`) over `shared/labels/*.json`.',
    'Cells are precision / recall / F1 (true positives / predicted / gold), micro-averaged over pages.',
    'Figures: exact span after trimming spaces and punctuation, kind must agree; value-aware also',
    'requires value (1e-9 relative) and currency/unit. Projects: the predicted span contains the gold',
    '`name`, one-to-one. Predictions and labels are matched in document order (labels carry no offsets).',
    "Article text: the extension's own (planArticle, then the page layer's text index; `articleTextFor`).",
    '',
    '## Per language',
    '',
    table([...totals, all]),
    '',
    '## Per page',
    '',
    table(pages),
    '',
    ...passagesSection(),
  ].join('\n');
  console.log(md);
  const out = path.resolve('docs/benchmarks-figures.md');
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, md);
}

if (process.argv[1]?.endsWith('figures.ts')) main();
