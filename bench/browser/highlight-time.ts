/**
 * Highlighting time on the seed article in Chromium: text index + recognisers + painting, the
 * work the content script adds on an article after hiding. Budget ≤ 5 ms.
 */
import type { Section } from '../bench-report';
import { ms } from '../bench-report';
import type { HighlightRuns } from './in-page/highlight-runs';
import { median } from './in-page/median';
import { SEED_FIXTURE, openWithBundle, type BenchEnv } from './bench-env';

const BUDGET_MS = 5;

async function measure(env: BenchEnv, runs: number, forceWrap: boolean): Promise<HighlightRuns> {
  const tab = await env.plain.context.newPage();
  try {
    await openWithBundle(tab, env.server.urlOf(SEED_FIXTURE, 'laichau.html'), env.bundle);
    return await tab.evaluate(
      ({ runs, forceWrap }) => window.__raBench!.highlightRuns(document, runs, forceWrap),
      { runs, forceWrap },
    );
  } finally {
    await tab.close();
  }
}

export async function highlightTime(env: BenchEnv, runs: number): Promise<Section> {
  const api = await measure(env, runs, false);
  const wrap = await measure(env, runs, true);
  const row = (label: string, r: HighlightRuns, budget: string) => [
    label,
    r.error ? `error: ${r.error}` : r.method,
    ms(median(r.index)),
    ms(median(r.annotate)),
    ms(median(r.paint)),
    ms(median(r.total)),
    ms(r.total.length > 0 ? Math.max(...r.total) : Number.NaN),
    budget,
  ];
  const total = median(api.total);
  return {
    title: 'Highlighting time on the seed article (Chromium)',
    method:
      `\`test/fixtures/seed/laichau.html\` served on 127.0.0.1; after a warm-up round, ${runs} rounds of \`buildTextIndex\` over the planned ` +
      `article roots (skipping the hidden subtrees), \`annotateInChunks\` (figures and projects), and \`paintHighlights\` of every ` +
      `recognised span; each round is undone before the next. The \`<mark>\` fallback (used where the CSS Custom Highlight API is ` +
      `missing or refuses our ranges) is timed too, for information.`,
    tables: [
      {
        headers: [
          'painting path',
          'method',
          'index (ms)',
          'annotate (ms)',
          'paint (ms)',
          'total median (ms)',
          'total max (ms)',
          'budget',
        ],
        rows: [
          row('CSS Custom Highlight API', api, `≤ ${BUDGET_MS} ms`),
          row('<mark> fallback', wrap, '–'),
        ],
      },
    ],
    checks: [
      {
        what: 'seed article: index + annotate + paint (median)',
        measured: api.error
          ? `error: ${api.error}`
          : `${ms(total)} ms (${api.figures} figures, ${api.projects} projects, ${api.textLength} chars)`,
        budget: `≤ ${BUDGET_MS} ms`,
        pass: api.error || !Number.isFinite(total) ? null : total <= BUDGET_MS,
      },
    ],
    notes: [],
  };
}
