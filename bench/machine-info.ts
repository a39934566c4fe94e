/** The machine and build a benchmark run happened on, for the report's header. */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

function git(args: string[]): string {
  try {
    return execFileSync('git', args, { encoding: 'utf8' }).trim();
  } catch {
    return '?';
  }
}

function newestMtime(dir: string): number {
  if (!existsSync(dir)) return 0;
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

/** Header lines: machine, versions, date, commit, and whether the build is older than src/. */
export function machineLines(
  chromiumVersion: string,
  dist: string,
  loadAtStart: number[],
): string[] {
  const cpus = os.cpus();
  const load = (l: number[]) => l.map((x) => x.toFixed(2)).join(' / ');
  const dirty =
    git(['status', '--porcelain', '--', 'src']) !== '' ? ' (src/ has uncommitted changes)' : '';
  const lines = [
    `- Machine: ${cpus[0]?.model ?? 'unknown CPU'}, ${cpus.length} cores, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB memory, ${os.type()} ${os.release()}`,
    `- Load average (1/5/15 min) at start: ${load(loadAtStart)}; at end: ${load(os.loadavg())} — the machine is shared, so absolute times vary; ratios and budgets are what the tables check`,
    `- Chromium ${chromiumVersion || 'unknown'}, Node ${process.version}`,
    `- Date: ${new Date().toISOString()}`,
    `- Commit: ${git(['rev-parse', '--short', 'HEAD'])}${dirty}`,
  ];
  const manifest = path.join(dist, 'manifest.json');
  if (existsSync(manifest)) {
    const built = statSync(manifest).mtimeMs;
    const stale =
      newestMtime('src') > built
        ? ' — older than the newest file in src/, so the extension measured may lag the source'
        : '';
    lines.push(`- Extension build: \`${dist}\` from ${new Date(built).toISOString()}${stale}`);
  }
  return lines;
}
