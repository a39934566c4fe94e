import { launchFirefox } from '../../test/e2e/support/firefox';
import { generateHostilePage } from '../../test/e2e/pages/hostile-pages';
import { servePages } from './page-server';
import { pageCss } from '../../src/page/highlight-style';
const server = await servePages({});
const url = server.addPage('p.html', generateHostilePage('many-nodes'));
const ff = await launchFirefox({ extension: false });
const full = pageCss('firefox');
const variants: Record<string, string> = {
  full,
  attrOnly: '[data-ra-hidden=""] { display: none !important; }',
  attrPresence: '[data-ra-hidden] { display: none !important; }',
  markOnly: 'ra-mark[data-ra-mark="ra-money"] { background: red; }',
  highlightOnly: '::highlight(ra-money) { background-color: red; }',
  scopedHighlight: '[data-ra-article] ::highlight(ra-money) { background-color: red; }',
  classOnly: '.ra-hidden-x { display: none !important; }',
  empty: '',
};
for (const [name, css] of Object.entries(variants)) {
  const page = await ff.newPage();
  await page.goto(url);
  await new Promise((r) => setTimeout(r, 1500));
  const src = `(() => {
    document.body.offsetHeight;
    const st = document.createElement('style');
    st.textContent = ${JSON.stringify(css)};
    const s = performance.now();
    document.head.append(st); document.body.offsetHeight;
    const a = +(performance.now() - s).toFixed(1);
    const sheet = new CSSStyleSheet(); sheet.replaceSync(${JSON.stringify(css)});
    const s2 = performance.now();
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet]; document.body.offsetHeight;
    return JSON.stringify({ style: a, adopted: +(performance.now() - s2).toFixed(1) });
  })()`;
  console.log(name, await page.evaluate((code: string) => (0, eval)(code) as string, src));
  await page.close();
}
await ff.close(); await server.close();
