/**
 * Content-script cost vs Readability, in Chromium, on the same pages in the same run: per page
 * the median of several rounds of detect alone, detect + plan + hide, and Readability's
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

interface PageCost {
  page: BenchPage;
  detect: number;
  detectPlanHide: number;
  undo: number;
  readability: number;
  isArticle: boolean;
  hidden: number;
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
      detectPlanHide: median(r.detectPlanHide),
      undo: median(r.undo),
      readability: median(r.readability),
      isArticle: r.isArticle,
      hidden: r.hidden,
      ...(r.error !== undefined ? { error: r.error } : {}),
    };
  } catch (error) {
    const nan = Number.NaN;
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return {
      page,
      detect: nan,
      detectPlanHide: nan,
      undo: nan,
      readability: nan,
      isArticle: false,
      hidden: 0,
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
  const ratios = ok.map((c) => c.detectPlanHide / c.readability);
  const medianRatio = median(ratios);
  const worst = ratios.length > 0 ? Math.max(...ratios) : Number.NaN;
  const over = ratios.filter((r) => r > RATIO_BUDGET).length;
  const sumB = ok.reduce((s, c) => s + c.detectPlanHide, 0);
  const sumC = ok.reduce((s, c) => s + c.readability, 0);
  return {
    medianRatio,
    worst,
    over,
    row: [
      set,
      `${ok.length}/${costs.length}`,
      ms(median(finite(ok.map((c) => c.detect)))),
      ms(median(finite(ok.map((c) => c.detectPlanHide)))),
      ms(median(finite(ok.map((c) => c.readability)))),
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
    for (const page of pages) {
      const cost = await measurePage(env, page, runs);
      costs.push(cost);
      log(
        `  ${set}/${page.id}: detect ${ms(cost.detect)} ms, +plan+hide ${ms(cost.detectPlanHide)} ms, readability ${ms(cost.readability)} ms${cost.error ? ` (${cost.error})` : ''}`,
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
      'detect+plan+hide (ms)',
      'Readability (ms)',
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
      what: `${set}: detect+plan+hide / Readability (median of pages)`,
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
        `Detection called ${called.length} of ${nonArticle.length} non-article pages articles; on those the content script also plans and hides (the detect+plan+hide column), so the 2 ms budget only holds where detection says "not an article".`,
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
      'detect',
      'detect+plan+hide',
      'undo',
      'Readability',
      'b/c',
    ],
    rows: all.map((c) => [
      c.page.set,
      c.page.id,
      c.error ? 'error' : c.isArticle ? 'article' : 'not article',
      String(c.hidden),
      ms(c.detect),
      ms(c.detectPlanHide),
      ms(c.undo),
      ms(c.readability),
      ratio(c.detectPlanHide / c.readability),
    ]),
  };

  return {
    title: 'Content-script cost vs Readability (Chromium)',
    method:
      `Each page is served from the corpus on 127.0.0.1 (every other request blocked) and the bench bundle is evaluated in it. ` +
      `Per page, after one warm-up round, ${runs} interleaved rounds of (a) \`detectArticle\`, (b) \`detectArticle\` + \`planArticle\` + \`hideElements\` ` +
      `(the undo that restores the page is timed apart, then layout is settled untimed), (c) \`new Readability(document.cloneNode(true)).parse()\`; ` +
      `the table gives the median over pages of each page's median. Readability is the yardstick: the ratio b/c is what the budget checks.`,
    tables: [summary, perPage],
    checks,
    notes,
  };
}
