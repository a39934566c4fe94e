import { CHANGE_LABEL, formatFigureValue } from '../annotate/format-figure';
import { LONG_DOCUMENT_PARAGRAPHS } from '../extract/dense-block-content';
import type { PagePlan } from '../extract/plan-addresses';
import type { FigureRow, ProjectRow } from '../messaging/page-state';
import { hideElements, type HideHandle } from './hide-clutter';
import { ARTICLE_ATTRIBUTE, pageCss } from './highlight-style';
import type { OverlayHost } from './overlay-host';
import { installPageStyle } from './page-style';
import {
  showRecognised,
  type PlacedItem,
  type RecognisedHighlights,
  type Toggles,
} from './recognised-highlights';
import { buildTextIndexInSlices, type TextIndex } from './text-index';
import { annotateInChunks } from './annotate-in-chunks';
import { staticRange } from './static-range';
import { nextFrame } from './yield-to-page';

/** What the content script did to an article page; every piece can be switched off again. */
export interface ArticleSession {
  readonly plan: PagePlan;
  readonly index: TextIndex;
  readonly figures: FigureRow[];
  readonly projects: ProjectRow[];
  clutterHidden(): boolean;
  setClutterHidden(hidden: boolean): void;
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

/** Starts the article experience on a page the detector called an article. */
export async function startArticleSession(
  doc: Document,
  overlay: OverlayHost,
  plan: PagePlan,
  lang: string,
  prefs: { hideClutter: boolean; installStyle: boolean } & Toggles,
): Promise<ArticleSession> {
  // Without the background's inserted sheet (tests, or insertCSS refused), install it ourselves.
  const removeStyle = prefs.installStyle ? installPageStyle(doc, pageCss()) : () => undefined;
  const roots =
    plan.title && !plan.root.contains(plan.title) ? [plan.title, plan.root] : [plan.root];

  // Clutter goes first: it is what the reader sees. (On a huge page it is hidden over several
  // frames, see hide-clutter.ts.)
  let undoHide: HideHandle | null = null;
  let hiding = Promise.resolve();
  // A very long article keeps its width when its sidebar goes (hide-clutter.ts).
  const keepWidth = plan.root.getElementsByTagName('p').length > LONG_DOCUMENT_PARAGRAPHS;
  const setClutterHidden = (hidden: boolean) => {
    if (hidden && !undoHide) {
      undoHide = hideElements(plan.hide, keepWidth);
      hiding = undoHide.settled;
    }
    if (!hidden && undoHide) {
      undoHide();
      undoHide = null;
    }
  };
  setClutterHidden(prefs.hideClutter);
  const win = doc.defaultView;
  // The page lays out what we hid in frames of its own, before more of our work: on a huge
  // page a slice of ours just before a frame that takes out a batch made one long task of both.
  await hiding;
  await nextFrame(win);

  // Indexing a long article is spread over short tasks, like the recognisers after it.
  const index = await buildTextIndexInSlices(roots, new Set(plan.hide));

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
      // Described when a tooltip shows it: formatting thousands of values up front costs a long task.
      describe: () => ({
        title: f.kind,
        value: formatFigureValue(f, lang) + (f.change ? ` (${CHANGE_LABEL[f.change]})` : ''),
      }),
      ...(f.change ? { change: f.change } : {}),
    })),
    ...projects.map((p) => ({
      kind: 'project' as const,
      index: p.index,
      start: p.start,
      end: p.end,
      describe: () => ({ title: `project · ${p.type}`, value: p.name }),
    })),
  ].sort((a, b) => a.start - b.start);

  // Chromium's highlight colours apply under the marked roots (highlight-style.ts). Marking
  // restyles the article subtree (~15 ms on 3,000 paragraphs): a frame of its own, before the
  // highlights are registered and painted.
  for (const root of roots) root.setAttribute(ARTICLE_ATTRIBUTE, '');
  await nextFrame(win);

  let toggles: Toggles = { figures: prefs.figures, projects: prefs.projects };
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
    plan,
    index,
    figures,
    projects,
    clutterHidden: () => undoHide !== null,
    setClutterHidden,
    toggles: () => toggles,
    setToggles(next) {
      toggles = next;
      highlights.setToggles(next);
    },
    scrollTo: (family, i) => highlights.scrollTo(family, i),
    dispose() {
      highlights.dispose();
      setClutterHidden(false);
      removeStyle();
      for (const root of roots) root.removeAttribute(ARTICLE_ATTRIBUTE);
    },
  };
}
