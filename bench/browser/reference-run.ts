/**
 * One corpus page in one browser, the reference bench's way: loaded alone, then with the
 * extension, each at the page's original address with its inline scripts running; what the
 * reader sees scored against the page's truth; and the main-thread time of our scripts beside
 * Readability's `parse()` in the same page.
 */
import { shingleCounts, type ShingleCounts } from '../shingle-f1';
import type { PendingCost, ReferenceSide, Served } from './reference-browsers';
import { servedKey } from './reference-browsers';
import type { ReferencePage } from './reference-pages';
import {
  addScript,
  BENCH_SCRIPTS,
  brokenHow,
  containsSnippet,
  MAKE_COPY,
  plainWords,
  READ_BODY_TEXT,
  READ_PAGE,
  ARTICLE_MARKED,
  type PageReading,
} from './reference-read';
import { readHtmlFile } from '../../scripts/parse-html-file';

/** A snippet's fate: visible with the extension, hidden by it, or not visible even alone. */
export type SnippetFate = 'visible' | 'hidden' | 'absent alone';

export interface PageRun {
  page: ReferencePage;
  /**
   * 'article' (taken in hand: our mark is set), 'not-article' (the detector's verdict, asked),
   * 'article (not finished)' (the detector said article, the mark never came), or null.
   */
  verdict: string | null;
  hidden: number;
  brokenAlone: string | null;
  brokenWith: string | null;
  /** Exceptions thrown with the extension and not alone (by message). */
  newErrors: string[];
  errorsAlone: number;
  raw: ShingleCounts | null;
  body: ShingleCounts | null;
  keep: SnippetFate[];
  hide: SnippetFate[];
  /** Resolved once the browser's recording is read (Firefox: after the batch's browser closed). */
  ours: PendingCost;
  readability: PendingCost;
  /** `parse()` alone, by performance.now() in the page. */
  readabilityInPageMs: number | null;
  error?: string;
}

/** Quiet time after `load` (alone) or our verdict (with us), for late page scripts and batches of ours. */
const SETTLE_MS = 800;
const STATUS_TIMEOUT_MS = 20_000;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function fates(snippets: string[], alone: string, withUs: string): SnippetFate[] {
  return snippets.map((s) =>
    !containsSnippet(alone, s) ? 'absent alone' : containsSnippet(withUs, s) ? 'visible' : 'hidden',
  );
}

/** An error as compared between loads: addresses and numbers (request ids, times) vary. */
const sameError = (message: string) =>
  message.replace(/https?:\/\/\S+/g, '<url>').replace(/\d+/g, '0');

const safely = async <T>(work: () => Promise<T>): Promise<T | null> => {
  try {
    return await work();
  } catch {
    return null;
  }
};

export async function runPage(
  page: ReferencePage,
  sides: { alone: ReferenceSide; withExtension: ReferenceSide },
  served: Served,
  bundle: string,
): Promise<PageRun> {
  const origin = new URL(page.url).origin;
  served.clear();
  served.set(servedKey(page.url), {
    body: readHtmlFile(page.file),
    type: 'text/html; charset=utf-8',
  });
  for (const [path, body] of Object.entries(BENCH_SCRIPTS))
    served.set(`${origin}${path}`, { body, type: 'text/javascript; charset=utf-8' });

  // Alone: what the page shows by itself, then Readability timed in it.
  const alone = await sides.alone.newTab();
  let readingAlone: PageReading | null;
  let readabilityInPageMs: number | null = null;
  let pendingReadability: PendingCost = () => null;
  try {
    await alone.load(page.url);
    await sleep(SETTLE_MS);
    readingAlone = await safely(() => alone.evaluate<PageReading>(READ_PAGE));
    if (readingAlone !== null && (await safely(() => alone.evaluate<boolean>(MAKE_COPY)))) {
      const stop = await alone.startCost('readability');
      const paths = Object.keys(BENCH_SCRIPTS);
      for (const path of paths) await safely(() => alone.evaluate(addScript(`${origin}${path}`)));
      pendingReadability = await stop();
      readabilityInPageMs = await safely(() =>
        alone.evaluate<number | null>('window.__raReadabilityMs ?? null'),
      );
    }
  } finally {
    await alone.close().catch(() => undefined);
  }
  const errorsAlone = new Set(alone.errors.map(sameError));

  // With the extension: our cost from navigation until we are done and the page settled. Done
  // is our mark on an article, or the detector's "not-article", asked from our own page (a
  // page we leave alone carries no mark); once it says "article" only the mark is awaited.
  const tab = await sides.withExtension.newTab();
  const ask = async (): Promise<string | null> =>
    (await safely(async () => (await sides.withExtension.verdict?.(page.url)) ?? null)) ?? null;
  let detected: string | null = null;
  let marked = false;
  let reading: PageReading | null;
  let bodyText: string | null = null;
  let ours: PendingCost;
  try {
    const stop = await tab.startCost('ours');
    await tab.load(page.url);
    const deadline = Date.now() + STATUS_TIMEOUT_MS;
    while (Date.now() < deadline) {
      marked = (await safely(() => tab.evaluate<boolean>(ARTICLE_MARKED))) === true;
      if (marked) break;
      detected ??= await ask();
      if (detected === 'not-article') break;
      await sleep(50);
    }
    await sleep(SETTLE_MS);
    ours = await stop();
    reading = await safely(() => tab.evaluate<PageReading>(READ_PAGE));
    if (page.truth && reading !== null && (await safely(() => tab.evaluate(bundle))) !== null)
      bodyText = await safely(() => tab.evaluate<string | null>(READ_BODY_TEXT));
  } finally {
    await tab.close().catch(() => undefined);
  }

  const truth = page.truth?.() ?? null;
  const textAlone = plainWords(readingAlone?.text ?? '');
  const textWith = plainWords(reading?.text ?? '');
  return {
    page,
    verdict:
      reading?.status === 'article' || marked
        ? 'article'
        : detected === 'article'
          ? 'article (not finished)'
          : detected,
    hidden: reading?.hidden ?? 0,
    brokenAlone: brokenHow(readingAlone, page.url),
    brokenWith: brokenHow(reading, page.url),
    newErrors: [...new Set(tab.errors.filter((e) => !errorsAlone.has(sameError(e))))],
    errorsAlone: errorsAlone.size,
    raw: truth !== null && reading !== null ? shingleCounts(truth, reading.text) : null,
    body:
      truth !== null && reading !== null ? shingleCounts(truth, bodyText ?? reading.text) : null,
    keep: fates(page.mustKeep, textAlone, textWith),
    hide: fates(page.mustHide, textAlone, textWith),
    ours,
    readability: pendingReadability,
    readabilityInPageMs,
  };
}
