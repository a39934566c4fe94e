/**
 * One load of a generated hostile page (test/e2e/pages/), with or without the extension, in
 * Chromium or Firefox: the page's own heartbeat stalls, when the extension finished, and in
 * Chromium the JS heap and DOM counters after a forced GC (DevTools protocol). Browser
 * differences stay behind `BenchPage`.
 */
import type { BrowserContext } from 'playwright-core';
import type { TestPage } from '../../test/e2e/support/extension-browser';
import type { Heartbeat } from '../../test/e2e/pages/page-heartbeat';
import type { AskVerdict } from './ask-detector';
import { LONG_TASK_MS, PROBE_SCRIPT } from './page-probe';
import { startTracing, whyOurs, type TaskReport } from './trace-tasks';

/** JS heap (MB, after GC) and live DOM nodes. */
export interface HeapSample {
  heapMb: number;
  nodes: number;
}

/** What a benchmark needs from a tab, in either browser. */
export interface BenchPage {
  goto(url: string): Promise<void>;
  evaluate<R>(fn: () => R): Promise<R>;
  /** Chromium only: collects garbage, then reads the heap and DOM counters. */
  heap?(): Promise<HeapSample>;
  /** Chromium, when traced: stops the trace and gives the load's main-thread tasks. */
  tasks?(): Promise<TaskReport[]>;
  /** With the extension: asks our detector for its verdict on this tab's page (`getStatus`). */
  verdict?(): Promise<string | null>;
  close(): Promise<void>;
}

/**
 * A Chromium tab with the long-task probe installed and DevTools heap readings; `traced`, it
 * also records the load's trace, to tell the extension's tasks from the page's (trace-tasks.ts).
 */
export async function chromiumBenchPage(
  context: BrowserContext,
  traced = false,
  ask?: AskVerdict,
): Promise<BenchPage> {
  const page = await context.newPage();
  await page.addInitScript(PROBE_SCRIPT);
  const cdp = await context.newCDPSession(page);
  // Sampling every 1 ms: enough to see whose code a long task ran, and light on the page.
  const stop = traced ? await startTracing(cdp, 1000) : null;
  return {
    ...(stop ? { tasks: stop } : {}),
    ...(ask ? { verdict: () => ask(page.url()) } : {}),
    goto: async (url) => void (await page.goto(url, { waitUntil: 'load', timeout: 120_000 })),
    evaluate: (fn) => page.evaluate(fn),
    async heap() {
      await cdp.send('HeapProfiler.collectGarbage');
      const usage = await cdp.send('Runtime.getHeapUsage');
      const counters = await cdp.send('Memory.getDOMCounters');
      return { heapMb: usage.usedSize / 1e6, nodes: counters.nodes };
    },
    close: () => page.close(),
  };
}

/** A Firefox tab through the e2e support (puppeteer over BiDi): no heap readings there. */
export function firefoxBenchPage(page: TestPage, ask?: AskVerdict): BenchPage {
  let at = '';
  return {
    ...(ask ? { verdict: () => ask(at) } : {}),
    goto: (url) => {
      at = url;
      return page.goto(url);
    },
    evaluate: (fn) => page.evaluate(fn, null),
    close: () => page.close(),
  };
}

/** One load's readings; times are ms since navigation start. */
export interface LoadResult {
  /** The detector's verdict ('article', 'not-article'); null without the extension or none. */
  status: string | null;
  domInteractive: number;
  /**
   * When the extension was done: the legend drawn, or (a page we leave alone has no mark of
   * ours) when a poll first had the detector's "not-article"; null without it.
   */
  doneAt: number | null;
  /** Heartbeat gaps over 60 ms that end after parsing. */
  stalls: [number, number][];
  /** Chromium: long tasks the page's observer saw after parsing (never a content script's). */
  pageLongTasks: number[];
  /**
   * Chromium, traced: the main-thread tasks over 50 ms that were the extension's (its script
   * ran in them, or they rendered a change it made), as [start, length, why].
   */
  ourLongTasks?: [number, number, string][];
  heap?: HeapSample;
  /** The mutating page: the heap again after it ran for `MUTATE_MS` more. */
  heapLater?: HeapSample;
  /** The page's own timer ticks during the run (it kept running). */
  ticks: number;
  /** The mutating page: its own DOM work per ticker update (ms) during those `MUTATE_MS`. */
  msPerUpdate?: number;
}

/** Quiet time after the extension is done, so late batches and their rendering are counted. */
const SETTLE_MS = 1000;
/** How long the mutating page runs between the two heap readings. */
export const MUTATE_MS = 5000;
const DONE_TIMEOUT_MS = 90_000;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Polls until our legend is drawn, or the detector, asked from our extension page, says "not an
 * article"; the page's time then. While the verdict is unknown each poll asks it too (one tiny
 * message to our content script); once it is "article" only the page is read.
 */
async function waitDone(page: BenchPage): Promise<number | null> {
  const deadline = Date.now() + DONE_TIMEOUT_MS;
  let verdict: string | null = null;
  while (Date.now() < deadline) {
    const legendAt = await page.evaluate(() => {
      const host = document.querySelector('[data-reader-assistant-ui=""]');
      const legend = host?.shadowRoot?.querySelector('.legend') as HTMLElement | null | undefined;
      // The legend gets its entries once every highlight batch is registered.
      const drawn = legend?.hidden === false && legend.childElementCount > 0;
      return drawn ? performance.now() : null;
    });
    if (legendAt !== null) return legendAt;
    if (verdict === null) verdict = (await page.verdict?.()) ?? null;
    if (verdict === 'not-article') return page.evaluate(() => performance.now());
    await sleep(50);
  }
  return null;
}

export async function loadHostile(
  page: BenchPage,
  url: string,
  withExtension: boolean,
  mutating: boolean,
): Promise<LoadResult> {
  await page.goto(url);
  const doneAt = withExtension ? await waitDone(page) : null;
  await sleep(SETTLE_MS);
  const heap = await page.heap?.();
  let heapLater: HeapSample | undefined;
  let msPerUpdate: number | undefined;
  if (mutating) {
    const cost = () =>
      page.evaluate(() => ({
        ...(window as unknown as { __mutations: { ms: number; updates: number } }).__mutations,
      }));
    const before = await cost();
    await sleep(MUTATE_MS);
    const after = await cost();
    msPerUpdate = (after.ms - before.ms) / Math.max(1, after.updates - before.updates);
    heapLater = await page.heap?.();
  }
  const read = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as
      PerformanceNavigationTiming | undefined;
    const hb = (window as unknown as { __heartbeat: Heartbeat }).__heartbeat;
    const probe = (
      window as unknown as { __raProbe?: { longTasks: { start: number; duration: number }[] } }
    ).__raProbe;
    return {
      domInteractive: nav?.domInteractive ?? 0,
      stalls: hb.stalls,
      ticks: hb.ticks,
      longTasks: probe?.longTasks ?? [],
    };
  });
  const after = (start: number, length: number) => start + length > read.domInteractive;
  const tasks = await page.tasks?.();
  const ourLongTasks = tasks
    ?.filter((t) => t.whose !== null && t.ms > LONG_TASK_MS)
    .map((t): [number, number, string] => [Math.round(t.at), Math.round(t.ms), whyOurs(t)]);
  return {
    ...(ourLongTasks ? { ourLongTasks } : {}),
    status: withExtension ? ((await page.verdict?.()) ?? null) : null,
    domInteractive: read.domInteractive,
    doneAt,
    stalls: read.stalls.filter(([s, d]) => after(s, d)),
    pageLongTasks: read.longTasks.filter((t) => after(t.start, t.duration)).map((t) => t.duration),
    ticks: read.ticks,
    ...(heap ? { heap } : {}),
    ...(heapLater ? { heapLater } : {}),
    ...(msPerUpdate !== undefined ? { msPerUpdate } : {}),
  };
}
