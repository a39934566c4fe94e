import { chromium } from 'playwright-core';
import { generateHostilePage } from '../../test/e2e/pages/hostile-pages';
import { generateLongArticle } from './generate-long-article';
import { servePages } from './page-server';
import { bundleEntry } from './bundle-entry';
const bundle = await bundleEntry('bench/browser/pipeline-entry.ts');
const server = await servePages({});
const name = process.argv[2] ?? 'many-nodes';
const mode = process.argv[3] ?? 'none';
const html =
  name === 'long' ? generateLongArticle(3000) : generateHostilePage(name as 'many-nodes');
const url = server.addPage('mn.html', html);
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true });
const page = await b.newPage({ viewport: { width: 1280, height: 900 } });
await page.goto(url);
await page.waitForTimeout(1500);
await page.evaluate(bundle);
const r = await page.evaluate(`(async () => {
  const tasks = [];
  new PerformanceObserver((l) => { for (const e of l.getEntries()) tasks.push([Math.round(e.startTime), Math.round(e.duration)]); }).observe({ type: 'longtask' });
  const st = document.createElement('style');
  st.textContent = '[data-ra-hidden]:not([data-ra-hidden="c"]) { display: none !important; } [data-ra-hidden="c"] { content-visibility: hidden !important; contain-intrinsic-size: none !important; height: 0 !important; min-height: 0 !important; padding: 0 !important; border: 0 !important; margin: 0 !important; }';
  document.head.append(st);
  await new Promise((r) => setTimeout(r, 300));
  const plan = window.__raBench.plan(document);
  const sizes = plan.hide.map((e) => e.getElementsByTagName('*').length);
  await new Promise((r) => requestAnimationFrame(r));
  const t0 = performance.now();
  const mode = ${JSON.stringify(mode)};
  for (const el of plan.hide) {
    const big = el.getElementsByTagName('*').length > 3000;
    el.setAttribute('data-ra-hidden', mode === 'cv' && big ? 'c' : '');
  }
  await new Promise((r) => setTimeout(r, 1500));
  const frameTasks = tasks.filter(([s]) => s >= t0 - 5);
  return { hide: plan.hide.length, big: sizes.filter((n) => n > 3000), tasks: frameTasks, height: document.documentElement.scrollHeight };
})()`);
console.log(mode, JSON.stringify(r));
await b.close();
await server.close();
