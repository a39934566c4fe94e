/**
 * A narrow, repeatable look at main-thread stalls while developing: one or more generated pages
 * (issue #7's hostile pages, `long` for the 3,000-paragraph article, or `home`, a front page we
 * leave alone: test/fixtures/e2e/home.html), in one browser, with and
 * without the built extension, N times each — the same heartbeat and verdict as `npm run bench`,
 * without the rest of it. `--trace` (Chromium) also names what ran in every long task of the
 * loads with the extension (trace-tasks.ts); `--profile` (Firefox) runs the browser with the
 * extension under the Gecko profiler and names what ran in each of its stalls (gecko-profile.ts).
 * `--timeline` (with `--trace`) lists every task over 4 ms after the page became interactive, in
 * order, with what posted it: what led up to each stall, the browser's own tasks included.
 *
 *   npx tsx bench/browser/stall-probe.ts --page many-nodes,long --browser chromium --runs 3 [--trace [--timeline]]
 *   npx tsx bench/browser/stall-probe.ts --page mutating --browser firefox --dist dist/firefox --profile
 *
 * Build with `RA_MINIFY=0` first so the injected scripts keep their function names.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { launchFirefox } from '../../test/e2e/support/firefox';
import { HEARTBEAT_SCRIPT } from '../../test/e2e/pages/page-heartbeat';
import {
  HOSTILE_PAGE_NAMES,
  generateHostilePage,
  type HostilePageName,
} from '../../test/e2e/pages/hostile-pages';
import { generateLongArticle } from './generate-long-article';
import { attribute, geckoProfilerEnv, profiledLoads } from './gecko-profile';
import { chromiumAsker, extensionBrowserAsker, type AskVerdict } from './ask-detector';
import { firefoxBenchPage, loadHostile, type BenchPage, type LoadResult } from './hostile-load';
import { launchPlain, launchWithExtension } from './launch-browser';
import { servePages } from './page-server';
import { STALL_MS } from './page-probe';
import { rowVerdict } from './stall-verdict';
import { startTracing, type TaskReport } from './trace-tasks';
import type { BrowserContext } from 'playwright-core';

const { values } = parseArgs({
  args: process.argv.slice(2),
  options: {
    page: { type: 'string', default: 'long' },
    browser: { type: 'string', default: 'chromium' },
    runs: { type: 'string', default: '3' },
    dist: { type: 'string', default: 'dist/chrome' },
    trace: { type: 'boolean', default: false },
    profile: { type: 'boolean', default: false },
    'skip-alone': { type: 'boolean', default: false },
    timeline: { type: 'boolean', default: false },
  },
});
const names = (values.page ?? 'long').split(',');
const runs = Number(values.runs);
const dist = values.dist ?? 'dist/chrome';

function html(name: string): string {
  if (name === 'long')
    return generateLongArticle(3000).replace('<head>', `<head>${HEARTBEAT_SCRIPT}`);
  // A news front page we leave alone: no mark of ours, so "done" is the detector's verdict.
  if (name === 'home')
    return readFileSync('test/fixtures/e2e/home.html', 'utf8').replace(
      '<head>',
      `<head>${HEARTBEAT_SCRIPT}`,
    );
  if (!HOSTILE_PAGE_NAMES.includes(name as HostilePageName))
    throw new Error(`unknown page ${name}: long, home, ${HOSTILE_PAGE_NAMES.join(', ')}`);
  return generateHostilePage(name as HostilePageName);
}

const server = await servePages({});
const urls = new Map(names.map((n) => [n, server.addPage(`${n}.html`, html(n))]));

function chromiumPage(
  context: BrowserContext,
  trace: TaskReport[][] | null,
  ask?: AskVerdict,
): () => Promise<BenchPage> {
  return async () => {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    const stop = trace ? await startTracing(cdp) : null;
    return {
      ...(ask ? { verdict: () => ask(page.url()) } : {}),
      goto: async (url) => void (await page.goto(url, { waitUntil: 'load', timeout: 120_000 })),
      evaluate: (fn) => page.evaluate(fn),
      close: async () => {
        if (stop && trace) trace.push(await stop());
        await page.close();
      },
    };
  };
}

const describe = (r: LoadResult) =>
  `${r.stalls.length} stalls [${r.stalls.map(([s, d]) => `${Math.round(s)}→${d}`).join(', ')}]` +
  ` status ${r.status ?? '–'} done ${r.doneAt === null ? '–' : Math.round(r.doneAt - r.domInteractive)} ms after domInteractive (${Math.round(r.domInteractive)})`;

const top = (list: [string, number][], n: number) =>
  list
    .slice(0, n)
    .map(([k, v]) => `${k} ${v.toFixed(1)}`)
    .join(' | ');

function printTasks(r: LoadResult, tasks: TaskReport[] | undefined): void {
  if (!tasks) return;
  if (values.timeline) {
    // Every task after the page became interactive, in order: what led up to each stall.
    for (const t of tasks.filter((t) => t.at >= r.domInteractive))
      console.log(
        `   ${Math.round(t.at)} ${t.ms.toFixed(1)} ms${t.whose ? ` [ours: ${t.whose}]` : ''}: ${top(t.events, 3)} · ${top(t.functions, 3)}` +
          (t.source ? ` · ${t.source}` : ''),
      );
  }
  // Each stall with the tasks that ran in it: the long ones in detail.
  for (const [start, length] of r.stalls) {
    const inside = tasks.filter((t) => t.at + t.ms > start && t.at < start + length);
    const busy = inside.reduce((sum, t) => sum + t.ms, 0);
    console.log(`   stall ${start}→${length}: ${inside.length} tasks, ${busy.toFixed(0)} ms busy`);
    for (const t of inside.filter((t) => t.ms >= 15)) {
      console.log(
        `     task at ${Math.round(t.at)}: ${t.ms.toFixed(1)} ms${t.whose ? ` [ours: ${t.whose}]` : ''}`,
      );
      console.log(`       events: ${top(t.events, 8)}`);
      console.log(`       js: ${top(t.functions, 10)}`);
      if (t.source) console.log(`       posted by: ${t.source}`);
    }
  }
}

/** Every load, in order, for the Firefox profiles read after the browsers closed. */
const loads: { name: string; withExtension: boolean; result: LoadResult }[] = [];

/** Each stall of each load in one browser, with the functions that had its samples. */
function printProfile(file: string, withExtension: boolean): void {
  const mine = loads.filter((l) => l.withExtension === withExtension);
  const label = withExtension ? 'with' : 'alone';
  for (const name of new Set(mine.map((l) => l.name))) {
    const profiled = profiledLoads(file, `/${name}.html`);
    const results = mine.filter((l) => l.name === name).map((l) => l.result);
    if (profiled.length !== results.length)
      console.log(`${name}: ${profiled.length} loads in the profile, ${results.length} run`);
    results.forEach((r, i) => {
      const load = profiled[i];
      if (!load) return;
      for (const [start, length] of r.stalls) {
        const a = attribute(load, r.domInteractive, start, start + length);
        // Frames on every sample (the process's root, the event loop) say nothing.
        const telling = (rows: [string, number][]) =>
          rows
            .filter(([, n]) => n < a.samples)
            .map(([f, n]) => `${f} ${n}`)
            .join(' | ');
        console.log(
          `firefox ${name} ${label} ${i + 1} stall ${start}→${length}: ${a.samples} samples`,
        );
        console.log(`   self:  ${telling(a.self)}`);
        console.log(`   total: ${telling(a.total)}`);
      }
    });
  }
}

/** Each page's verdict by the bench's rule (stall-verdict.ts), from the loads of this run. */
function printVerdicts(browser: string): void {
  for (const name of urls.keys()) {
    const stalls = (withExtension: boolean) =>
      loads
        .filter((l) => l.name === name && l.withExtension === withExtension)
        .map((l) => l.result.stalls);
    const v = rowVerdict(stalls(false), stalls(true));
    const ours = v.ours.map((o) => `[${o.map(([, d]) => d).join(', ')}]`).join(' ');
    console.log(
      `${browser} ${name}: ${v.pass ? 'pass' : 'FAIL'} — ours per load ${ours}; median longest alone ${v.alone.longest} / with ${v.with.longest}, count ${v.alone.count} / ${v.with.count}`,
    );
  }
}

async function probe(
  browser: string,
  openAlone: () => Promise<BenchPage>,
  openWith: () => Promise<BenchPage>,
  traces: TaskReport[][] | null,
): Promise<void> {
  for (const [name, url] of urls) {
    const mutating = name === 'mutating';
    for (let i = 0; i < runs; i++) {
      if (!values['skip-alone']) {
        const alone = await openAlone();
        const a = await loadHostile(alone, url, false, mutating).finally(() => alone.close());
        console.log(`${browser} ${name} alone: ${describe(a)}`);
        loads.push({ name, withExtension: false, result: a });
        printTasks(a, traces?.pop());
      }
      const withPage = await openWith();
      const w = await loadHostile(withPage, url, true, mutating).finally(() => withPage.close());
      const longest = w.stalls.reduce((m, [, d]) => Math.max(m, d), 0);
      console.log(
        `${browser} ${name} with:  ${describe(w)} longest ${longest}${longest > STALL_MS ? ' !' : ''}${w.msPerUpdate !== undefined ? ` ticker ${w.msPerUpdate.toFixed(3)} ms/update` : ''}`,
      );
      printTasks(w, traces?.pop());
      loads.push({ name, withExtension: true, result: w });
    }
  }
  printVerdicts(browser);
}

try {
  if (values.browser === 'chromium') {
    const plain = await launchPlain();
    const ext = await launchWithExtension(dist);
    const traces: TaskReport[][] | null = values.trace ? [] : null;
    try {
      await probe(
        'chromium',
        chromiumPage(plain.context, traces),
        chromiumPage(ext.context, traces, await chromiumAsker(ext.context, ext.extensionUrl)),
        traces,
      );
    } finally {
      await Promise.all([plain.close(), ext.close()]);
    }
  } else {
    // Both browsers run under the profiler, so the page alone is measured as it is with us.
    const profileDir = values.profile ? mkdtempSync(path.join(tmpdir(), 'ra-profile-')) : null;
    const profileOf = (name: string) => (profileDir ? path.join(profileDir, name) : null);
    const env = (file: string | null) => (file ? { env: geckoProfilerEnv(file) } : {});
    const plain = await launchFirefox({ extension: false, ...env(profileOf('alone.json')) });
    const withExt = await launchFirefox({
      dir: path.join(path.dirname(dist), 'firefox'),
      hostAccess: 'granted',
      ...env(profileOf('with.json')),
    });
    const ask = await extensionBrowserAsker(withExt);
    try {
      await probe(
        'firefox',
        async () => firefoxBenchPage(await plain.newPage()),
        async () => firefoxBenchPage(await withExt.newPage(), ask),
        null,
      );
    } finally {
      await Promise.all([plain.close(), withExt.close()]);
    }
    // Written when the browsers shut down.
    if (profileDir) {
      console.log(`profiles: ${profileDir} (open in https://profiler.firefox.com)`);
      if (!values['skip-alone']) printProfile(path.join(profileDir, 'alone.json'), false);
      printProfile(path.join(profileDir, 'with.json'), true);
    }
  }
} finally {
  await server.close();
}
