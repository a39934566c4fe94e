/**
 * The benchmarks other parts of the project own (`bench/extract.ts`, `bench/figures.ts`,
 * `bench/library.ts`, `bench/metadata.ts`, `bench/backup-scale.ts`,
 * `bench/browser/reference-bench.ts`, `bench/detection.ts`), run as child processes exactly as their npm scripts run them; each
 * writes its own `docs/benchmarks-*.md`, which the combined report includes as is.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Section } from './bench-report';

/** One benchmark script and the report it writes. */
export interface ChildBench {
  name: string;
  script: string;
  doc: string;
}

export const CHILD_BENCHES: readonly ChildBench[] = [
  { name: 'extract', script: 'bench/extract.ts', doc: 'docs/benchmarks-extract.md' },
  { name: 'figures', script: 'bench/figures.ts', doc: 'docs/benchmarks-figures.md' },
  { name: 'library', script: 'bench/library.ts', doc: 'docs/benchmarks-library.md' },
  { name: 'metadata', script: 'bench/metadata.ts', doc: 'docs/benchmarks-metadata.md' },
  { name: 'backup', script: 'bench/backup-scale.ts', doc: 'docs/benchmarks-backup.md' },
  // The reference: the built extension in Chromium and Firefox on the corpus pages with a truth.
  {
    name: 'reference',
    script: 'bench/browser/reference-bench.ts',
    doc: 'docs/benchmarks-browser.md',
  },
  { name: 'detection', script: 'bench/detection.ts', doc: 'docs/benchmarks-detection.md' },
];

const TIMEOUT_MS = 30 * 60 * 1000;

interface ChildRun {
  code: number | null;
  seconds: number;
  tail: string;
}

function runTsx(script: string): Promise<ChildRun> {
  const tsxCli = createRequire(import.meta.url).resolve('tsx/cli');
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [tsxCli, script], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const keep = (chunk: Buffer) => {
      // Only the end matters when it fails; the report itself is the file it writes.
      output = (output + chunk.toString('utf8')).slice(-4000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    const timer = setTimeout(() => child.kill('SIGTERM'), TIMEOUT_MS);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, seconds: (Date.now() - started) / 1000, tail: output });
    });
  });
}

// The included report's headings go two levels down, under this section's `##`.
const demote = (md: string) => md.replace(/^(#{1,4}) /gm, '##$1 ');

/** The section for a benchmark not run this time: its last report, if there is one. */
export function lastChildReport(bench: ChildBench, reason: string): Section {
  const exists = existsSync(bench.doc);
  return {
    title: `${bench.name} (\`tsx ${bench.script}\`)`,
    method: exists
      ? `Not run (${reason}); \`${bench.doc}\` from ${statSync(bench.doc).mtime.toISOString()} follows.`
      : `Not run (${reason}), and \`${bench.doc}\` does not exist.`,
    tables: [],
    checks: [],
    notes: [],
    ...(exists ? { markdown: demote(readFileSync(bench.doc, 'utf8').trim()) } : {}),
  };
}

/** Runs `bench` and returns its section (its own report, or why there is none). */
export async function runChildBench(bench: ChildBench): Promise<Section> {
  const title = `${bench.name} (\`tsx ${bench.script}\`)`;
  if (!existsSync(bench.script)) {
    return {
      title,
      method: `\`${bench.script}\` does not exist yet; nothing to run.`,
      tables: [],
      checks: [],
      notes: [],
    };
  }
  const started = Date.now();
  const run = await runTsx(bench.script);
  const fresh = existsSync(bench.doc) && statSync(bench.doc).mtimeMs >= started;
  const notes: string[] = [];
  if (run.code !== 0)
    notes.push(
      'Last output:\n\n```\n' + run.tail.trim().split('\n').slice(-15).join('\n') + '\n```',
    );
  let markdown: string | undefined;
  if (existsSync(bench.doc)) {
    if (!fresh)
      notes.push(
        `\`${bench.doc}\` was not rewritten by this run; below is the copy from ${statSync(bench.doc).mtime.toISOString()}.`,
      );
    markdown = demote(readFileSync(bench.doc, 'utf8').trim());
  } else {
    notes.push(`\`${bench.doc}\` was not written.`);
  }
  return {
    title,
    method: `Run as a child process (exit ${run.code ?? 'killed'}, ${run.seconds.toFixed(0)} s); its own report \`${bench.doc}\` follows.`,
    tables: [],
    checks: [
      {
        what: `${bench.script} ran`,
        measured: `exit ${run.code ?? 'killed'}`,
        budget: 'exit 0',
        pass: run.code === 0,
      },
    ],
    notes,
    ...(markdown !== undefined ? { markdown } : {}),
  };
}
