/**
 * In-page timing of what the content script does on load against Readability, on the live
 * document, so no DevTools round trip is inside any measurement.
 */
import { Readability } from '@mozilla/readability';
import { detectArticle } from '../../../src/detect/detect-article';
import { planArticle } from '../../../src/extract/plan-article';
import { hideElements } from '../../../src/page/hide-clutter';

/** Timings (ms) of every counted run, and what the pipeline decided on the page. */
export interface CostRuns {
  detect: number[];
  detectPlanHide: number[];
  undo: number[];
  readability: number[];
  isArticle: boolean;
  hidden: number;
  readabilityFound: boolean;
  error?: string;
}

// Hiding changes layout; forcing it here (untimed) keeps that cost out of the next timed step.
const settleLayout = (doc: Document) => void doc.documentElement.getBoundingClientRect();

/**
 * One warm-up round, then `runs` rounds of: detect alone; detect + plan + hide (as the content
 * script does for an article); undo; Readability on a clone. Interleaving the three keeps
 * drift (GC, thermal, a neighbour's job) from favouring one of them.
 */
export function costRuns(doc: Document, url: string | undefined, runs: number): CostRuns {
  const out: CostRuns = {
    detect: [],
    detectPlanHide: [],
    undo: [],
    readability: [],
    isArticle: false,
    hidden: 0,
    readabilityFound: false,
  };
  try {
    for (let round = 0; round <= runs; round++) {
      const counted = round > 0;
      let t = performance.now();
      const verdict = detectArticle(doc, url);
      const detectMs = performance.now() - t;

      t = performance.now();
      detectArticle(doc, url);
      const plan = planArticle(doc);
      const undo = hideElements(plan?.hide ?? []);
      const hideMs = performance.now() - t;

      t = performance.now();
      undo();
      const undoMs = performance.now() - t;
      settleLayout(doc);

      t = performance.now();
      const article = new Readability(doc.cloneNode(true) as Document).parse();
      const readabilityMs = performance.now() - t;

      if (counted) {
        out.detect.push(detectMs);
        out.detectPlanHide.push(hideMs);
        out.undo.push(undoMs);
        out.readability.push(readabilityMs);
      }
      out.isArticle = verdict.isArticle;
      out.hidden = plan?.hide.length ?? 0;
      out.readabilityFound = article !== null;
    }
  } catch (error) {
    out.error = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  }
  return out;
}
