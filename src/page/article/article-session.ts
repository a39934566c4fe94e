import { LONG_DOCUMENT_PARAGRAPHS } from '../../extract/dense-block-content';
import type { PagePlan } from '../../extract/plan-addresses';
import type { FigureRecord } from '../../model/figure-record';
import type { FigureRow, ProjectRow } from '../../model/page-state';
import { hideElements, type HideHandle } from './hide-clutter';
import { markTidied, pageCss } from '../shared/highlight-style';
import type { OverlayHost } from './overlay-host';
import { installPageStyle } from '../shared/page-style';
import type { RecognisedArticle, recogniseArticle } from '../extras/recognise-article';
import type { Toggles } from '../extras/recognised-highlights';
import { nextFrame } from '../shared/yield-to-page';

/** What the content script did to an article page; every piece can be switched off again. */
export interface ArticleSession {
  readonly plan: PagePlan;
  /** The article's visible text as the recognisers read it ('' when they could not load). */
  readonly text: string;
  readonly figures: FigureRow[];
  readonly projects: ProjectRow[];
  /** The figures' records, by figure index, read on first ask (`RecognisedArticle.records`). */
  records(published: string | null): readonly FigureRecord[];
  clutterHidden(): boolean;
  setClutterHidden(hidden: boolean): void;
  toggles(): Toggles;
  setToggles(toggles: Toggles): void;
  scrollTo(family: 'figure' | 'project', index: number): boolean;
  dispose(): void;
}

/**
 * Starts the article experience on a page the detector called an article: hides the clutter
 * first, then has the recognisers (a script of their own, `loadExtras`) find and highlight
 * the figures and projects.
 */
export async function startArticleSession(
  doc: Document,
  overlay: OverlayHost,
  plan: PagePlan,
  lang: string,
  prefs: { hideClutter: boolean; installStyle: boolean } & Toggles,
  // Only the recognisers of extras.js (InjectedModules['extras']): naming the registry here
  // would knot it to the modules it lists, this one among them.
  loadExtras: () => Promise<{ recogniseArticle: typeof recogniseArticle } | null>,
): Promise<ArticleSession> {
  // Without the background's inserted sheet (tests, or insertCSS refused), install it ourselves.
  const removeStyle = prefs.installStyle ? installPageStyle(doc, pageCss()) : () => undefined;
  // (The content script marks the page when it loads us; a test calling this directly, not.)
  const unmark = markTidied(doc);

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
  // The page lays out what we hid in frames of its own, before more of our work: on a huge
  // page a slice of ours just before a frame that takes out a batch made one long task of both.
  await hiding;
  await nextFrame(doc.defaultView);

  let toggles: Toggles = { figures: prefs.figures, projects: prefs.projects };
  const extras = await loadExtras();
  const recognised: RecognisedArticle | null = extras
    ? await extras.recogniseArticle(doc, overlay, plan, new Set(plan.hide), lang, toggles)
    : null;

  return {
    plan,
    text: recognised?.index.text ?? '',
    figures: recognised?.figures ?? [],
    projects: recognised?.projects ?? [],
    records: (published) => recognised?.records(published) ?? [],
    clutterHidden: () => undoHide !== null,
    setClutterHidden,
    toggles: () => toggles,
    setToggles(next) {
      toggles = next;
      recognised?.setToggles(next);
    },
    scrollTo: (family, i) => recognised?.scrollTo(family, i) ?? false,
    dispose() {
      recognised?.dispose();
      setClutterHidden(false);
      removeStyle();
      unmark();
    },
  };
}
