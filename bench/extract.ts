/**
 * Extraction + detection benchmark: ours vs @mozilla/readability vs defuddle, side by side in
 * one run on the shared corpus. Prints a Markdown report and writes docs/benchmarks-extract.md.
 *
 *   npm run bench:extract [-- --limit N] [--set NAME] [--worst K] [--no-write]
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import v8 from 'node:v8';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { isProbablyReaderable, Readability } from '@mozilla/readability';
import Defuddle from 'defuddle';
import { parseHtml, readHtmlFile } from '../scripts/parse-html-file';
import { detectArticle } from '../src/detect/detect-article';
import { planArticle, visibleText } from '../src/extract/plan-article';
import { textBlocks } from '../src/extract/visible-text';
import { corpusDir, loadCorpus, type CorpusCase } from './corpus';
import { averageScore, pageF1, shingleCounts, type ShingleCounts } from './shingle-f1';

/** `ours-body` = our visible text without headline and byline/date: the benchmark's own notion of the body. */
type Tool = 'ours' | 'ours-body' | 'readability' | 'defuddle';
const ALL_TOOLS: readonly Tool[] = ['ours', 'ours-body', 'readability', 'defuddle'];
let TOOLS: readonly Tool[] = ALL_TOOLS;

interface Args {
  limit: number;
  sets: string[] | null;
  worst: number;
  write: boolean;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { limit: Infinity, sets: null, worst: 0, write: true };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--limit') args.limit = Number(argv[++i]);
    else if (a === '--set') (args.sets ??= []).push(argv[++i] ?? '');
    else if (a === '--worst') args.worst = Number(argv[++i]);
    else if (a === '--no-write') args.write = false;
    else if (a === '--tools')
      TOOLS = (argv[++i] ?? '').split(',').filter((t): t is Tool => ALL_TOOLS.includes(t as Tool));
  }
  return args;
}

function median(xs: number[]): number {
  if (xs.length === 0) return 0;
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}

/** jsdom keeps a closed-over window alive until close(): without it a full run runs out of heap. */
function release(doc: Document): void {
  doc.defaultView?.close();
}

function htmlToText(html: string): string {
  const doc = parseHtml(`<body>${html}</body>`);
  const text = textBlocks(doc.body, new Set()).join('\n\n');
  release(doc);
  return text;
}

function runTool(tool: Tool, html: string, url: string | undefined): { text: string; ms: number } {
  const doc = parseHtml(html, url);
  const start = performance.now();
  let text: string;
  if (tool === 'ours') {
    text = visibleText(doc, planArticle(doc));
  } else if (tool === 'ours-body') {
    const plan = planArticle(doc);
    const skip = new Set([...(plan?.hide ?? []), ...(plan?.byline ?? [])]);
    if (plan?.title) skip.add(plan.title);
    text = textBlocks(doc.body, skip).join('\n\n');
  } else if (tool === 'readability') {
    const content = new Readability<Element>(doc, { serializer: (n) => n as Element }).parse()
      ?.content;
    text = content ? textBlocks(content, new Set()).join('\n\n') : '';
  } else {
    const content = new Defuddle(doc, { url }).parse().content;
    const ms = performance.now() - start;
    release(doc);
    return { text: htmlToText(content), ms };
  }
  const ms = performance.now() - start;
  release(doc);
  return { text, ms };
}

interface SetResult {
  counts: Record<Tool, ShingleCounts[]>;
  ms: Record<Tool, number[]>;
  perPage: Array<{ id: string; f1: Record<Tool, number> }>;
}

function runExtraction(cases: CorpusCase[]): SetResult {
  const result: SetResult = {
    counts: { ours: [], 'ours-body': [], readability: [], defuddle: [] },
    ms: { ours: [], 'ours-body': [], readability: [], defuddle: [] },
    perPage: [],
  };
  for (const c of cases) {
    if (c.truth === undefined) continue;
    const html = readHtmlFile(c.file);
    const truth = c.truth();
    const f1: Record<Tool, number> = { ours: 0, 'ours-body': 0, readability: 0, defuddle: 0 };
    for (const tool of TOOLS) {
      let out = { text: '', ms: 0 };
      try {
        out = runTool(tool, html, c.url);
      } catch (e) {
        process.stderr.write(`${tool} failed on ${c.id}: ${String(e)}\n`);
      }
      const counts = shingleCounts(truth, out.text);
      result.counts[tool].push(counts);
      result.ms[tool].push(out.ms);
      f1[tool] = pageF1(counts);
    }
    result.perPage.push({ id: c.id, f1 });
  }
  return result;
}

interface DetectResult {
  n: number;
  correct: Record<'ours' | 'readerable', number>;
  falsePositives: Record<'ours' | 'readerable', string[]>;
  falseNegatives: Record<'ours' | 'readerable', string[]>;
  ms: number[];
}

function runDetection(cases: CorpusCase[]): DetectResult {
  const r: DetectResult = {
    n: 0,
    correct: { ours: 0, readerable: 0 },
    falsePositives: { ours: [], readerable: [] },
    falseNegatives: { ours: [], readerable: [] },
    ms: [],
  };
  for (const c of cases) {
    const doc = parseHtml(readHtmlFile(c.file), c.url);
    const start = performance.now();
    const ours = detectArticle(doc, c.url).isArticle;
    r.ms.push(performance.now() - start);
    const theirs = isProbablyReaderable(doc);
    release(doc);
    r.n++;
    for (const [name, guess] of [
      ['ours', ours],
      ['readerable', theirs],
    ] as const) {
      if (guess === c.isArticle) r.correct[name]++;
      else if (guess) r.falsePositives[name].push(`${c.set}/${c.id}`);
      else r.falseNegatives[name].push(`${c.set}/${c.id}`);
    }
  }
  return r;
}

const f3 = (x: number): string => x.toFixed(3);

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  const corpus = loadCorpus();
  const lines: string[] = [
    '# Extraction benchmark',
    '',
    `Generated by \`npm run bench:extract\` on ${new Date().toISOString().slice(0, 10)} from \`${path.relative(process.cwd(), corpusDir)}\`` +
      (Number.isFinite(args.limit) ? ` (--limit ${args.limit})` : '') +
      '. Metric: 4-gram shingle precision/recall averaged per page, F1 of the averages (Zyte benchmark). ' +
      'Ours = visible text after hiding (headline and byline included); Readability/defuddle = text of their content HTML. ' +
      'ms = median extraction time per page under jsdom (parsing excluded).',
    '',
    '| set | pages | ours (visible text) P / R / **F1** | ours (body: no headline/byline) P / R / **F1** | Readability P / R / **F1** | defuddle P / R / **F1** | ms ours / Rdb / dfd |',
    '|---|---|---|---|---|---|---|',
  ];
  const worst: string[] = [];
  for (const [set, all] of corpus) {
    if (set === 'non-article') continue;
    if (args.sets !== null && !args.sets.includes(set)) continue;
    const cases = all.filter((c) => c.truth !== undefined).slice(0, args.limit);
    if (cases.length === 0) continue;
    const r = runExtraction(cases);
    const cell = (t: Tool): string => {
      if (!TOOLS.includes(t)) return '–';
      const s = averageScore(r.counts[t]);
      return `${f3(s.precision)} / ${f3(s.recall)} / **${f3(s.f1)}**`;
    };
    const ms = (['ours', 'readability', 'defuddle'] as const)
      .map((t) => (TOOLS.includes(t) ? median(r.ms[t]).toFixed(1) : '–'))
      .join(' / ');
    lines.push(
      `| ${set} | ${cases.length} | ${cell('ours')} | ${cell('ours-body')} | ${cell('readability')} | ${cell('defuddle')} | ${ms} |`,
    );
    if (args.worst > 0) {
      const sorted = [...r.perPage].sort((a, b) => a.f1.ours - b.f1.ours).slice(0, args.worst);
      for (const p of sorted) {
        worst.push(
          `${set}/${p.id}: ours ${f3(p.f1.ours)} body ${f3(p.f1['ours-body'])} rdb ${f3(p.f1.readability)} dfd ${f3(p.f1.defuddle)}`,
        );
      }
    }
    process.stdout.write(`${lines[lines.length - 1]}\n`);
  }
  const detectSets = ['vi', 'en', 'non-article', 'seed'];
  if (args.sets === null || args.sets.some((s) => detectSets.includes(s) || s === 'detect')) {
    const cases = detectSets.flatMap((s) => corpus.get(s) ?? []).slice(0, args.limit);
    const d = runDetection(cases);
    lines.push(
      '',
      '## Detection ("is this a news article?") on vi + en + non-article + seed',
      '',
      '| detector | accuracy | false positives | false negatives | median ms |',
      '|---|---|---|---|---|',
      `| ours (detectArticle) | ${f3(d.correct.ours / d.n)} (${d.correct.ours}/${d.n}) | ${d.falsePositives.ours.length} ${d.falsePositives.ours.join(', ')} | ${d.falseNegatives.ours.length} ${d.falseNegatives.ours.join(', ')} | ${median(d.ms).toFixed(2)} |`,
      `| Readability isProbablyReaderable | ${f3(d.correct.readerable / d.n)} (${d.correct.readerable}/${d.n}) | ${d.falsePositives.readerable.length} ${d.falsePositives.readerable.join(', ')} | ${d.falseNegatives.readerable.length} ${d.falseNegatives.readerable.join(', ')} | |`,
    );
    process.stdout.write(`${lines.slice(-2).join('\n')}\n`);
  }
  if (worst.length > 0) process.stdout.write(`\nWorst pages (ours):\n${worst.join('\n')}\n`);
  if (args.write)
    writeFileSync(path.resolve('docs/benchmarks-extract.md'), `${lines.join('\n')}\n`);
}

/**
 * jsdom frees closed windows lazily and ~350 pages × 4 parses outgrow Node's default heap;
 * re-run this script once with a larger heap rather than asking callers for NODE_OPTIONS.
 */
if (v8.getHeapStatistics().heap_size_limit < 6e9 && process.env.BENCH_EXTRACT_CHILD === undefined) {
  const child = spawnSync(
    process.execPath,
    [...process.execArgv, '--max-old-space-size=8192', ...process.argv.slice(1)],
    {
      stdio: 'inherit',
      env: { ...process.env, BENCH_EXTRACT_CHILD: '1' },
    },
  );
  process.exit(child.status ?? 1);
} else {
  main();
}
