/**
 * Long tasks with the built extension loaded, on a generated 3,000-paragraph article (budget:
 * no main-thread task over 50 ms), and the whole content-script pass on the seed article
 * (DOMContentLoaded → `<html data-reader-assistant="article">`, or on a page we leave alone,
 * which carries no mark of ours, the detector's "not-article" asked from our extension page).
 * The same page without the extension is
 * the baseline: a page this size has long parser and layout tasks of its own, which are not
 * ours. The extension's tasks are judged by the page heartbeat's stalls (page-probe.ts: the
 * page's long-task observer does not see tasks that run on an extension message's reply, and
 * the article pass starts on one).
 */
import type { BrowserContext } from 'playwright-core';
import type { Check, Section } from '../bench-report';
import { ms } from '../bench-report';
import { SEED_FIXTURE, openWithBundle, type BenchEnv } from './bench-env';
import type { PassTimes } from './in-page/pipeline-pass';
import { generateLongArticle } from './generate-long-article';
import { median } from './in-page/median';
import { chromiumAsker, type AskVerdict } from './ask-detector';
import { launchWithExtension } from './launch-browser';
import {
  LONG_TASK_MS,
  PROBE_SCRIPT,
  STALL_MS,
  readProbe,
  type LongTask,
  type ProbeResult,
} from './page-probe';
import { afterParse, longest, stallVerdict } from './stall-budget';
import { startTracing, whyOurs, type TaskReport } from './trace-tasks';

// Highlights are painted and late slices of recognition run after the status is set; a quiet
// second afterwards catches the tasks they cause.
const SETTLE_MS = 1000;

/** A load's probe and, when traced, the main-thread tasks over 50 ms that were ours. */
type TracedProbe = ProbeResult & { ours?: TaskReport[] };

/**
 * One load. With the extension (`ask`), it waits until we are done: on an article our status
 * attribute, set once the page is taken in hand; on a page we leave alone (no mark of ours)
 * the detector's "not-article", asked from our extension page, and the page's time then.
 */
async function probeLoad(
  context: BrowserContext,
  url: string,
  ask: AskVerdict | null,
  traced = false,
): Promise<TracedProbe> {
  const page = await context.newPage();
  try {
    await page.addInitScript(PROBE_SCRIPT);
    // Sampling every 1 ms: enough to see whose code a long task ran (trace-tasks.ts).
    const stop = traced ? await startTracing(await context.newCDPSession(page), 1000) : null;
    await page.goto(url, { waitUntil: 'load', timeout: 60000 });
    let leftAloneAt: number | null = null;
    if (ask) {
      const deadline = Date.now() + 60000;
      let verdict: string | null = null;
      for (;;) {
        if (
          await page.evaluate(() => document.documentElement.hasAttribute('data-reader-assistant'))
        )
          break;
        verdict ??= await ask(url);
        if (verdict === 'not-article') {
          leftAloneAt = await page.evaluate(() => performance.now());
          break;
        }
        if (Date.now() > deadline) throw new Error(`${url}: the extension was not done in 60 s`);
        await page.waitForTimeout(20);
      }
    }
    await page.waitForTimeout(SETTLE_MS);
    const read = await readProbe(page);
    const probe =
      leftAloneAt === null ? read : { ...read, statusAt: leftAloneAt, status: 'not-article' };
    const tasks = await stop?.();
    return tasks
      ? { ...probe, ours: tasks.filter((t) => t.whose !== null && t.ms > LONG_TASK_MS) }
      : probe;
  } finally {
    await page.close();
  }
}

interface BundlePass {
  times: PassTimes;
  tasks: LongTask[];
}

/**
 * The same pass from the bench bundle, on the page loaded without the extension: tasks that
 * start once the pass starts are the pipeline's. Measures the source as it is now, whatever
 * state the extension build is in.
 */
async function bundlePass(env: BenchEnv, url: string): Promise<BundlePass> {
  const page = await env.plain.context.newPage();
  try {
    await page.addInitScript(PROBE_SCRIPT);
    await openWithBundle(page, url, env.bundle);
    await page.waitForTimeout(SETTLE_MS);
    const { start, times } = await page.evaluate(async () => {
      const start = performance.now();
      const times = await window.__raBench!.pipelinePass(document);
      return { start, times };
    });
    await page.waitForTimeout(SETTLE_MS);
    const probe = await readProbe(page);
    // The pass puts our page sheet in first and times from after the restyle that causes (the
    // extension's sheet is in the page from the start).
    const from = times.ends?.start ?? start;
    return { times, tasks: probe.longTasks.filter((t) => t.start >= from) };
  } finally {
    await page.close();
  }
}

const over = (tasks: LongTask[]) => tasks.filter((t) => t.duration > LONG_TASK_MS).length;

function taskRow(label: string, r: ProbeResult): string[] {
  const after = afterParse(r, r.longTasks);
  const stalls = afterParse(r, r.stalls);
  return [
    label,
    ms(longest(r.longTasks)),
    String(over(r.longTasks)),
    ms(longest(after)),
    String(over(after)),
    ms(longest(stalls)),
    String(stalls.length),
    r.statusAt === null ? '–' : `${ms(r.statusAt - r.domContentLoaded)} (${r.status})`,
  ];
}

/** `dist` is the built Chrome extension; `seedRuns` loads of the seed are timed. */
export async function longTasks(
  env: BenchEnv,
  dist: string,
  seedRuns: number,
  paragraphs = 3000,
): Promise<Section> {
  const longUrl = env.server.addPage('long-article.html', generateLongArticle(paragraphs));
  // Both loads traced, so the trace's own weight is on both.
  const baseline = await probeLoad(env.plain.context, longUrl, null, true);
  const pass = await bundlePass(env, longUrl);
  const ext = await launchWithExtension(dist);
  let withExt: TracedProbe;
  const seedPasses: number[] = [];
  let seedStatus: string | null = null;
  try {
    const ask = await chromiumAsker(ext.context, ext.extensionUrl);
    withExt = await probeLoad(ext.context, longUrl, ask, true);
    const seedUrl = env.server.urlOf(SEED_FIXTURE, 'laichau.html');
    await probeLoad(ext.context, seedUrl, ask); // warm-up: first load compiles the content script
    for (let i = 0; i < seedRuns; i++) {
      const r = await probeLoad(ext.context, seedUrl, ask);
      if (r.statusAt !== null) seedPasses.push(r.statusAt - r.domContentLoaded);
      seedStatus = r.status;
    }
  } finally {
    await ext.close();
  }

  const stalls = stallVerdict(withExt, baseline);
  // On a page the extension calls "not an article" it only detects: the budget is about the
  // article pass, so that run does not count as exercising it.
  const exercised = withExt.status === 'article';
  const passTasks = pass.tasks;
  const passWorst = longest(passTasks);
  const heartbeat =
    `longest stall after parsing ${ms(stalls.longestWith)} ms (${stalls.countWith} over ${STALL_MS} ms; ` +
    `without the extension: ${ms(stalls.longestWithout)} ms, ${stalls.countWithout})`;
  const unexercised = exercised
    ? ''
    : ` — but the extension said "${withExt.status}", so the article pass never ran`;
  const checks: Check[] = [
    withExt.ours
      ? {
          // The trace says whose each task is (trace-tasks.ts); the heartbeat is shown beside it.
          what: `${paragraphs}-paragraph article, built extension: main-thread tasks of ours over ${LONG_TASK_MS} ms (trace)`,
          measured:
            withExt.statusAt === null
              ? 'the content script never set its status'
              : `${withExt.ours.length}${withExt.ours.length > 0 ? ` (${withExt.ours.map((t) => `${ms(t.ms)} ms ${whyOurs(t)}`).join(', ')})` : ''}; heartbeat: ${heartbeat}` +
                unexercised,
          budget: `none (ours: our script ran in the task, or it rendered a change our script scheduled)`,
          pass: exercised ? withExt.ours.length === 0 : null,
        }
      : {
          what: `${paragraphs}-paragraph article, built extension: longest main-thread stall after parsing (page heartbeat)`,
          measured:
            withExt.statusAt === null
              ? 'the content script never set its status'
              : `${ms(stalls.longestWith)} ms (${stalls.countWith} stalls over ${STALL_MS} ms; without the extension: ${ms(stalls.longestWithout)} ms, ${stalls.countWithout})` +
                unexercised,
          budget: `≤ ${STALL_MS} ms (a ${LONG_TASK_MS} ms task + the ${STALL_MS - LONG_TASK_MS} ms tick), or no worse than the page alone`,
          pass: exercised ? stalls.pass : null,
        },
    {
      what: `${paragraphs}-paragraph article, article pass from source in the extension's tasks (bench bundle): longest task`,
      measured: pass.times.error
        ? `error: ${pass.times.error}`
        : `${ms(passWorst)} ms (${over(passTasks)} over ${LONG_TASK_MS} ms; detect ${ms(pass.times.detect)} ms, plan ${ms(pass.times.plan)} ms)`,
      budget: `≤ ${LONG_TASK_MS} ms`,
      pass: pass.times.error ? null : passWorst <= LONG_TASK_MS,
    },
  ];
  const notes: string[] = [];
  if (withExt.observerError) notes.push(`PerformanceObserver: ${withExt.observerError}`);
  const overStalls = afterParse(withExt, withExt.stalls);
  if (overStalls.length > 0) {
    notes.push(
      `Heartbeat stalls after parsing with the extension (start → length, ms since navigation; DOMContentLoaded at ${ms(withExt.domContentLoaded)}, status at ${ms(withExt.statusAt ?? Number.NaN)}): ` +
        overStalls.map((t) => `${ms(t.start)} → ${ms(t.duration)}`).join(', '),
    );
  }
  return {
    title: 'Long tasks and the whole content-script pass (Chromium, built extension)',
    method:
      `A generated Vietnamese business article (${paragraphs} paragraphs with figures in every one, headings, images, menus, ` +
      `sidebars, related list, comments, footer) is loaded in headless Chromium with \`dist/chrome\` loaded unpacked, and once ` +
      `without it. An init script registered before the page loads installs a \`PerformanceObserver({ type: 'longtask', buffered: true })\` ` +
      `and a ${STALL_MS - LONG_TASK_MS} ms timer heartbeat; we wait for \`<html data-reader-assistant="article">\` (set once the article is taken in hand; a page we leave alone carries no mark of ours, ` +
      `so there we wait for the detector's "not-article", asked from our extension page with \`getStatus\`) and ${SETTLE_MS} ms more. ` +
      `Chromium does not report to the page's long-task observer a task that runs on an extension message's reply (a 400 ms ` +
      `busy loop after \`runtime.sendMessage\` resolved left no entry; the same loop in a content-script timer did), and our planning ` +
      `runs right after the background's reply that injected the article module; so the heartbeat shows every task: a gap ` +
      `over ${STALL_MS} ms means a task over ${LONG_TASK_MS} ms, whoever ran it. Both loads are also traced (DevTools trace and a 1 ms ` +
      `CPU profile), which says whose each task is (\`bench/browser/trace-tasks.ts\`): ours when our script ran in it or when it ` +
      `rendered a restyle or layout our script scheduled; the budget is no task of ours over ${LONG_TASK_MS} ms (the page's own ` +
      `parse and layout of ${paragraphs} paragraphs are long tasks with or without us). "After parsing" counts what ends after \`domInteractive\`: the content script ` +
      `runs at \`document_end\`, so what comes before is the HTML parser's, the same with or without the extension. The same article ` +
      `pass also runs from source through the bench bundle, in the tasks the extension runs it in — detection; planning and the ` +
      `language; then the page layer's own \`startArticleSession\` (hide, index in slices, recognisers in chunks, highlights in ` +
      `batches) — on the page loaded without the extension, where the page's own observer sees every task, so the budget can be checked ` +
      `on the current source whatever state the build is in. The seed pass is DOMContentLoaded → our status mark (the seed is an article), ` +
      `median of ${seedRuns} loads after one warm-up.`,
    tables: [
      {
        caption: `Generated ${paragraphs}-paragraph article`,
        headers: [
          'run',
          'longest task (ms)',
          'tasks > 50 ms',
          'longest after parsing (ms)',
          'after parsing > 50 ms',
          `longest heartbeat stall after parsing (ms)`,
          `stalls > ${STALL_MS} ms after parsing`,
          'DOMContentLoaded → status (ms)',
        ],
        rows: [taskRow('without extension', baseline), taskRow('with extension', withExt)],
      },
      {
        caption: `The article pass from source on the same page (bench bundle, no extension), in the extension's tasks (ms)`,
        headers: [
          'verdict',
          'detect (one task)',
          'plan (sliced) + language',
          'hide, index, recognise (sliced, wall)',
          'paint (batches, wall)',
          'highlights',
          'long tasks > 50 ms',
          'longest',
        ],
        rows: [
          [
            pass.times.error
              ? `error: ${pass.times.error}`
              : pass.times.isArticle
                ? 'article'
                : 'not article',
            ms(pass.times.detect),
            ms(pass.times.plan),
            ms(pass.times.session),
            ms(pass.times.paint),
            String(pass.times.items),
            String(over(pass.tasks)),
            ms(passWorst),
          ],
        ],
      },
      {
        caption:
          'Whole content-script pass on the seed article (`test/fixtures/seed/laichau.html`)',
        headers: ['loads', 'status', 'median (ms)', 'min (ms)', 'max (ms)'],
        rows: [
          [
            String(seedPasses.length),
            seedStatus ?? '–',
            ms(median(seedPasses)),
            ms(seedPasses.length ? Math.min(...seedPasses) : Number.NaN),
            ms(seedPasses.length ? Math.max(...seedPasses) : Number.NaN),
          ],
        ],
      },
    ],
    checks,
    notes,
  };
}
