/**
 * An init script that runs before any page script: it records the long tasks Chromium reports
 * to the page (> 50 ms), a 10 ms timer heartbeat's stalls, and the moment the content script
 * marks `<html data-reader-assistant="article">` (only on an article it took in hand: a page we
 * leave alone gets no mark, and its bench asks the detector instead, see ask-detector.ts). Kept as a string so the TypeScript loader cannot inject
 * helpers into code that runs in the page.
 *
 * Why both: Chromium does not report to the page's 'longtask' observer a task that runs on an
 * extension message's reply — a 400 ms loop in a content script after `runtime.sendMessage`
 * resolved left no entry (the same loop in its timer did), and on issue #7's generated pages a
 * 1.6 s Readability pass of ours, which starts on the reply that injected the article module,
 * froze the page's timers without one. The heartbeat sees every task: a gap between two ticks
 * is the longest task in between plus the 10 ms period.
 */
import type { Page } from 'playwright-core';

/** What counts as a long task (issue #7's budget). */
export const LONG_TASK_MS = 50;
/** The heartbeat's period, and the gap recorded as a stall: a 50 ms task plus one period. */
export const TICK_MS = 10;
export const STALL_MS = LONG_TASK_MS + TICK_MS;

export const PROBE_SCRIPT = `(() => {
  const TICK_MS = ${TICK_MS};
  const STALL_MS = ${STALL_MS};
  const w = window;
  w.__raProbe = { longTasks: [], stalls: [], statusAt: null, status: null, observerError: null };
  let last = performance.now();
  setInterval(() => {
    const now = performance.now();
    if (now - last > STALL_MS && w.__raProbe.stalls.length < 500)
      w.__raProbe.stalls.push({ start: last, duration: now - last });
    last = now;
  }, TICK_MS);
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__raProbe.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch (e) {
    w.__raProbe.observerError = String(e);
  }
  const seen = () => {
    const html = document.documentElement;
    if (!html || !html.hasAttribute('data-reader-assistant') || w.__raProbe.statusAt !== null) return;
    w.__raProbe.statusAt = performance.now();
    w.__raProbe.status = html.getAttribute('data-reader-assistant');
  };
  new MutationObserver(seen).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-reader-assistant'] });
})();`;

/** A long task, in page milliseconds since navigation start. */
export interface LongTask {
  start: number;
  duration: number;
}

/** What the probe saw, with the navigation's milestones. */
export interface ProbeResult {
  /** Long tasks Chromium reported to the page (not the content script's: see above). */
  longTasks: LongTask[];
  /** Heartbeat gaps over STALL_MS: the main thread was busy for about `duration - TICK_MS`. */
  stalls: LongTask[];
  /** When our status mark was set (an article), or the bench learnt "not-article" (long-tasks.ts). */
  statusAt: number | null;
  status: string | null;
  observerError: string | null;
  domInteractive: number;
  domContentLoaded: number;
  loadEnd: number;
}

export async function readProbe(page: Page): Promise<ProbeResult> {
  return page.evaluate(() => {
    const probe = (
      window as unknown as {
        __raProbe: Omit<ProbeResult, 'domInteractive' | 'domContentLoaded' | 'loadEnd'>;
      }
    ).__raProbe;
    const nav = performance.getEntriesByType('navigation')[0] as
      PerformanceNavigationTiming | undefined;
    return {
      ...probe,
      domInteractive: nav?.domInteractive ?? Number.NaN,
      domContentLoaded: nav?.domContentLoadedEventStart ?? Number.NaN,
      loadEnd: nav?.loadEventEnd ?? Number.NaN,
    };
  });
}
