/**
 * Where our main-thread time goes on reference pages, in Chromium: the reference bench's load
 * (reference-run.ts: the page at its original address, inline scripts running, until our mark
 * plus the settle time), recorded as the bench records it, then our share of the CPU profile
 * broken down by function, and the trace's compile / evaluate / timer events of our scripts.
 * A development tool, not part of `npm run bench`; build with `RA_MINIFY=0 npm run build:chrome`
 * first so the injected scripts keep their function names.
 *
 *   npx tsx bench/browser/cost-profile.ts --only ID,… [--dist dist/chrome] [--top 25] [--aeb 40]
 */
import { parseArgs } from 'node:util';
import { readHtmlFile } from '../../scripts/parse-html-file';
import { launchWithExtension } from './launch-browser';
import { chromiumScriptTime } from './main-thread-cost';
import { chromiumRoute, isOurs, servedKey, type Served } from './reference-browsers';
import { ARTICLE_MARKED } from './reference-read';
import { referencePages } from './reference-pages';
import { mainThread, startTrace, type Recording } from './trace-tasks';

const { values } = parseArgs({
  options: {
    only: { type: 'string' },
    dist: { type: 'string', default: 'dist/chrome' },
    top: { type: 'string', default: '25' },
    aeb: { type: 'string', default: '40' },
  },
  strict: true,
});
const top = Number(values.top);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const SETTLE_MS = 800;

const fileOf = (url: string) => url.replace(/^.*\//, '');

/** Our CPU-profile time (ms) by function (inclusive, once per sample), by leaf and by script. */
function breakdown(recording: Recording) {
  const { profile } = recording;
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const inclusive = new Map<string, number>();
  const leaf = new Map<string, number>();
  const script = new Map<string, number>();
  const add = (m: Map<string, number>, k: string, v: number) => m.set(k, (m.get(k) ?? 0) + v);
  for (let i = 0; i < profile.samples.length; i++) {
    const ms = Math.min(profile.timeDeltas[i + 1] ?? 0, 1000) / 1000;
    const stack: { name: string; url: string }[] = [];
    for (let id: number | undefined = profile.samples[i]; id !== undefined; id = parent.get(id)) {
      const f = byId.get(id)?.callFrame;
      if (f)
        stack.push({
          name: `${f.functionName || '(anon)'} ${fileOf(f.url)}:${f.lineNumber}`,
          url: f.url,
        });
    }
    const outermost = [...stack].reverse().find((f) => isOurs(f.url));
    if (!outermost) continue;
    add(script, fileOf(outermost.url), ms);
    add(leaf, stack[0]?.name ?? '?', ms);
    for (const name of new Set(stack.filter((f) => isOurs(f.url)).map((f) => f.name)))
      add(inclusive, name, ms);
  }
  return { inclusive, leaf, script };
}

/** The trace's events of our scripts on the main thread, summed by name (ms, self time not split). */
function traceEvents(recording: Recording): Map<string, number> {
  const main = mainThread(recording.events);
  const out = new Map<string, number>();
  for (const e of recording.events) {
    if (main && (e.pid !== main.pid || e.tid !== main.tid)) continue;
    if (e.ph !== 'X' || e.dur === undefined) continue;
    const data = e.args?.data as { url?: string; stackTrace?: { url?: string }[] } | undefined;
    const url = data?.url ?? data?.stackTrace?.[0]?.url ?? (e.args?.fileName as string | undefined);
    if (!url || !isOurs(url)) continue;
    const key = `${e.name} ${fileOf(url)}`;
    out.set(key, (out.get(key) ?? 0) + e.dur / 1000);
  }
  return out;
}

const table = (m: Map<string, number>, n = top) =>
  [...m]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k, v]) => `  ${v.toFixed(1).padStart(7)} ms  ${k}`)
    .join('\n');

const pages = [
  ...referencePages({
    aebSample: Number(values.aeb),
    only: values.only?.split(',') ?? [],
  }).values(),
].flat();
const served: Served = new Map();
const ext = await launchWithExtension(values.dist ?? 'dist/chrome', chromiumRoute(served));
try {
  for (const page of pages) {
    served.clear();
    served.set(servedKey(page.url), {
      body: readHtmlFile(page.file),
      type: 'text/html; charset=utf-8',
    });
    const tab = await ext.context.newPage();
    const cdp = await ext.context.newCDPSession(tab);
    const stop = await startTrace(cdp);
    await tab.goto(page.url, { waitUntil: 'load', timeout: 30_000 }).catch(() => undefined);
    const deadline = Date.now() + 20_000;
    while (Date.now() < deadline && !(await tab.evaluate(ARTICLE_MARKED).catch(() => false)))
      await sleep(50);
    await sleep(SETTLE_MS);
    const recording = await stop();
    await cdp.detach().catch(() => undefined);
    await tab.close();
    const total = chromiumScriptTime(recording, isOurs);
    const { inclusive, leaf, script } = breakdown(recording);
    console.log(
      `\n## ${page.set}/${page.id}: ours ${total.ms.toFixed(1)} ms, most in one task ${total.longestTaskMs.toFixed(1)} ms`,
    );
    console.log(`by script (CPU profile):\n${table(script)}`);
    console.log(`trace events of our scripts:\n${table(traceEvents(recording))}`);
    console.log(`by function, inclusive:\n${table(inclusive)}`);
    console.log(`by leaf frame (self):\n${table(leaf)}`);
  }
} finally {
  await ext.close();
}
