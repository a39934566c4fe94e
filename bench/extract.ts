/**
 * Extraction + detection benchmark: ours vs @mozilla/readability vs defuddle, side by side in
 * one run on the shared corpus. Prints a Markdown report and writes docs/benchmarks-extract.md.
 *
 *   npm run bench:extract [-- --limit N] [--set NAME]… [--worst K] [--losses K] [--no-write]
 *                         [--tools ours,ours-body,readability,readability-view,defuddle]
 *                         [--jobs N] [--chunk N]
 *                         [--dump FILE]
 *
 * The work runs in child processes, `--chunk` pages of one set each (`--jobs` at a time): jsdom
 * frees closed windows lazily, and ~350 pages × 4 parses outgrow any sensible heap in one
 * process. A child is this script with `--json --set NAME --range A:B`; it prints one JSON line.
 * `--set detect` is the detection table alone. `--worst K` lists the K pages where ours scores
 * lowest, `--losses K` the K where ours trails the better of Readability and defuddle the most;
 * `--dump FILE` writes every page's counts as JSON.
 */
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { corpusDir, loadCorpus, type CorpusCase } from './corpus';
import {
  ALL_TOOLS,
  runDetection,
  runExtraction,
  type DetectResult,
  type PageResult,
  type Tool,
} from './extract-pages';
import { averageScore, pageF1, type ShingleCounts } from './shingle-f1';

interface Args {
  limit: number;
  sets: string[] | null;
  worst: number;
  losses: number;
  write: boolean;
  tools: readonly Tool[];
  json: boolean;
  range: [number, number] | null;
  jobs: number;
  chunk: number;
  dump: string | null;
}

function parseArgs(argv: string[]): Args {
  const args: Args = {
    limit: Infinity,
    sets: null,
    worst: 0,
    losses: 0,
    write: true,
    tools: ALL_TOOLS,
    json: false,
    range: null,
    jobs: 1,
    chunk: 50,
    dump: null,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--limit') args.limit = Number(argv[++i]);
    else if (a === '--set') (args.sets ??= []).push(argv[++i] ?? '');
    else if (a === '--worst') args.worst = Number(argv[++i]);
    else if (a === '--losses') args.losses = Number(argv[++i]);
    else if (a === '--no-write') args.write = false;
    else if (a === '--json') args.json = true;
    else if (a === '--jobs') args.jobs = Math.max(1, Number(argv[++i]));
    else if (a === '--chunk') args.chunk = Math.max(1, Number(argv[++i]));
    else if (a === '--dump') args.dump = argv[++i] ?? null;
    else if (a === '--range') {
      const [from, to] = (argv[++i] ?? '').split(':').map(Number);
      args.range = [from ?? 0, to ?? Infinity];
    } else if (a === '--tools')
      args.tools = (argv[++i] ?? '')
        .split(',')
        .filter((t): t is Tool => ALL_TOOLS.includes(t as Tool));
  }
  return args;
}

const DETECT_SETS = ['vi', 'en', 'non-article', 'seed'];

/** The pages of `set` a run scores: those with ground truth, the first `limit`. */
function extractionCases(corpus: Map<string, CorpusCase[]>, set: string, limit: number) {
  return (corpus.get(set) ?? []).filter((c) => c.truth !== undefined).slice(0, limit);
}

/** Child mode: one set (or a slice of it), or detection; one JSON line on stdout. */
function runChild(args: Args): void {
  const corpus = loadCorpus();
  const set = args.sets?.[0] ?? '';
  if (set === 'detect') {
    const cases = DETECT_SETS.flatMap((s) => corpus.get(s) ?? []).slice(0, args.limit);
    process.stdout.write(`${JSON.stringify({ detect: runDetection(cases) })}\n`);
    return;
  }
  const [from, to] = args.range ?? [0, Infinity];
  const cases = extractionCases(corpus, set, args.limit).slice(from, to);
  process.stdout.write(`${JSON.stringify({ pages: runExtraction(cases, args.tools) })}\n`);
}

interface ChildOutput {
  pages?: PageResult[];
  detect?: DetectResult;
}

/** Runs this script as a child with `childArgs`; resolves with its JSON line. */
function spawnChild(childArgs: string[]): Promise<ChildOutput> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [...process.execArgv, '--max-old-space-size=4096', process.argv[1] ?? '', ...childArgs],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => {
      const line = out
        .trim()
        .split('\n')
        .reverse()
        .find((l) => l.startsWith('{'));
      if (code !== 0 || line === undefined)
        reject(new Error(`child ${childArgs.join(' ')} exited ${code}`));
      else resolve(JSON.parse(line) as ChildOutput);
    });
  });
}

/** Runs the tasks `jobs` at a time, results in task order. */
async function runAll(tasks: string[][], jobs: number): Promise<ChildOutput[]> {
  const results: ChildOutput[] = new Array<ChildOutput>(tasks.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < tasks.length) {
      const i = next++;
      const task = tasks[i] ?? [];
      process.stderr.write(`bench:extract ${task.join(' ')}\n`);
      results[i] = await spawnChild(task);
    }
  };
  await Promise.all(Array.from({ length: Math.min(jobs, tasks.length) }, worker));
  return results;
}

function median(xs: number[]): number {
  if (xs.length === 0) return 0;
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}

const f3 = (x: number): string => x.toFixed(3);

function setRow(set: string, pages: PageResult[], tools: readonly Tool[]): string {
  const cell = (t: Tool): string => {
    if (!tools.includes(t)) return '–';
    const s = averageScore(pages.map((p) => p.counts[t]).filter((c) => c !== undefined));
    return `${f3(s.precision)} / ${f3(s.recall)} / **${f3(s.f1)}**`;
  };
  const ms = (['ours', 'readability', 'defuddle'] as const)
    .map((t) => (tools.includes(t) ? median(pages.map((p) => p.ms[t] ?? 0)).toFixed(1) : '–'))
    .join(' / ');
  return `| ${set} | ${pages.length} | ${cell('ours')} | ${cell('ours-body')} | ${cell('readability')} | ${cell('readability-view')} | ${cell('defuddle')} | ${ms} |`;
}

function detectLines(d: DetectResult): string[] {
  const row = (name: 'ours' | 'readerable', label: string, ms: string): string =>
    `| ${label} | ${f3(d.correct[name] / d.n)} (${d.correct[name]}/${d.n}) | ${d.falsePositives[name].length} ${d.falsePositives[name].join(', ')} | ${d.falseNegatives[name].length} ${d.falseNegatives[name].join(', ')} | ${ms} |`;
  return [
    '',
    '## Detection ("is this a news article?") on vi + en + non-article + seed',
    '',
    '| detector | accuracy | false positives | false negatives | median ms |',
    '|---|---|---|---|---|',
    row('ours', 'ours (detectArticle)', median(d.ms).toFixed(2)),
    row('readerable', 'Readability isProbablyReaderable', ''),
  ];
}

/** One line per page: F1 and P/R of each tool, for reading where ours loses. */
function pageLine(p: PageResult): string {
  const part = (t: Tool, label: string): string => {
    const c: ShingleCounts | undefined = p.counts[t];
    if (c === undefined) return '';
    const s = averageScore([c]);
    return ` ${label} ${f3(pageF1(c))} (P ${f3(s.precision)} R ${f3(s.recall)})`;
  };
  return `${p.set}/${p.id}:${part('ours', 'ours')}${part('ours-body', 'body')}${part('readability', 'rdb')}${part('readability-view', 'rdb-view')}${part('defuddle', 'dfd')}`;
}

function f1Of(p: PageResult, t: Tool): number {
  const c = p.counts[t];
  return c === undefined ? 0 : pageF1(c);
}

async function main(args: Args): Promise<void> {
  const corpus = loadCorpus();
  const tools = args.tools;
  const common = ['--tools', tools.join(',')];
  if (Number.isFinite(args.limit)) common.push('--limit', String(args.limit));
  const tasks: string[][] = [];
  const sets: string[] = [];
  for (const set of corpus.keys()) {
    if (set === 'non-article') continue;
    if (args.sets !== null && !args.sets.includes(set)) continue;
    const n = extractionCases(corpus, set, args.limit).length;
    if (n === 0) continue;
    sets.push(set);
    for (let from = 0; from < n; from += args.chunk)
      tasks.push(['--json', '--set', set, '--range', `${from}:${from + args.chunk}`, ...common]);
  }
  const detect =
    args.sets === null || args.sets.some((s) => DETECT_SETS.includes(s) || s === 'detect');
  if (detect) tasks.push(['--json', '--set', 'detect', ...common]);
  const outputs = await runAll(tasks, args.jobs);

  const lines: string[] = [
    '# Extraction benchmark',
    '',
    `Generated by \`npm run bench:extract\` on ${new Date().toISOString().slice(0, 10)} from \`${path.relative(process.cwd(), corpusDir)}\`` +
      (Number.isFinite(args.limit) ? ` (--limit ${args.limit})` : '') +
      ', one invocation (each set runs in child processes of at most ' +
      `${args.chunk} pages, ${args.jobs} at a time). Metric: 4-gram shingle precision/recall averaged per page, F1 of the averages (Zyte benchmark). ` +
      'Ours = visible text after hiding (headline and byline included); Readability/defuddle = text of their content HTML; ' +
      'Readability as Reader View shows it = its title and byline above that content, the same parts our visible text keeps and most truths leave out. ' +
      'ms = median extraction time per page under jsdom (parsing excluded).',
    '',
    "Ground truth per set is described in `bench/corpus.ts` (Vietnamese pages without a truth file: the publisher's own body markup). " +
      'A stylesheet jsdom throws on (one Zyte page, a CSS `calc()` with SCSS variables) is dropped before parsing, for every tool alike (`scripts/parse-html-file.ts`).',
    '',
    '| set | pages | ours (visible text) P / R / **F1** | ours (body: no headline/byline) P / R / **F1** | Readability P / R / **F1** | Readability as Reader View shows it P / R / **F1** | defuddle P / R / **F1** | ms ours / Rdb / dfd |',
    '|---|---|---|---|---|---|---|---|',
  ];
  const allPages = outputs.flatMap((o) => o.pages ?? []);
  for (const set of sets) {
    lines.push(
      setRow(
        set,
        allPages.filter((p) => p.set === set),
        tools,
      ),
    );
  }
  const detection = outputs.find((o) => o.detect !== undefined)?.detect;
  if (detection !== undefined) lines.push(...detectLines(detection));
  process.stdout.write(
    `${lines.slice(lines.findIndex((l) => l.startsWith('| set'))).join('\n')}\n`,
  );

  const best = (p: PageResult): number => Math.max(f1Of(p, 'readability'), f1Of(p, 'defuddle'));
  for (const [k, title, key] of [
    [args.worst, 'Worst pages (ours)', (p: PageResult) => f1Of(p, 'ours')],
    [
      args.losses,
      'Largest losses (ours − best of Readability, defuddle)',
      (p: PageResult) => f1Of(p, 'ours') - best(p),
    ],
  ] as const) {
    if (k <= 0) continue;
    const sorted = [...allPages].sort((a, b) => key(a) - key(b)).slice(0, k);
    process.stdout.write(`\n${title}:\n${sorted.map(pageLine).join('\n')}\n`);
  }
  if (args.dump !== null) writeFileSync(args.dump, JSON.stringify(allPages));
  if (args.write)
    writeFileSync(path.resolve('docs/benchmarks-extract.md'), `${lines.join('\n')}\n`);
}

const args = parseArgs(process.argv.slice(2));
if (args.json) runChild(args);
else
  main(args).catch((e: unknown) => {
    process.stderr.write(`${String(e)}\n`);
    process.exit(1);
  });
