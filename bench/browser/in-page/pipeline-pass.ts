/**
 * The content script's article pass, step by step, from the bench bundle: what
 * `startArticleSession` does (detect, plan, index, hide in one task; recognisers in chunks;
 * paint), without the extension around it. Runs in a task of its own so a long-task observer
 * sees it exactly as it would see the content script's, and so it can be measured even when
 * the extension build is broken or stale.
 */
import { detectArticle } from '../../../src/detect/detect-article';
import { planArticle } from '../../../src/extract/plan-article';
import { annotateInChunks } from '../../../src/page/annotate-in-chunks';
import { hideElements } from '../../../src/page/hide-clutter';
import { HIGHLIGHT_NAME } from '../../../src/page/highlight-style';
import { paintHighlights, type PaintItem } from '../../../src/page/paint-highlights';
import { buildTextIndex } from '../../../src/page/text-index';

/** Milliseconds per step, and the first, synchronous task's length (detect → hide). */
export interface PassTimes {
  detect: number;
  plan: number;
  index: number;
  hide: number;
  firstTask: number;
  annotate: number;
  paint: number;
  isArticle: boolean;
  items: number;
  error?: string;
}

function run(doc: Document, url: string | undefined): Promise<PassTimes> {
  const t: PassTimes = {
    detect: 0,
    plan: 0,
    index: 0,
    hide: 0,
    firstTask: 0,
    annotate: 0,
    paint: 0,
    isArticle: false,
    items: 0,
  };
  let at = performance.now();
  const lap = () => {
    const now = performance.now();
    const d = now - at;
    at = now;
    return d;
  };
  const verdict = detectArticle(doc, url);
  t.detect = lap();
  t.isArticle = verdict.isArticle;
  const plan = planArticle(doc);
  t.plan = lap();
  if (plan === null) return Promise.resolve({ ...t, error: 'planArticle found no article' });
  const roots =
    plan.title && !plan.root.contains(plan.title) ? [plan.title, plan.root] : [plan.root];
  const index = buildTextIndex(roots, new Set(plan.hide));
  t.index = lap();
  hideElements(plan.hide);
  t.hide = lap();
  t.firstTask = t.detect + t.plan + t.index + t.hide;
  return annotateInChunks(index.text, doc.documentElement.lang || 'vi').then((found) => {
    t.annotate = lap();
    const items: PaintItem[] = [];
    for (const f of found.figures) {
      const range = index.rangeOf(f.start, f.end);
      if (range) items.push({ range, name: HIGHLIGHT_NAME[f.kind] });
    }
    for (const p of found.projects) {
      const range = index.rangeOf(p.start, p.end);
      if (range) items.push({ range, name: HIGHLIGHT_NAME.project });
    }
    paintHighlights(doc, items);
    t.paint = lap();
    t.items = items.length;
    return t;
  });
}

/** Starts the pass in a fresh task (not inside the DevTools evaluation that asked for it). */
export function pipelinePass(doc: Document, url?: string): Promise<PassTimes> {
  return new Promise((resolve) => {
    setTimeout(() => {
      try {
        run(doc, url).then(resolve, (error: unknown) => resolve({ ...emptyWith(error) }));
      } catch (error) {
        resolve(emptyWith(error));
      }
    }, 0);
  });
}

function emptyWith(error: unknown): PassTimes {
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return {
    detect: 0,
    plan: 0,
    index: 0,
    hide: 0,
    firstTask: 0,
    annotate: 0,
    paint: 0,
    isArticle: false,
    items: 0,
    error: message,
  };
}
