import { launchFirefox } from '../../test/e2e/support/firefox';
import { generateHostilePage } from '../../test/e2e/pages/hostile-pages';
import { generateLongArticle } from './generate-long-article';
import { servePages } from './page-server';
import { bundleEntry } from './bundle-entry';
const bundle = await bundleEntry('bench/browser/pipeline-entry.ts');
const server = await servePages({});
const name = process.argv[2] ?? 'many-nodes';
const html = name === 'long' ? generateLongArticle(3000) : generateHostilePage(name as 'many-nodes');
const url = server.addPage('p.html', html);
const ff = await launchFirefox({ extension: false });
for (const mode of ['dn', 'cv', 'dn', 'cv']) {
  const page = await ff.newPage();
  await page.goto(url);
  await new Promise((r) => setTimeout(r, 1500));
  await page.evaluate((code: string) => { (0, eval)(code); }, bundle);
  const src = `(async () => {
    const mode = ${JSON.stringify(mode)};
    const t = (f) => { const s = performance.now(); f(); return +(performance.now() - s).toFixed(1); };
    const w = window;
    const out = {};
    out.detect = t(() => w.__raBench.detect(document, location.href));
    let plan = null;
    out.plan = t(() => { plan = w.__raBench.plan(document); });
    const st = document.createElement('style');
    st.textContent = '[data-ra-hidden=""] { display: none !important; } [data-ra-hidden="c"] { content-visibility: hidden !important; contain-intrinsic-size: none !important; width:0 !important; height: 0 !important; min-height: 0 !important; padding: 0 !important; border: 0 !important; margin: 0 !important; }';
    out.insertStyle = t(() => { document.head.append(st); document.body.offsetHeight; });
    const p = plan;
    out.sizes = p.hide.map((e) => e.getElementsByTagName('*').length);
    out.hide = t(() => {
      for (const el of p.hide) el.setAttribute('data-ra-hidden', mode === 'cv' && el.getElementsByTagName('*').length > 3000 ? 'c' : '');
      document.body.offsetHeight;
    });
    out.mark = t(() => { p.root.setAttribute('data-ra-article', ''); document.body.offsetHeight; });
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    const s = performance.now();
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    out.nextFrame = +(performance.now() - s).toFixed(1);
    return JSON.stringify(out);
  })()`;
  const r = await page.evaluate((code: string) => (0, eval)(code) as Promise<string>, src);
  console.log(name, mode, r);
  await page.close();
}
await ff.close(); await server.close();
