/**
 * The reference bench's report: per browser and set, the verdicts, the visible text's score
 * (raw, and the body without headline and byline), the snippets, the pages that break, and the
 * main-thread cost of ours beside Readability's; the targets of issue 19 as checks; per page
 * details folded.
 */
import { checksTable, ms, ratio, tableMarkdown, type Check, type Table } from '../bench-report';
import { averageScore, pageF1, type ShingleCounts } from '../shingle-f1';
import { median } from './in-page/median';
import type { ScriptTime } from './main-thread-cost';
import type { BrowserName } from './reference-browsers';
import { REFERENCE_SETS, SET_NAMES, type ReferenceSet } from './reference-pages';
import type { PageRun } from './reference-run';

/** A page's run with its costs resolved. */
export interface ScoredRun extends Omit<PageRun, 'ours' | 'readability'> {
  ours: ScriptTime | null;
  readability: ScriptTime | null;
  /** The jsdom pipeline's (bench:extract's) scores of the same page, when computed. */
  jsdom?: { raw: ShingleCounts; body: ShingleCounts };
}

/** Body F1 targets (issue 19), per set. */
const F1_TARGETS: Partial<Record<ReferenceSet, number>> = { aeb: 0.96, en: 0.95, vi: 0.97 };
const RATIO_TARGET = 0.5;
const TASK_TARGET_MS = 50;

const f3 = (x: number) => (Number.isFinite(x) ? x.toFixed(3) : '–');
const prf = (counts: ShingleCounts[]) => {
  if (counts.length === 0) return '–';
  const s = averageScore(counts);
  return `${f3(s.precision)} / ${f3(s.recall)} / **${f3(s.f1)}**`;
};
const f1Of = (counts: ShingleCounts[]) => (counts.length ? averageScore(counts).f1 : Number.NaN);

/**
 * Firefox reports each request the bench aborted as a "Cross-Origin Request Blocked" error,
 * and some pages ask a random address each load: network noise, not the page breaking.
 */
const pageErrors = (r: ScoredRun) =>
  r.newErrors.filter((e) => !/^Cross-Origin Request Blocked\b/.test(e));
export const isBrokenByUs = (r: ScoredRun) =>
  r.brokenAlone === null && (r.brokenWith !== null || pageErrors(r).length > 0);
const scored = (runs: ScoredRun[]) => runs.filter((r) => r.brokenAlone === null && !r.error);
const costed = (runs: ScoredRun[]) =>
  scored(runs).filter(
    (r) => r.verdict === 'article' && r.ours !== null && (r.readability?.ms ?? 0) > 0,
  );
const present = <T>(xs: (T | null | undefined)[]) => xs.filter((x): x is T => x != null);

function costCells(runs: ScoredRun[]): string[] {
  const c = costed(runs);
  const ours = c.map((r) => r.ours?.ms ?? 0);
  const theirs = c.map((r) => r.readability?.ms ?? 0);
  const ratios = c.map((r) => (r.ours?.ms ?? 0) / (r.readability?.ms ?? 1));
  const longest = Math.max(0, ...c.map((r) => r.ours?.longestTaskMs ?? 0));
  const whole = c
    .map((r) => r.ours?.longestWholeTaskMs)
    .filter((x): x is number => x !== undefined);
  return [
    String(c.length),
    ms(median(ours)),
    ms(median(theirs)),
    ratio(median(ratios)),
    ms(longest),
    whole.length ? ms(Math.max(...whole)) : '–',
  ];
}

function setTable(browser: BrowserName, runs: ScoredRun[], jsdom: boolean): Table {
  const rows = REFERENCE_SETS.flatMap((set) => {
    const all = runs.filter((r) => r.page.set === set);
    if (all.length === 0) return [];
    const ok = scored(all);
    const keep = all.flatMap((r) => r.keep);
    const hide = all.flatMap((r) => r.hide);
    const withTruth = ok.filter((r) => r.raw !== null);
    return [
      [
        SET_NAMES[set],
        `${ok.length}/${all.length}`,
        `${all.filter((r) => r.verdict === 'article').length}/${all.length}`,
        prf(present(withTruth.map((r) => r.raw))),
        prf(present(withTruth.map((r) => r.body))),
        ...(jsdom
          ? [
              f3(f1Of(present(withTruth.map((r) => r.jsdom?.raw)))),
              f3(f1Of(present(withTruth.map((r) => r.jsdom?.body)))),
            ]
          : []),
        keep.length
          ? `${keep.filter((k) => k === 'hidden').length} of ${keep.length} (${keep.filter((k) => k === 'absent alone').length} not shown alone)`
          : '–',
        hide.length
          ? `${hide.filter((k) => k === 'visible').length} of ${hide.length} (${hide.filter((k) => k === 'absent alone').length} not shown alone)`
          : '–',
        String(all.filter((r) => r.brokenAlone !== null).length),
        String(all.filter(isBrokenByUs).length),
        ...costCells(all),
      ],
    ];
  });
  return {
    caption: `**${browser === 'chromium' ? 'Chromium' : 'Firefox ESR'}**`,
    headers: [
      'set',
      'pages scored / loaded',
      'called articles',
      'visible text P / R / **F1**',
      'body (no headline/byline) P / R / **F1**',
      ...(jsdom ? ['jsdom visible F1', 'jsdom body F1'] : []),
      'must-keep snippets hidden',
      'must-hide snippets visible',
      'broken alone',
      'broken by us',
      'cost: article pages',
      'ours (ms, median)',
      'Readability (ms, median)',
      'ours / Readability (median of pages)',
      'most of ours in one task (ms)',
      'longest whole task ours ran in (ms)',
    ],
    rows,
  };
}

function pageTable(browser: BrowserName, runs: ScoredRun[]): Table {
  const f = (c: ShingleCounts | null | undefined) => (c ? f3(pageF1(c)) : '–');
  const snip = (xs: string[]) =>
    xs.length === 0 ? '' : xs.map((x) => (x === 'absent alone' ? 'a' : x[0])).join('');
  return {
    caption: `Per page, ${browser} (snippets: v visible, h hidden, a not shown even alone)`,
    folded: true,
    headers: [
      'set',
      'page',
      'verdict',
      'hidden',
      'F1 raw',
      'F1 body',
      'jsdom raw / body',
      'keep',
      'hide',
      'broken alone',
      'broken with us / new exceptions',
      'ours ms',
      'ours in one task / whole task',
      'Readability ms (trace / parse())',
    ],
    rows: runs.map((r) => [
      r.page.set,
      r.page.id.slice(0, 48),
      r.error ? `error: ${r.error.slice(0, 60)}` : (r.verdict ?? 'no status'),
      String(r.hidden),
      f(r.raw),
      f(r.body),
      r.jsdom ? `${f(r.jsdom.raw)} / ${f(r.jsdom.body)}` : '–',
      snip(r.keep),
      snip(r.hide),
      r.brokenAlone ?? '',
      [r.brokenWith ?? '', ...pageErrors(r).map((e) => e.slice(0, 60))].filter(Boolean).join('; '),
      ms(r.ours?.ms ?? Number.NaN),
      `${ms(r.ours?.longestTaskMs ?? Number.NaN)} / ${ms(r.ours?.longestWholeTaskMs ?? Number.NaN)}`,
      `${ms(r.readability?.ms ?? Number.NaN)} / ${ms(r.readabilityInPageMs ?? Number.NaN)}`,
    ]),
  };
}

/** Pages whose score in the browser and under jsdom (bench:extract's pipeline) differ by more than 0.02. */
function differencesTable(results: Map<BrowserName, ScoredRun[]>): Table {
  const f = (c: ShingleCounts | null | undefined) => (c ? pageF1(c) : Number.NaN);
  const rows: string[][] = [];
  for (const [browser, runs] of results)
    for (const r of scored(runs)) {
      if (!r.jsdom || !r.raw) continue;
      const raw = f(r.raw) - f(r.jsdom.raw);
      const body = f(r.body) - f(r.jsdom.body);
      if (Math.abs(raw) <= 0.02 && Math.abs(body) <= 0.02) continue;
      rows.push([
        browser,
        `${r.page.set}/${r.page.id.slice(0, 48)}`,
        `${f3(f(r.jsdom.raw))} → ${f3(f(r.raw))}`,
        `${f3(f(r.jsdom.body))} → ${f3(f(r.body))}`,
      ]);
    }
  return {
    caption: 'Pages where the browser and jsdom differ by more than 0.02 (F1, jsdom → browser)',
    headers: ['browser', 'page', 'visible text', 'body'],
    rows,
  };
}

export function referenceChecks(browser: BrowserName, runs: ScoredRun[]): Check[] {
  const name = browser === 'chromium' ? 'Chromium' : 'Firefox';
  const keep = runs.flatMap((r) => r.keep);
  const hiddenKeep = runs.filter((r) => r.keep.includes('hidden')).map((r) => r.page.id);
  const broken = runs.filter(isBrokenByUs).map((r) => r.page.id);
  const checks: Check[] = [
    {
      what: `${name}: must-keep snippets hidden by us`,
      measured: `${keep.filter((k) => k === 'hidden').length} of ${keep.length}${hiddenKeep.length ? ` (${hiddenKeep.join(', ')})` : ''}`,
      budget: '0',
      pass: keep.length ? !keep.includes('hidden') : null,
    },
    {
      what: `${name}: pages that work alone broken by us`,
      measured: `${broken.length} of ${runs.filter((r) => r.brokenAlone === null).length}${broken.length ? ` (${broken.join(', ')})` : ''}`,
      budget: '0',
      pass: runs.length ? broken.length === 0 : null,
    },
  ];
  for (const [set, target] of Object.entries(F1_TARGETS) as [ReferenceSet, number][]) {
    const ok = scored(runs.filter((r) => r.page.set === set));
    const body = f1Of(present(ok.map((r) => r.body)));
    const raw = f1Of(present(ok.map((r) => r.raw)));
    checks.push({
      what: `${name}: ${SET_NAMES[set]} visible-text F1, body (raw)`,
      measured: `${f3(body)} (${f3(raw)}), ${ok.length} pages`,
      budget: `≥ ${target}`,
      pass: Number.isFinite(body) ? body >= target : null,
    });
  }
  const c = costed(runs);
  const ratios = c.map((r) => (r.ours?.ms ?? 0) / (r.readability?.ms ?? 1));
  const longest = c.reduce<ScoredRun | null>(
    (a, r) => ((r.ours?.longestTaskMs ?? 0) > (a?.ours?.longestTaskMs ?? -1) ? r : a),
    null,
  );
  checks.push(
    {
      what: `${name}: main-thread time of ours / Readability.parse(), median of article pages`,
      measured: `${ratio(median(ratios))} (${c.length} pages)`,
      budget: `≤ ${RATIO_TARGET}`,
      pass: ratios.length ? median(ratios) <= RATIO_TARGET : null,
    },
    {
      what: `${name}: most of our time in one main-thread task`,
      measured: longest
        ? `${ms(longest.ours?.longestTaskMs ?? 0)} ms (${longest.page.id.slice(0, 40)})`
        : '–',
      budget: `≤ ${TASK_TARGET_MS} ms`,
      pass: longest ? (longest.ours?.longestTaskMs ?? 0) <= TASK_TARGET_MS : null,
    },
  );
  return checks;
}

export function referenceMarkdown(
  results: Map<BrowserName, ScoredRun[]>,
  header: string[],
  method: string[],
  jsdom: boolean,
): string {
  const checks = [...results].flatMap(([b, runs]) => referenceChecks(b, runs));
  const parts = [
    ...header,
    '## Targets (issue 19)',
    tableMarkdown(checksTable(checks)),
    '## Results per set',
    ...[...results].map(([b, runs]) => tableMarkdown(setTable(b, runs, jsdom))),
    ...(jsdom ? ['## Browser against jsdom', tableMarkdown(differencesTable(results))] : []),
    '## How it is measured',
    ...method,
    '## Per page',
    ...[...results].map(([b, runs]) => tableMarkdown(pageTable(b, runs))),
  ];
  return `${parts.join('\n\n')}\n`;
}
