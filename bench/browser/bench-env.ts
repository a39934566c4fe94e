/**
 * What the in-page benchmarks share: the page server, one plain headless Chromium and the bench
 * bundle, plus loading a page with the bundle in it.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { bundleEntry } from './bundle-entry';
import { corpusDir } from './corpus-pages';
import { launchPlain, type BenchBrowser } from './launch-browser';
import { servePages, type PageServer } from './page-server';

/** Shared state of one bench run. */
export interface BenchEnv {
  server: PageServer;
  plain: BenchBrowser;
  bundle: string;
  close(): Promise<void>;
}

/** Mount names the server knows: the corpus and the repo's seed fixture. */
export const CORPUS = 'corpus';
export const SEED_FIXTURE = 'seed-fixture';

export async function openBenchEnv(): Promise<BenchEnv> {
  const bundle = await bundleEntry('bench/browser/pipeline-entry.ts');
  const server = await servePages({
    [CORPUS]: path.resolve(corpusDir),
    [SEED_FIXTURE]: path.resolve('test/fixtures/seed'),
  });
  const plain = await launchPlain();
  return {
    server,
    plain,
    bundle,
    async close() {
      await plain.close();
      await server.close();
    },
  };
}

/**
 * Opens `url` and evaluates the bench bundle in the page's main world. Evaluation goes through
 * DevTools, so a page's Content-Security-Policy cannot refuse it as it would a <script>.
 */
export async function openWithBundle(page: Page, url: string, bundle: string): Promise<void> {
  try {
    await page.goto(url, { waitUntil: 'load', timeout: 30000 });
  } catch {
    // A page that never fires `load` (a script waiting on a blocked request) is still parsed.
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 30000 });
  }
  await page.evaluate(bundle);
  await page.waitForFunction(() => window.__raBench !== undefined, undefined, { timeout: 5000 });
}
