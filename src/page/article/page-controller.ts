import { withReasons } from '../../detect/detect-article';
import { t } from '../../platform/browser-api';
import type { ArticleVerdict } from '../../model/verdict';
import type { ArticleMetadata } from '../../model/article-metadata';
import { readingLanguage } from '../../pipeline/reading-language';
import { canonicalUrlSteps, readMetadata } from '../../extract/read-metadata';
import type { PageState } from '../../model/page-state';
import type { ArticleApi, Handlers } from '../../messaging/protocol';
import {
  loadPagePreferences,
  loadReaderLook,
  savePagePreferences,
  saveReaderLook,
} from '../../platform/page-preferences';
import { startArticleSession, type ArticleSession } from './article-session';
import type { LoadInjected } from '../shared/injected-modules';
import { createOverlayHost, type OverlayHost } from './overlay-host';
import { showToast } from './toast';
import { messageOf } from '../../shared/result';
import { clearStaleMarks } from './clear-stale-marks';
import { leftOutOfCopy } from '../shared/article-copy';
import { readArticle, spansShown } from '../shared/clipping-spans';
import type { PlanSource } from '../../model/article-plan';
import { planPage, type AskToPlan } from './plan-page';
import { runInSlices, yieldToPage } from '../shared/yield-to-page';
import type { AnnotationStore } from '../user-highlights/annotation-store';
import type { UserHighlights } from '../user-highlights/user-highlights';

type ControllerOptions = { cssInserted?: boolean; askToPlan?: AskToPlan; toolbarUrl?: string };

/** What the article pass has done so far; it fills in as it goes, so a pass that stops keeps it. */
interface ArticlePass {
  session: ArticleSession | null;
  highlights: UserHighlights | null;
  planSource: PlanSource | null;
  lang: string | null;
}

/**
 * The article pass: plan the page, hide its clutter and recognise its figures (the session),
 * then start the reader's own highlights. Each step yields to the page first; what is done is
 * recorded in `pass` as it is done.
 */
async function runArticlePass(
  pass: ArticlePass,
  doc: Document,
  url: string,
  ensureOverlay: () => OverlayHost,
  metadata: () => ArticleMetadata,
  cachedCanonicalUrl: () => string | null | undefined,
  makeStore: (canonicalUrl: string | null) => AnnotationStore,
  load: LoadInjected,
  options: ControllerOptions,
): Promise<ArticleSession | null> {
  // Not in the task that loaded the article module and cleared stale marks.
  await yieldToPage();
  const placed = await planPage(doc, options.askToPlan ?? null, () => load('planner'));
  if (!placed) return null;
  const { plan } = placed;
  pass.planSource = placed.source;
  await yieldToPage();
  pass.lang ??= readingLanguage(doc, plan.root, () => metadata().lang);
  const prefs = await loadPagePreferences();
  pass.session = await startArticleSession(
    doc,
    ensureOverlay(),
    plan,
    pass.lang,
    {
      installStyle: !options.cssInserted,
      hideClutter: prefs.hideClutter,
      figures: prefs.highlightFigures,
      projects: prefs.highlightProjects,
    },
    () => load('extras'),
  );
  // The reader's highlights are kept under the page's canonical address: only that is
  // read now (in slices: on a huge page each walk is a task's worth). The rest of the
  // metadata (authors, title, dates: 4-10 ms of an English news page in Chromium's profile)
  // waits until the popup, a clipping or the reader view asks for it.
  const canonicalUrl = cachedCanonicalUrl() ?? (await runInSlices(canonicalUrlSteps(doc, url)));
  await yieldToPage();
  const store = makeStore(canonicalUrl);
  await yieldToPage();
  pass.highlights = await startUserHighlightsIn(doc, plan.root, store, load, options);
  return pass.session;
}

/** The reader's own highlights on the article (null when extras.js could not load or start). */
async function startUserHighlightsIn(
  doc: Document,
  root: Element,
  store: AnnotationStore,
  load: LoadInjected,
  options: ControllerOptions,
): Promise<UserHighlights | null> {
  const extras = await load('extras');
  if (!extras) return null;
  return extras
    .startUserHighlights(
      doc,
      // The user's highlights and notes have a closed root of their own (see there).
      () => createOverlayHost(doc, !options.cssInserted, 'closed'),
      root,
      store,
      options.toolbarUrl ?? 'about:blank',
    )
    .catch(() => null);
}

/**
 * Opens the reader view over the page (from the same article copy a clipping takes), in the
 * reader's saved look; its closer, or null when there is no article or reader.js could not load.
 */
async function openReader(
  doc: Document,
  session: ArticleSession | null,
  load: LoadInjected,
  metadataOf: () => ArticleMetadata,
  onClose: () => void,
): Promise<(() => void) | null> {
  const reader = await load('reader');
  if (!session || !reader) return null;
  const metadata = metadataOf();
  const look = await loadReaderLook();
  return reader.openReaderView(
    doc,
    {
      html: reader.readerHtml(doc, session.plan),
      title: metadata.title ?? doc.title,
      byline: metadata.byline,
      site: metadata.siteName,
      published: metadata.publishedTime,
    },
    {
      look,
      onLook: (change) => void saveReaderLook(change).catch(() => undefined),
      onClose,
    },
  );
}

/** Owns everything the content script did to its page, and answers the popup. */
export interface PageController {
  handlers: Handlers<ArticleApi>;
  status(): 'article' | 'not-article';
  dispose(): void;
}

/**
 * The article experience, loaded only on pages the detector called articles (or when the user
 * asks for it on another page): the plan, clutter hiding, figures and highlights.
 */
export async function createPageController(
  doc: Document,
  url: string,
  verdict: ArticleVerdict,
  /** The page's highlights, found by its canonical link (the background knows the page's URL). */
  makeStore: (canonicalUrl: string | null) => AnnotationStore,
  // The planner in the page and everything after the hiding come as scripts of their own.
  load: LoadInjected,
  options: ControllerOptions = {},
): Promise<PageController> {
  clearStaleMarks(doc);
  let metadataCache: ArticleMetadata | null = null;
  const metadata = () => (metadataCache ??= readMetadata(doc, url));
  let overlay: OverlayHost | null = null;
  const ensureOverlay = () => (overlay ??= createOverlayHost(doc, !options.cssInserted));
  const pass: ArticlePass = { session: null, highlights: null, planSource: null, lang: null };
  let closeReader: (() => void) | null = null;
  /** Why the article pass stopped, for the popup; the page keeps whatever it got so far. */
  let problem: string | null = null;

  let starting: Promise<ArticleSession | null> | null = null;
  /** Starts the article experience once; concurrent callers share the same start. */
  const startSession = (force: boolean): Promise<ArticleSession | null> => {
    if (pass.session) return Promise.resolve(pass.session);
    if (!verdict.isArticle && !force) return Promise.resolve(null);
    // A pass that threw once would throw again: the page stays as the pass left it and the
    // popup says why, rather than every request failing with the same error.
    if (problem !== null) return Promise.resolve(null);
    starting ??= runArticlePass(
      pass,
      doc,
      url,
      ensureOverlay,
      metadata,
      () => metadataCache?.canonicalUrl,
      makeStore,
      load,
      options,
    )
      .catch((error: unknown) => {
        problem = messageOf(error);
        return pass.session;
      })
      .finally(() => {
        starting = null;
      });
    return starting;
  };
  if (verdict.isArticle) await startSession(false);

  // The rows the clipping would save: a figure in a box the page never shows (an upsell for
  // signed-out readers) is not one the reader can find in the article.
  const shownSpans = (): Pick<PageState, 'figures' | 'projects'> => {
    const { session } = pass;
    if (!session) return { figures: [], projects: [] };
    if (session.figures.length + session.projects.length === 0)
      return { figures: [], projects: [] };
    const shown = spansShown(readArticle(session), session, leftOutOfCopy(session.plan));
    const records = session.records(metadata().publishedTime);
    return {
      figures: shown.figures.map((f) => {
        const record = records[f.index];
        return record && Object.keys(record).length > 0 ? { ...f, record } : f;
      }),
      projects: shown.projects,
    };
  };

  // The detector decided without wording its reasons (their words stay out of the script
  // every page loads): worded here, once, when the popup first asks.
  let explained: ArticleVerdict | null = null;
  const state = (): PageState => ({
    url: doc.location.href,
    title: metadata().title ?? doc.title,
    lang: pass.lang ?? metadata().lang ?? '',
    verdict: (explained ??= withReasons(verdict, doc, url, (key, subs) => t(key, subs))),
    metadata: metadata(),
    clutterHidden: pass.session?.clutterHidden() ?? false,
    highlights: pass.session?.toggles() ?? { figures: false, projects: false },
    ...shownSpans(),
    userHighlightCount: pass.highlights?.count() ?? 0,
    orphans: pass.highlights?.orphans() ?? [],
    planSource: pass.planSource,
    problem,
  });

  const handlers = {
    getPageState: async () => state(),
    async setClutterHidden(request) {
      const hidden = request.hidden === true;
      const s = await startSession(hidden);
      s?.setClutterHidden(hidden);
      await savePagePreferences({ hideClutter: hidden });
      return state();
    },
    async setHighlights(request) {
      const toggles = { figures: request.figures === true, projects: request.projects === true };
      const s = await startSession(toggles.figures || toggles.projects);
      s?.setToggles(toggles);
      await savePagePreferences({
        highlightFigures: toggles.figures,
        highlightProjects: toggles.projects,
      });
      return state();
    },
    async scrollToItem(request) {
      const family = request.kind === 'project' ? 'project' : 'figure';
      return pass.session?.scrollTo(family, Number(request.index)) ?? false;
    },
    async getClippingDraft() {
      const s = await startSession(true);
      const reader = await load('reader');
      if (!reader) throw new Error('The extension could not load its article tools in this page.');
      return reader.buildClippingDraft(doc, s, {
        ...metadata(),
        lang: pass.lang ?? metadata().lang,
      });
    },
    async highlightSelection(request) {
      await startSession(true);
      // The reader's highlights start last in the pass: a command can come before.
      await starting;
      return pass.highlights?.highlightSelection(request.color, request.keyboard === true) ?? false;
    },
    async toggleReaderView() {
      if (closeReader) {
        closeReader();
        return false;
      }
      const s = await startSession(true);
      closeReader = await openReader(doc, s, load, metadata, () => (closeReader = null));
      return closeReader !== null;
    },
    async toolbarAction(request) {
      pass.highlights?.toolbarAction(request);
      return null;
    },
    async showToast(request) {
      showToast(ensureOverlay(), String(request.message).slice(0, 300));
      return null;
    },
  } satisfies Handlers<ArticleApi>;

  return {
    handlers,
    status: () => (verdict.isArticle ? 'article' : 'not-article'),
    dispose() {
      closeReader?.();
      pass.highlights?.dispose();
      pass.session?.dispose();
      overlay?.remove();
      pass.session = null;
      pass.highlights = null;
      overlay = null;
    },
  };
}
