import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadHostile, type BenchPage } from '../../../bench/browser/hostile-load';

/**
 * The hostile-page load waits until we are done: the legend on an article, the detector's
 * "not-article" (asked, as a page we leave alone carries no mark of ours) on any other page.
 * The bench page here is this document; `verdict` plays the detector answering `getStatus`.
 */
function benchPage(answers: (string | null)[], onAsk: (n: number) => void = () => undefined) {
  let asked = 0;
  const page: BenchPage & { asked: () => number } = {
    goto: async () => undefined,
    evaluate: async (fn) => fn(),
    verdict: async () => {
      onAsk(asked);
      return answers[Math.min(asked++, answers.length - 1)] ?? null;
    },
    close: async () => undefined,
    asked: () => asked,
  };
  return page;
}

function drawLegend(): void {
  const host = document.createElement('div');
  host.setAttribute('data-reader-assistant-ui', '');
  const legend = document.createElement('div');
  legend.className = 'legend';
  legend.append(document.createElement('span'));
  host.attachShadow({ mode: 'open' }).append(legend);
  document.body.append(host);
}

beforeEach(() => {
  (window as unknown as { __heartbeat: object }).__heartbeat = { stalls: [], ticks: 3 };
});
afterEach(() => {
  document.body.replaceChildren();
  document.documentElement.removeAttribute('data-reader-assistant');
});

describe('loadHostile', () => {
  it('is done on a page we leave alone once the detector says "not-article", with no mark', async () => {
    const page = benchPage([null, 'not-article']);
    const before = performance.now();
    const result = await loadHostile(page, 'http://127.0.0.1/home.html', true, false);
    expect(result.status).toBe('not-article');
    expect(result.doneAt).not.toBeNull();
    expect(result.doneAt!).toBeGreaterThanOrEqual(before);
    // Done before the settle second, so within a few polls of the answer.
    expect(result.doneAt! - before).toBeLessThan(1000);
    expect(document.documentElement.hasAttribute('data-reader-assistant')).toBe(false);
  });

  it('on an article waits for the legend, and stops asking once the verdict is known', async () => {
    const page = benchPage(['article'], (n) => {
      // The legend comes a few polls after the verdict.
      if (n === 0) setTimeout(drawLegend, 200);
    });
    const before = performance.now();
    const result = await loadHostile(page, 'http://127.0.0.1/article.html', true, false);
    expect(result.status).toBe('article');
    expect(result.doneAt! - before).toBeGreaterThanOrEqual(150);
    // Once while waiting, once for the result: not on every poll.
    expect(page.asked()).toBe(2);
  });

  it('does not ask the detector without the extension', async () => {
    const page = benchPage(['not-article']);
    const result = await loadHostile(page, 'http://127.0.0.1/home.html', false, false);
    expect(result).toMatchObject({ status: null, doneAt: null, ticks: 3 });
    expect(page.asked()).toBe(0);
  });
});
