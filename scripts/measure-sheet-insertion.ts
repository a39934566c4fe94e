/**
 * How long the browser takes to restyle a large page when our page stylesheet goes in after
 * the page was styled (as `scripting.insertCSS` puts it in a page taken in hand): the sheet as
 * built (`pageCss`, its rules behind SHEET_SCOPE_CLASS), the same rules without that class (as
 * they were), and an empty sheet, inserted as a `<style>` into a generated page of 80,000
 * elements, style and layout flushed, 3 runs each, in Chromium and Firefox ESR.
 *
 *     npx tsx scripts/measure-sheet-insertion.ts [chromium|firefox]
 */
import { chromium } from 'playwright-core';
import puppeteer from 'puppeteer-core';
import { pageCss, SHEET_SCOPE_CLASS } from '../src/page/shared/highlight-style.ts';

type Browser = 'chromium' | 'firefox';
const RUNS = 3;
const PAGE =
  '<!doctype html><html><head><style>p { margin: 2px } .c { color: #333 }</style></head><body>' +
  '<div class="c"><p>Some text <b>bold</b> and <a href="#">a link</a></p><span>x</span><span>y</span></div>'.repeat(
    16_000,
  ) +
  '</body></html>';

function sheets(browser: Browser): Record<string, string> {
  const css = pageCss(browser === 'chromium' ? 'chrome' : 'firefox');
  return {
    empty: '/* nothing */',
    'as built (behind the class)': css,
    'the same rules, bare': css.replaceAll(`.${SHEET_SCOPE_CLASS} `, ''),
  };
}

/** Milliseconds from inserting `css` to styles and layout being up to date again. */
const INSERT = (css: string) => `(() => {
  document.body.offsetHeight;
  const t0 = performance.now();
  const style = document.createElement('style');
  style.textContent = ${JSON.stringify(css)};
  document.head.appendChild(style);
  document.body.offsetHeight;
  getComputedStyle(document.body.lastElementChild).color;
  return performance.now() - t0;
})()`;

/** A fresh page with PAGE loaded, and a way to evaluate an expression in it. */
interface Opened {
  newPage(): Promise<{ evaluate(expression: string): Promise<unknown>; close(): Promise<void> }>;
  close(): Promise<void>;
}

async function launch(browser: Browser): Promise<Opened> {
  if (browser === 'chromium') {
    const b = await chromium.launch({
      executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    });
    return {
      newPage: async () => {
        const page = await b.newPage();
        await page.setContent(PAGE);
        return { evaluate: (e) => page.evaluate(e), close: () => page.close() };
      },
      close: () => b.close(),
    };
  }
  const b = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    headless: true,
  });
  return {
    newPage: async () => {
      const page = await b.newPage();
      await page.setContent(PAGE);
      return { evaluate: (e) => page.evaluate(e), close: () => page.close() };
    },
    close: () => b.close(),
  };
}

async function measure(browser: Browser): Promise<void> {
  const opened = await launch(browser);
  try {
    for (const [name, css] of Object.entries(sheets(browser))) {
      const times: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const page = await opened.newPage();
        times.push(Math.round((await page.evaluate(INSERT(css))) as number));
        await page.close();
      }
      console.log(`${browser}\t${name}\t${times.join(' ')} ms`);
    }
  } finally {
    await opened.close();
  }
}

const asked = process.argv[2] as Browser | undefined;
for (const browser of asked ? [asked] : (['chromium', 'firefox'] as const)) await measure(browser);
