/**
 * The content script's article pass from the bench bundle, in the tasks the extension really
 * runs it in: detection in one task (the detector at `document_end`); planning (the long-page
 * finder in slices) and the language guess (the article module, after the background injected
 * it); then, after the
 * preferences are read, the page layer's own `startArticleSession` — hide, index in slices,
 * recognise in chunks, paint in batches. So the long-task observer sees the same task shapes
 * as with the built extension, and the source can be measured whatever state the build is in.
 * (The message round trips between the steps are not here: they only add idle time.)
 */
import { detectArticle } from '../../../src/detect/detect-article';
import { detectLanguage } from '../../../src/extract/detect-language';
import { startArticleSession } from '../../../src/page/article/article-session';
import { loadDirectly } from '../../../src/page/shared/load-directly';
import { planPage } from '../../../src/page/article/plan-page';
import { pageCss } from '../../../src/page/shared/highlight-style';
import { createOverlayHost } from '../../../src/page/article/overlay-host';
import { installPageStyle } from '../../../src/page/shared/page-style';

/** Milliseconds per step; `longestStep` is the longest synchronous step we time ourselves. */
export interface PassTimes {
  detect: number;
  plan: number;
  /** startArticleSession: hide, sliced index, chunked recognisers (wall clock, many tasks). */
  session: number;
  /** From the session's start until the legend is drawn: every highlight batch registered. */
  paint: number;
  isArticle: boolean;
  items: number;
  /** When the timed pass began and each step ended (performance.now()), for the page's heartbeat. */
  ends?: { start: number; detect: number; plan: number; session: number; paint: number };
  error?: string;
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Two frames: what the page restyles after a change is done before the pass is timed. */
const twoFrames = () =>
  new Promise<void>((resolve) =>
    requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 0))),
  );

async function run(doc: Document, url: string | undefined): Promise<PassTimes> {
  // The extension's page sheet is in the page before it is first styled (registered with the
  // detector); here it goes in first, and the restyle that causes is left out of the timing.
  installPageStyle(doc, pageCss());
  await twoFrames();
  const t: PassTimes = { detect: 0, plan: 0, session: 0, paint: 0, isArticle: false, items: 0 };
  let at = performance.now();
  const start = at;
  const lap = () => {
    const now = performance.now();
    const d = now - at;
    at = now;
    return d;
  };
  t.isArticle = detectArticle(doc, url).isArticle;
  t.detect = lap();
  const detectEnd = at;
  await nextTask();
  lap();
  // As the article module plans a page it cannot send away: the long-page finder in slices.
  const plan = (await planPage(doc, null, () => loadDirectly('planner')))?.plan ?? null;
  const planEnd = performance.now();
  await nextTask();
  const lang = plan ? detectLanguage(doc, plan.root.textContent ?? '') : 'en';
  t.plan = lap();
  if (plan === null) return { ...t, error: 'planArticle found no article' };
  await nextTask();
  lap();
  const overlay = createOverlayHost(doc, true);
  const session = await startArticleSession(
    doc,
    overlay,
    plan,
    lang,
    { installStyle: false, hideClutter: true, figures: true, projects: true },
    () => loadDirectly('extras'),
  );
  t.session = lap();
  const sessionEnd = at;
  t.items = session.figures.length + session.projects.length;
  // Highlights are registered in batches after the session starts; the legend's entries come last.
  const legend = overlay.root.querySelector('.legend');
  while (t.items > 0 && legend !== null && legend.childElementCount === 0) await nextTask();
  t.paint = lap();
  t.ends = { start, detect: detectEnd, plan: planEnd, session: sessionEnd, paint: at };
  return t;
}

/** Starts the pass in a fresh task (not inside the DevTools evaluation that asked for it). */
export function pipelinePass(doc: Document, url?: string): Promise<PassTimes> {
  return new Promise((resolve) => {
    setTimeout(() => {
      run(doc, url).then(resolve, (error: unknown) => resolve(emptyWith(error)));
    }, 0);
  });
}

function emptyWith(error: unknown): PassTimes {
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return {
    detect: 0,
    plan: 0,
    session: 0,
    paint: 0,
    isArticle: false,
    items: 0,
    error: message,
  };
}
