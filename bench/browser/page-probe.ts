/**
 * An init script that runs before any page script: it records every long task (> 50 ms on the
 * main thread, whoever ran it — the page, or our content script in its isolated world) and the
 * moment the content script marks `<html data-reader-assistant>`. Kept as a string so the
 * TypeScript loader cannot inject helpers into code that runs in the page.
 */
import type { Page } from 'playwright-core';

export const PROBE_SCRIPT = `(() => {
  const w = window;
  w.__raProbe = { longTasks: [], statusAt: null, status: null, observerError: null };
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
  longTasks: LongTask[];
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
