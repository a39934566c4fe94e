// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { detectArticle } from '../../../src/detect/detect-article';
import {
  watchForLateArticle,
  type LateArticleLimits,
} from '../../../src/page/detector/watch-late-article';

const LIMITS: LateArticleLimits = { intervalMs: 500, maxChecks: 4, windowMs: 10_000 };

/** Lets the MutationObserver deliver (a microtask), then runs timers due within `ms`. */
async function elapse(ms: number): Promise<void> {
  await Promise.resolve();
  await vi.advanceTimersByTimeAsync(ms);
}

/** A watch whose check never finds an article and counts how often it was asked. */
function countLooks(limits: LateArticleLimits): { looks: () => number; stop: () => void } {
  let looks = 0;
  const stop = watchForLateArticle(
    document,
    () => {
      looks += 1;
      return false;
    },
    limits,
  );
  return { looks: () => looks, stop };
}

function addParagraph(text = 'Một đoạn văn mới.'): void {
  const p = document.createElement('p');
  p.textContent = text;
  document.body.append(p);
}

describe('watching for an article that renders late', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    document.body.innerHTML = '<div id="app">Đang tải…</div>';
  });
  afterEach(() => vi.useRealTimers());

  it('detects the article a client-rendered page builds after load, then stops watching', async () => {
    document.head.innerHTML =
      '<title>Giá điện tăng 4,8% | Báo</title><meta property="og:type" content="article">';
    const verdicts: boolean[] = [];
    const stop = watchForLateArticle(
      document,
      () => {
        const v = detectArticle(document, 'https://bao.example/kinh-te/gia-dien-tang.html');
        verdicts.push(v.isArticle);
        return v.isArticle;
      },
      LIMITS,
    );
    await elapse(2000);
    expect(verdicts).toEqual([]);
    const app = document.getElementById('app') as HTMLElement;
    app.innerHTML = `<article><h1>Giá điện tăng 4,8%</h1><p class="byline">Hải Linh · 12/10/2026</p>${Array.from(
      { length: 10 },
      (_, i) =>
        `<p>Đoạn ${i}: Tập đoàn Điện lực cho biết giá bán lẻ điện bình quân tăng 4,8% từ hôm nay, tương đương 2.103,11 đồng mỗi kWh, theo quyết định mới của Bộ Công Thương.</p>`,
    ).join('')}</article>`;
    await elapse(LIMITS.intervalMs);
    expect(verdicts).toEqual([true]);
    addParagraph();
    await elapse(LIMITS.intervalMs * 4);
    expect(verdicts).toEqual([true]);
    stop();
  });

  it('on a page that mutates forever, looks at most maxChecks times and never after the window', async () => {
    const watch = countLooks(LIMITS);
    const ticker = setInterval(() => addParagraph(), 20);
    await elapse(LIMITS.windowMs * 3);
    clearInterval(ticker);
    expect(watch.looks()).toBe(LIMITS.maxChecks);
  });

  it('ignores churn that does not change the paragraphs (tickers, carousels, attributes)', async () => {
    const watch = countLooks(LIMITS);
    const ticker = setInterval(() => {
      const app = document.getElementById('app') as HTMLElement;
      app.textContent = `Tỷ giá ${Math.random()}`;
      app.append(document.createElement('span'));
    }, 20);
    await elapse(LIMITS.windowMs);
    clearInterval(ticker);
    expect(watch.looks()).toBe(0);
  });

  it('stops when the window closes even while the page keeps growing slowly', async () => {
    const watch = countLooks({ intervalMs: 500, maxChecks: 100, windowMs: 3000 });
    const ticker = setInterval(() => addParagraph(), 1000);
    await elapse(20_000);
    clearInterval(ticker);
    expect(watch.looks()).toBeGreaterThan(0);
    expect(watch.looks()).toBeLessThanOrEqual(3);
  });

  it('stop() ends the watch at once', async () => {
    const watch = countLooks(LIMITS);
    watch.stop();
    addParagraph();
    await elapse(LIMITS.windowMs);
    expect(watch.looks()).toBe(0);
  });
});
