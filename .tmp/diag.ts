import { readHtmlFile } from '../scripts/parse-html-file';
import { launchPlain } from '../bench/browser/launch-browser';
import { chromiumRoute, servedKey, type Served } from '../bench/browser/reference-browsers';
import { referencePages } from '../bench/browser/reference-pages';
const only = process.argv[2].split(',');
const pages = [...referencePages({ aebSample: 40, only }).values()].flat();
const served: Served = new Map();
const b = await launchPlain(chromiumRoute(served));
for (const page of pages) {
  served.clear();
  served.set(servedKey(page.url), { body: readHtmlFile(page.file), type: 'text/html; charset=utf-8' });
  const tab = await b.context.newPage();
  await tab.addInitScript(`window.__counts=[];const t0=performance.now();const tick=()=>{if(document.body)window.__counts.push(Math.round(performance.now()-t0)+':'+document.body.getElementsByTagName('*').length);if(performance.now()-t0<3000)setTimeout(tick,50)};tick();`);
  await tab.goto(page.url, { waitUntil: 'load', timeout: 30000 }).catch(() => undefined);
  await new Promise((r) => setTimeout(r, 3000));
  console.log((await tab.evaluate('window.__counts.join(" ")')) as string);
  const out = await tab.evaluate(`(() => {
    const els = (doc) => { const out = [doc.body]; let ns = null; for (const el of Array.from(doc.body.getElementsByTagName('*'))) { if (ns && ns.contains(el)) continue; ns = null; out.push(el); if (el.localName === 'noscript') ns = el; } return out; };
    const html = '<!DOCTYPE html><html><head></head>' + document.body.outerHTML + '</html>';
    const copy = new DOMParser().parseFromString(html, 'text/html');
    const a = els(document), c = els(copy);
    let i = 0; while (i < a.length && i < c.length && a[i].localName === c[i].localName) i++;
    const ctx = (x) => x ? \`\${x.localName} parent=\${x.parentElement?.localName} \${x.outerHTML.slice(0, 200)}\` : 'none';
    return { live: a.length, copy: c.length, firstDiff: i, liveEl: ctx(a[i]), copyEl: ctx(c[i]), livePrev: ctx(a[i-1]) };
})()`);
  console.log(page.id, JSON.stringify(out, null, 1));
  await tab.close();
}
await b.close();
