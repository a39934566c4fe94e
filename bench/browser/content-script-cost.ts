/**
 * Content-script cost vs Readability, in Chromium, on the same pages in the same run: per page
 * the median of several rounds of detect alone, the content script's pass on the page's main
 * thread (detect, copy the page for the extension's planner, resolve its answer, hide), the
 * planner's own time in the extension document, the in-page fallback, and Readability's
 * `parse()` on a clone of the document. Budgets (issue text): detection + hiding ≤ 0.3 ×
 * Readability's time on articles; ≤ 2 ms on pages that are clearly not articles.
 */
import type { Check, Section, Table } from '../bench-report';
import { ms, ratio } from '../bench-report';
import type { CostRuns } from './in-page/cost-runs';
import { median } from './in-page/median';
import { CORPUS, openWithBundle, type BenchEnv } from './bench-env';
import type { BenchPage } from './corpus-pages';

const RATIO_BUDGET = 0.3;
const NON_ARTICLE_BUDGET_MS = 2;
const SMALL_SET_ROUNDS = 25;

interface PageCost {
  page: BenchPage;
  detect: number;
  /** On the page's main thread: detect + copy + resolve + hide. */
  onPage: number;
  /** Parts of `onPage`: detect + serialise; the message; resolve + hide. */
  parts: [number, number, number];
  /** Planning the copy in the extension's document. */
  inExtension: number;
  /** The fallback, everything in the page: detect + plan + hide. */
  planInPage: number;
  undo: number;
  readability: number;
  isArticle: boolean;
  hidden: number;
  source: string;
  error?: string;
}

async function measurePage(env: BenchEnv, page: BenchPage, runs: number): Promise<PageCost> {
  const tab = await env.plain.context.newPage();
  try {
    await openWithBundle(tab, env.server.urlOf(CORPUS, page.file), env.bundle);
    const r: CostRuns = await tab.evaluate(
      ({ url, runs }) => window.__raBench!.costRuns(document, url, runs),
      { url: page.url, runs },
    );
    return {
      page,
      detect: median(r.detect),
      onPage: median(r.onPage),
      parts: [median(r.beforeMessage), median(r.message), median(r.resolveHide)],
      inExtension: median(r.inExtension),
      planInPage: median(r.planInPage),
      undo: median(r.undo),
      readability: median(r.readability),
      isArticle: r.isArticle,
      hidden: r.hidden,
      source: r.source ?? 'none',
      ...(r.error !== undefined ? { error: r.error } : {}),
    };
  } catch (error) {
    const nan = Number.NaN;
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return {
      page,
      detect: nan,
      onPage: nan,
      parts: [nan, nan, nan],
      inExtension: nan,
      planInPage: nan,
      undo: nan,
      readability: nan,
      isArticle: false,
      hidden: 0,
      source: 'none',
      error: message,
    };
  } finally {
    await tab.close();
  }
}

const finite = (values: number[]) => values.filter(Number.isFinite);

function setRow(
  set: string,
  costs: PageCost[],
): { row: string[]; medianRatio: number; worst: number; over: number } {
  const ok = costs.filter((c) => c.error === undefined && Number.isFinite(c.readability));
  const ratios = ok.map((c) => c.onPage / c.readability);
  const medianRatio = median(ratios);
  const worst = ratios.length > 0 ? Math.max(...ratios) : Number.NaN;
  const over = ratios.filter((r) => r > RATIO_BUDGET).length;
  const sumB = ok.reduce((s, c) => s + c.onPage, 0);
  const sumC = ok.reduce((s, c) => s + c.readability, 0);
  const fromExtension = ok.filter((c) => c.source === 'extension').length;
  return {
    medianRatio,
    worst,
    over,
    row: [
      set,
      `${ok.length}/${costs.length}`,
      ms(median(finite(ok.map((c) => c.detect)))),
      ms(median(finite(ok.map((c) => c.onPage)))),
      ms(median(finite(ok.map((c) => c.inExtension)))),
      ms(median(finite(ok.map((c) => c.planInPage)))),
      ms(median(finite(ok.map((c) => c.readability)))),
      `${fromExtension}/${ok.length}`,
      ratio(median(ok.map((c) => (c.onPage + c.inExtension) / c.readability))),
      ratio(medianRatio),
      ratio(sumB / sumC),
      ratio(worst),
      String(over),
      set === 'non-article' ? `detect alone ≤ ${NON_ARTICLE_BUDGET_MS} ms` : `≤ ${RATIO_BUDGET}`,
    ],
  };
}

/** Runs the benchmark over `sets` (set → pages) with `runs` counted rounds per page. */
export async function contentScriptCost(
  env: BenchEnv,
  sets: Map<string, BenchPage[]>,
  runs: number,
  log: (line: string) => void = () => {},
): Promise<Section> {
  const all: PageCost[] = [];
  const bySet = new Map<string, PageCost[]>();
  for (const [set, pages] of sets) {
    const costs: PageCost[] = [];
    // A set of one or two pages (the seed) gets its median from more rounds: its ratio is
    // that page's alone, and 5 rounds of a ~1 ms pass moved it from 0.22 to 0.31 between runs.
    const rounds = pages.length < 5 ? Math.max(runs, SMALL_SET_ROUNDS) : runs;
    for (const page of pages) {
      const cost = await measurePage(env, page, rounds);
      costs.push(cost);
      log(
        `  ${set}/${page.id}: detect ${ms(cost.detect)} ms, on page ${ms(cost.onPage)} ms (${cost.source}), in extension ${ms(cost.inExtension)} ms, all in page ${ms(cost.planInPage)} ms, readability ${ms(cost.readability)} ms${cost.error ? ` (${cost.error})` : ''}`,
      );
    }
    bySet.set(set, costs);
    all.push(...costs);
  }

  const checks: Check[] = [];
  const summary: Table = {
    headers: [
      'set',
      'pages',
      'detect (ms)',
      'b: on the page (ms)',
      'planning in the extension (ms)',
      'fallback, all in the page (ms)',
      'Readability (ms)',
      'planned by the extension',
      'page + extension / Readability',
      'median ratio b/c',
      'total ratio Σb/Σc',
      'worst page ratio',
      'pages over budget',
      'budget',
    ],
    rows: [],
  };
  for (const [set, costs] of bySet) {
    const { row, medianRatio, over } = setRow(set, costs);
    summary.rows.push(row);
    if (set === 'non-article') continue;
    checks.push({
      what: `${set}: content script on the page's main thread / Readability (median of pages)`,
      measured: `${ratio(medianRatio)} (${over} of ${costs.length} pages over)`,
      budget: `≤ ${RATIO_BUDGET}`,
      pass: Number.isFinite(medianRatio) ? medianRatio <= RATIO_BUDGET : null,
    });
  }

  const nonArticle = (bySet.get('non-article') ?? []).filter((c) => Number.isFinite(c.detect));
  const notes: string[] = [];
  if (nonArticle.length > 0) {
    const worst = nonArticle.reduce((a, b) => (b.detect > a.detect ? b : a));
    const over = nonArticle.filter((c) => c.detect > NON_ARTICLE_BUDGET_MS).length;
    checks.push({
      what: 'non-article: detection alone, slowest page',
      measured: `${ms(worst.detect)} ms (${worst.page.id}; ${over} of ${nonArticle.length} pages over)`,
      budget: `≤ ${NON_ARTICLE_BUDGET_MS} ms`,
      pass: worst.detect <= NON_ARTICLE_BUDGET_MS,
    });
    const called = nonArticle.filter((c) => c.isArticle);
    if (called.length > 0) {
      notes.push(
        `Detection called ${called.length} of ${nonArticle.length} non-article pages articles; on those the content script also plans and hides (column b), so the 2 ms budget only holds where detection says "not an article".`,
      );
    }
  }
  const failed = all.filter((c) => c.error !== undefined);
  for (const c of failed) notes.push(`${c.page.set}/${c.page.id}: ${c.error}`);

  const perPage: Table = {
    caption: 'Per page (medians, ms)',
    folded: true,
    headers: [
      'set',
      'page',
      'verdict',
      'hidden',
      'planned by',
      'detect',
      'b: on the page',
      'of which detect + serialise / message / resolve + hide',
      'in the extension',
      'all in the page',
      'undo',
      'Readability',
      'b/c',
    ],
    rows: all.map((c) => [
      c.page.set,
      c.page.id,
      c.error ? 'error' : c.isArticle ? 'article' : 'not article',
      String(c.hidden),
      c.source,
      ms(c.detect),
      ms(c.onPage),
      c.parts.map(ms).join(' / '),
      ms(c.inExtension),
      ms(c.planInPage),
      ms(c.undo),
      ms(c.readability),
      ratio(c.onPage / c.readability),
    ]),
  };

  return {
    title: 'Content-script cost vs Readability (Chromium)',
    method:
      `Each page is served from the corpus on 127.0.0.1 (every other request blocked) and the bench bundle is evaluated in it. ` +
      `Per page, after one warm-up round, ${runs} interleaved rounds (${SMALL_SET_ROUNDS} on a set of fewer than 5 pages, such as the seed) of (a) \`detectArticle\`; ` +
      `(b) what the content script does on the page's main thread: \`detectArticle\`, then \`planPage\` — serialise the page and its message (structured clone, as the Chrome build asks for with the manifest's \`message_serialization\`; timed as a MessagePort \`postMessage\`, which serialises with the same code), ` +
      `have the extension's planner (\`planHtml\`: a DOMParser copy + \`planArticle\`; Chrome runs it in an offscreen document, Firefox in its background page, ` +
      `so it is timed apart as "planning in the extension"), resolve the answer's element addresses on the live page — then \`hideElements\`; ` +
      `(the undo that restores the page is timed apart, then layout is settled untimed); the fallback used when the copy and the page disagree, ` +
      `\`detectArticle\` + \`planArticle\` + \`hideElements\` all in the page; (c) \`new Readability(document.cloneNode(true)).parse()\`. ` +
      `The table gives the median over pages of each page's median. Readability is the yardstick: the ratio b/c is what the budget checks; ` +
      `"page + extension" adds the planner's time back, to show the total work is about one Readability pass, just not on the page's thread.`,
    tables: [summary, perPage],
    checks,
    notes,
  };
}
