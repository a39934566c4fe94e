/**
 * What the reference bench reads in a loaded page, and how it scores it. The in-page parts are
 * source strings (evaluated as they are in either browser, so no build helper can slip into
 * them); the scoring runs in Node.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { readHtmlFile } from '../../scripts/parse-html-file';

/** The page as the reader sees it at the end of a load. */
export interface PageReading {
  href: string;
  /**
   * Our status mark: 'article' once we took the page in hand, else null (a page we leave alone
   * carries no mark of ours: the run asks the detector for its verdict instead).
   */
  status: string | null;
  hasBody: boolean;
  /** `document.body.innerText`: the rendered text, what display:none hides is not in it. */
  text: string;
  /** Elements carrying our hidden attribute. */
  hidden: number;
}

export const READ_PAGE = `(() => {
  const body = document.body;
  return {
    href: location.href,
    status: document.documentElement.getAttribute('data-reader-assistant'),
    hasBody: body !== null,
    text: body ? body.innerText : '',
    hidden: document.querySelectorAll('[data-ra-hidden]').length,
  };
})()`;

/** Whether our pass over an article is over: the mark is set once hiding and highlighting are done. */
export const ARTICLE_MARKED = `document.documentElement.getAttribute('data-reader-assistant') === 'article'`;

/**
 * The visible text without the headline and byline, for the "body" score: the bench bundle's
 * planner (the extension's own rules) names them on the tidied page; they are taken out of the
 * rendering for one read of innerText and put back.
 */
export const READ_BODY_TEXT = `(() => {
  const plan = window.__raBench && window.__raBench.plan(document);
  if (!plan) return null;
  const parts = [plan.title, ...plan.byline].filter((el) => el && el.isConnected);
  const saved = parts.map((el) => el.getAttribute('style'));
  for (const el of parts) el.style.setProperty('display', 'none', 'important');
  const text = document.body.innerText;
  parts.forEach((el, i) => {
    const s = saved[i];
    if (s === null) el.removeAttribute('style');
    else el.setAttribute('style', s);
  });
  return text;
})()`;

/** Where the bench's own scripts are served, on the page's origin (so a page's CSP 'self' allows them). */
export const BENCH_PATH = '/__ra_bench__/';
export const READABILITY_SCRIPT = `${BENCH_PATH}readability.js`;
export const READABILITY_RUN = `${BENCH_PATH}readability-run.js`;

const readabilitySource = readFileSync(
  createRequire(import.meta.url).resolve('@mozilla/readability/Readability.js'),
  'utf8',
);

/**
 * The two scripts that time Readability in the page: the library (compiled and evaluated,
 * as ours are), then `parse()` on a copy of the document made beforehand (untimed): Readability
 * changes the document it reads.
 */
export const BENCH_SCRIPTS: Record<string, string> = {
  [READABILITY_SCRIPT]: `${readabilitySource}\nwindow.__raReadability = Readability;\n`,
  [READABILITY_RUN]: `(() => {
  const copy = window.__raCopy;
  const start = performance.now();
  const article = new window.__raReadability(copy).parse();
  window.__raReadabilityMs = performance.now() - start;
  window.__raReadabilityLength = article && article.textContent ? article.textContent.length : 0;
})();\n`,
};

export const MAKE_COPY = `(() => { window.__raCopy = document.cloneNode(true); return true; })()`;

/** Adds a script by URL and resolves once it ran (or failed to load). */
export const addScript = (src: string) => `new Promise((resolve) => {
  const s = document.createElement('script');
  s.src = ${JSON.stringify(src)};
  s.onload = () => resolve(true);
  s.onerror = () => resolve(false);
  (document.head || document.documentElement).appendChild(s);
})`;

/**
 * The saved page, decoded as the extraction bench decodes it (a byte-order mark, valid UTF-8,
 * else the declared charset) and served as UTF-8: the header's charset wins over a page's
 * stale `<meta charset>`, so the browser reads the same characters jsdom does.
 */
export function pageBody(file: string): string {
  return readHtmlFile(file);
}

/** Lower-case words separated by single spaces: how snippets are looked for in visible text. */
export function plainWords(text: string): string {
  return ` ${text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `;
}

/**
 * Whether `snippet` is in `visible` (both through `plainWords`). A snippet may start or end
 * mid-word (trafilatura cuts them at 50 characters), so its ends need not be word boundaries.
 */
export function containsSnippet(visible: string, snippet: string): boolean {
  const words = plainWords(snippet).trim();
  return words.length > 0 && visible.includes(words);
}

/** How a page broke, or null: its body gone or empty, or it went to another address. */
export function brokenHow(reading: PageReading | null, url: string): string | null {
  if (reading === null) return 'did not load';
  const strip = (u: string) => u.replace(/#.*$/, '');
  if (strip(reading.href) !== strip(url)) return `navigated to ${reading.href.slice(0, 80)}`;
  if (!reading.hasBody) return 'no body';
  if (reading.text.trim().length === 0) return 'empty body';
  return null;
}
