/**
 * In-page timing of the highlighting pass on an article: text index, recognisers (in chunks,
 * as on a live page), painting; each run is undone before the next.
 */
import { planArticle } from '../../../src/extract/plan-article';
import { annotateInChunks } from '../../../src/page/shared/annotate-in-chunks';
import { HIGHLIGHT_NAME } from '../../../src/page/shared/highlight-style';
import { paintHighlights, type PaintItem } from '../../../src/page/extras/paint-highlights';
import { buildTextIndex } from '../../../src/page/shared/text-index';

/** Timings (ms) per counted run, per step and in total, for one painting path. */
export interface HighlightRuns {
  index: number[];
  annotate: number[];
  paint: number[];
  total: number[];
  method: string;
  figures: number;
  projects: number;
  textLength: number;
  error?: string;
}

/** `forceWrap` times the `<mark>` fallback instead of the CSS Custom Highlight API. */
export async function highlightRuns(
  doc: Document,
  runs: number,
  forceWrap: boolean,
): Promise<HighlightRuns> {
  const out: HighlightRuns = {
    index: [],
    annotate: [],
    paint: [],
    total: [],
    method: '',
    figures: 0,
    projects: 0,
    textLength: 0,
  };
  try {
    // Planning is part of detection + hiding, measured elsewhere; here it only picks the roots.
    const plan = planArticle(doc);
    if (plan === null) throw new Error('planArticle found no article');
    const roots =
      plan.title && !plan.root.contains(plan.title) ? [plan.title, plan.root] : [plan.root];
    const skip = new Set(plan.hide);
    const lang = doc.documentElement.lang || 'vi';
    for (let round = 0; round <= runs; round++) {
      const t0 = performance.now();
      const index = buildTextIndex(roots, skip);
      const t1 = performance.now();
      const found = await annotateInChunks(index.text, lang);
      const t2 = performance.now();
      const items: PaintItem[] = [];
      for (const f of found.figures) {
        const range = index.rangeOf(f.start, f.end);
        if (range) items.push({ range, name: HIGHLIGHT_NAME[f.kind] });
      }
      for (const p of found.projects) {
        const range = index.rangeOf(p.start, p.end);
        if (range) items.push({ range, name: HIGHLIGHT_NAME.project });
      }
      const painted = paintHighlights(doc, items, forceWrap);
      const t3 = performance.now();
      painted.undo();
      if (round > 0) {
        out.index.push(t1 - t0);
        out.annotate.push(t2 - t1);
        out.paint.push(t3 - t2);
        out.total.push(t3 - t0);
      }
      out.method = painted.method;
      out.figures = found.figures.length;
      out.projects = found.projects.length;
      out.textLength = index.text.length;
    }
  } catch (error) {
    out.error = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  }
  return out;
}
