/**
 * The bench bundle: the content script's pure pipeline and page layer plus Readability, put on
 * `window.__raBench` of a corpus page so they run in the page's main thread as they would live.
 * Bundled to one IIFE by `bundle-entry.ts`; never part of the extension.
 */
import { Readability } from '@mozilla/readability';
import { detectArticle } from '../../src/detect/detect-article';
import { planArticle } from '../../src/extract/plan-article';
import { annotateInChunks } from '../../src/page/shared/annotate-in-chunks';
import { hideElements } from '../../src/page/article/hide-clutter';
import { paintHighlights } from '../../src/page/extras/paint-highlights';
import { buildTextIndex } from '../../src/page/shared/text-index';
import { costRuns } from './in-page/cost-runs';
import { highlightRuns } from './in-page/highlight-runs';
import { pipelinePass } from './in-page/pipeline-pass';

const api = {
  detect: detectArticle,
  plan: planArticle,
  hide: hideElements,
  index: buildTextIndex,
  annotate: annotateInChunks,
  paint: paintHighlights,
  readability: (doc: Document) => new Readability(doc.cloneNode(true) as Document).parse(),
  costRuns,
  highlightRuns,
  pipelinePass,
};

/** What the bench bundle exposes on a page. */
export type RaBench = typeof api;

declare global {
  interface Window {
    __raBench?: RaBench;
  }
}

window.__raBench = api;
