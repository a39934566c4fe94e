/**
 * The per-page work of the extraction benchmark: run each tool on one corpus page and score
 * it, and run the detectors. `bench/extract.ts` runs this in child processes (a slice of one
 * set each) because jsdom windows are freed too lazily for one process to get through the
 * whole corpus.
 */
import { performance } from 'node:perf_hooks';
import { isProbablyReaderable, Readability } from '@mozilla/readability';
import Defuddle from 'defuddle';
import { parseHtml, readHtmlFile } from '../scripts/parse-html-file';
import { detectArticle } from '../src/detect/detect-article';
import { planArticle, visibleText } from '../src/extract/plan-article';
import { textBlocks } from '../src/extract/visible-text';
import type { CorpusCase } from './corpus';
import { shingleCounts, type ShingleCounts } from './shingle-f1';

/**
 * `ours-body` = our visible text without headline and byline/date: the benchmark's own notion
 * of the body. `readability-view` = what Firefox's Reader View shows of Readability's result:
 * its title and byline above the content, the same parts our visible text keeps.
 */
export type Tool = 'ours' | 'ours-body' | 'readability' | 'readability-view' | 'defuddle';
export const ALL_TOOLS: readonly Tool[] = [
  'ours',
  'ours-body',
  'readability',
  'readability-view',
  'defuddle',
];

/** One scored page: shingle counts and extraction time per tool that ran. */
export interface PageResult {
  set: string;
  id: string;
  counts: Partial<Record<Tool, ShingleCounts>>;
  ms: Partial<Record<Tool, number>>;
}

/** Detection on a set of pages, with the pages each detector got wrong. */
export interface DetectResult {
  n: number;
  correct: Record<'ours' | 'readerable', number>;
  falsePositives: Record<'ours' | 'readerable', string[]>;
  falseNegatives: Record<'ours' | 'readerable', string[]>;
  ms: number[];
}

/** jsdom keeps a closed-over window alive until close(): without it a child runs out of heap. */
function release(doc: Document): void {
  doc.defaultView?.close();
}

function htmlToText(html: string): string {
  const doc = parseHtml(`<body>${html}</body>`);
  const text = textBlocks(doc.body, new Set()).join('\n\n');
  release(doc);
  return text;
}

/** One tool's text of a page and its time; Readability's also carries its title and byline. */
interface ToolRun {
  text: string;
  ms: number;
  header?: string[];
}

function runTool(
  tool: Exclude<Tool, 'readability-view'>,
  html: string,
  url: string | undefined,
): ToolRun {
  const doc = parseHtml(html, url);
  const start = performance.now();
  let text: string;
  let header: string[] | undefined;
  if (tool === 'ours') {
    text = visibleText(doc, planArticle(doc));
  } else if (tool === 'ours-body') {
    const plan = planArticle(doc);
    const skip = new Set([...(plan?.hide ?? []), ...(plan?.byline ?? [])]);
    if (plan?.title) skip.add(plan.title);
    text = textBlocks(doc.body, skip).join('\n\n');
  } else if (tool === 'readability') {
    const article = new Readability<Element>(doc, { serializer: (n) => n as Element }).parse();
    text = article?.content ? textBlocks(article.content, new Set()).join('\n\n') : '';
    header = article ? [article.title, article.byline].filter((t): t is string => Boolean(t)) : [];
  } else {
    const content = new Defuddle(doc, { url }).parse().content;
    const ms = performance.now() - start;
    release(doc);
    return { text: htmlToText(content), ms };
  }
  const ms = performance.now() - start;
  release(doc);
  return header === undefined ? { text, ms } : { text, ms, header };
}

/** Scores every tool in `tools` on each case that has ground truth. */
export function runExtraction(cases: CorpusCase[], tools: readonly Tool[]): PageResult[] {
  const pages: PageResult[] = [];
  for (const c of cases) {
    if (c.truth === undefined) continue;
    const html = readHtmlFile(c.file);
    const truth = c.truth();
    const page: PageResult = { set: c.set, id: c.id, counts: {}, ms: {} };
    // Reader View's column is Readability's own result with its header: one parse serves both.
    let readability: ToolRun | undefined;
    for (const tool of tools) {
      let out: ToolRun = { text: '', ms: 0 };
      try {
        if (tool === 'readability-view') {
          readability ??= runTool('readability', html, c.url);
          out = {
            text: [...(readability.header ?? []), readability.text].join('\n\n'),
            ms: readability.ms,
          };
        } else {
          out = runTool(tool, html, c.url);
          if (tool === 'readability') readability = out;
        }
      } catch (e) {
        process.stderr.write(`${tool} failed on ${c.id}: ${String(e)}\n`);
      }
      page.counts[tool] = shingleCounts(truth, out.text);
      page.ms[tool] = out.ms;
    }
    pages.push(page);
  }
  return pages;
}

/** Ours (detectArticle) and Readability's isProbablyReaderable against each case's label. */
export function runDetection(cases: CorpusCase[]): DetectResult {
  const r: DetectResult = {
    n: 0,
    correct: { ours: 0, readerable: 0 },
    falsePositives: { ours: [], readerable: [] },
    falseNegatives: { ours: [], readerable: [] },
    ms: [],
  };
  for (const c of cases) {
    const doc = parseHtml(readHtmlFile(c.file), c.url);
    const start = performance.now();
    const ours = detectArticle(doc, c.url).isArticle;
    r.ms.push(performance.now() - start);
    const theirs = isProbablyReaderable(doc);
    release(doc);
    r.n++;
    for (const [name, guess] of [
      ['ours', ours],
      ['readerable', theirs],
    ] as const) {
      if (guess === c.isArticle) r.correct[name]++;
      else if (guess) r.falsePositives[name].push(`${c.set}/${c.id}`);
      else r.falseNegatives[name].push(`${c.set}/${c.id}`);
    }
  }
  return r;
}
