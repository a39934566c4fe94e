/**
 * The labelled pages the detector is fitted and measured on, with the feature vector of each
 * (computed by the extension's own code on the page parsed with jsdom). The signals the
 * features are computed from are cached in `.cache/detection-features.json` under a hash of the
 * code that reads them, so re-encoding features costs no parsing and changing a signal
 * recomputes them all.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseHtml, readHtmlFile } from '../../scripts/parse-html-file';
import { isProbablyReaderable } from '@mozilla/readability';
import { answeredByHead, detectArticle, featureSteps } from '../../src/detect/detect-article';
import type { BodySignals } from '../../src/detect/body-signals';
import { bodyFeatures, headFeatures, type FeatureVector } from '../../src/detect/features';
import { readPageSignals, type PageSignals } from '../../src/detect/page-signals';
import { runSteps } from '../../src/shared/run-steps';
import type { DetectionSplit } from './page-entries';
import { loadDetectionPages, type DetectionPage } from './load-corpus';

export type { DetectionPage };

/** The labelled pages of the detection corpus whose files are present (all, or one part). */
export function loadDetectionSet(split?: DetectionSplit): DetectionPage[] {
  const { pages, missing } = loadDetectionPages(split === undefined ? {} : { split });
  if (missing.length > 0)
    console.error(
      `${missing.length} labelled pages are not on disk (npx tsx scripts/fetch-detection-corpus.ts, or DETECTION_CORPUS_DIR)`,
    );
  return pages;
}

/**
 * What a page's features are computed from, cached so a change of encoding or of weights costs
 * no parse; with what the benchmark measures on the same parse.
 */
export interface Signals {
  head: PageSignals;
  body: BodySignals | null;
  /** The cheap exit answered from <head> alone (before any JSON-LD in the body was read). */
  exit: boolean;
  /** The first `detectArticle` call on this page under jsdom, in ms. */
  ms: number;
  /** Readability's `isProbablyReaderable` on the same document. */
  readerable: boolean;
}

/** A page with its features and signals. */
export interface FeaturedPage extends DetectionPage {
  x: FeatureVector;
  signals: Signals;
}

const CACHE = '.cache/detection-features.json';

/** The code that reads a page's signals: signals read by other code are stale. */
const SIGNAL_SOURCES = [
  'src/detect/page-signals.ts',
  'src/detect/body-signals.ts',
  'src/detect/json-ld.ts',
  'src/detect/story-block.ts',
  'src/shared/meta-tags.ts',
  'src/shared/bounded-walk.ts',
  'bench/detection/detection-set.ts',
];

/** A hash of the code that reads signals. */
function codeHash(): string {
  const h = createHash('sha1');
  for (const f of SIGNAL_SOURCES) h.update(readFileSync(f));
  return h.digest('hex');
}

/**
 * The page parsed with jsdom, its stylesheets emptied first: no signal reads a style (nor does
 * `isProbablyReaderable`, which looks at inline styles only), and jsdom's CSS parser was about
 * 70 % of the parse time on these pages.
 */
export function parseForDetection(file: string, url: string | undefined): Document {
  return parseHtml(readHtmlFile(file).replace(/(<style\b[^>]*>)[\s\S]*?(<\/style)/gi, '$1$2'), url);
}

/** Features of every page (from the cache where the code and the file are unchanged). */
export function featuresOf(
  pages: DetectionPage[],
  log = (s: string) => console.error(s),
): FeaturedPage[] {
  const hash = codeHash();
  let cache: Record<string, Signals> = {};
  if (existsSync(CACHE)) {
    const stored = JSON.parse(readFileSync(CACHE, 'utf8')) as { hash: string; x: typeof cache };
    if (stored.hash === hash) cache = stored.x;
  }
  let computed = 0;
  const save = () => {
    mkdirSync(path.dirname(CACHE), { recursive: true });
    writeFileSync(CACHE, JSON.stringify({ hash, x: cache }));
  };
  const out = pages.map((page, i) => {
    const key = `${page.id}|${page.url}`;
    let signals = cache[key];
    if (signals === undefined) {
      if (computed % 25 === 0) {
        log(`features: ${i + 1}/${pages.length}`);
        if (computed > 0) save();
      }
      // A page saved without its address is read as `analyze` reads it: from its canonical link.
      const url = page.url === '' ? undefined : page.url;
      const doc = parseForDetection(page.file, url);
      // Timed first, on a fresh document: jsdom caches what a walk found, so a second run
      // would be cheaper than a browser's first.
      const start = performance.now();
      detectArticle(doc, url);
      const ms = performance.now() - start;
      const exit = answeredByHead(headFeatures(readPageSignals(doc, url)));
      const { page: head, body } = runSteps(featureSteps(doc, url));
      const readerable = isProbablyReaderable(doc);
      doc.defaultView?.close();
      signals = { head, body, exit, ms, readerable };
      cache[key] = signals;
      computed++;
    }
    const x = {
      ...headFeatures(signals.head),
      ...(signals.body ? bodyFeatures(signals.body) : {}),
    };
    return { ...page, x, signals };
  });
  if (computed > 0) save();
  return out;
}
