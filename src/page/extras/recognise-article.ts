import { findFigureRecords } from '../../annotate/find-figure-records';
import { formatFigureValue } from '../../annotate/format-figure';
import type { FigureRecord } from '../../model/figure-record';
import { articleRoots, type PagePlan } from '../../extract/plan-addresses';
import type { FigureRow, ProjectRow } from '../../model/page-state';
import { annotateInChunks } from '../shared/annotate-in-chunks';
import { ARTICLE_ATTRIBUTE } from '../shared/highlight-style';
import type { OverlayHost } from '../article/overlay-host';
import {
  showRecognised,
  type PlacedItem,
  type RecognisedHighlights,
  type Toggles,
} from './recognised-highlights';
import { staticRange } from '../shared/static-range';
import { buildTextIndexInSlices, type TextIndex } from '../shared/text-index';
import { nextFrame } from '../shared/yield-to-page';
import { kindName, UNIT_NAMES } from '../../ui/shared/figure-words';

/** The figures and projects found in an article, and their highlights (switchable). */
export interface RecognisedArticle {
  readonly index: TextIndex;
  readonly figures: FigureRow[];
  readonly projects: ProjectRow[];
  /**
   * Each figure's record (what it measures, for when, compared with what), by figure index:
   * read when first asked (the popup), not on load, and against the article's date.
   */
  records(published: string | null): readonly FigureRecord[];
  toggles(): Toggles;
  setToggles(toggles: Toggles): void;
  scrollTo(family: 'figure' | 'project', index: number): boolean;
  dispose(): void;
}

function contextOf(text: string, start: number, end: number): string {
  const from = Math.max(0, text.lastIndexOf(' ', Math.max(0, start - 40)) + 1);
  let to = text.indexOf(' ', Math.min(text.length, end + 40));
  if (to < 0) to = text.length;
  return text.slice(from, to).replace(/\n/g, ' ');
}

/**
 * Indexes the article's visible text (`roots` without what is `hidden`), runs the recognisers
 * over it and shows what they found as highlights, each step in short tasks.
 */
export async function recogniseArticle(
  doc: Document,
  overlay: OverlayHost,
  plan: PagePlan,
  hidden: ReadonlySet<Element>,
  lang: string,
  initial: Toggles,
): Promise<RecognisedArticle> {
  const roots = articleRoots(plan);
  // Indexing a long article is spread over short tasks, like the recognisers after it.
  const index = await buildTextIndexInSlices(roots, hidden);

  const found = await annotateInChunks(index.text, lang);
  const figures: FigureRow[] = found.figures.map((f, i) => ({
    ...f,
    index: i,
    context: contextOf(index.text, f.start, f.end),
  }));
  const projects: ProjectRow[] = found.projects.map((p, i) => ({
    ...p,
    index: i,
    context: contextOf(index.text, p.start, p.end),
  }));
  const placed: PlacedItem[] = [
    ...figures.map((f) => ({
      kind: f.kind,
      index: f.index,
      start: f.start,
      end: f.end,
      // Described when a tooltip shows it: formatting thousands of values up front costs a long
      // task. Numbers in the article's style, words in the reader's language; the direction
      // has a line of its own in the tooltip.
      describe: () => ({ title: kindName(f.kind), value: formatFigureValue(f, lang, UNIT_NAMES) }),
      ...(f.change ? { change: f.change } : {}),
    })),
    ...projects.map((p) => ({
      kind: 'project' as const,
      index: p.index,
      start: p.start,
      end: p.end,
      describe: () => ({ title: `${kindName('project')} · ${p.type}`, value: p.name }),
    })),
  ].sort((a, b) => a.start - b.start);

  // Highlight colours apply under the marked roots (highlight-style.ts). Marking
  // restyles the article subtree (~15 ms on 3,000 paragraphs): in a frame's callbacks, so that
  // frame renders it straight after, before the highlights are registered and painted.
  await nextFrame(doc.defaultView, () => {
    for (const root of roots) root.setAttribute(ARTICLE_ATTRIBUTE, '');
  });

  let toggles: Toggles = initial;
  let records: { published: string | null; list: FigureRecord[] } | null = null;
  const highlights: RecognisedHighlights = showRecognised(
    doc,
    overlay,
    // Fixed points, never live Ranges: see static-range.ts.
    (start, end) => {
      const points = index.pointsOf(start, end);
      return points ? staticRange(doc, points) : null;
    },
    placed,
    toggles,
  );
  return {
    index,
    figures,
    projects,
    records(published) {
      if (records?.published !== published) {
        const context = published ? { lang, published } : { lang };
        records = { published, list: findFigureRecords(index.text, figures, context) };
      }
      return records.list;
    },
    toggles: () => toggles,
    setToggles(next) {
      toggles = next;
      highlights.setToggles(next);
    },
    scrollTo: (family, i) => highlights.scrollTo(family, i),
    dispose() {
      highlights.dispose();
      for (const root of roots) root.removeAttribute(ARTICLE_ATTRIBUTE);
    },
  };
}
