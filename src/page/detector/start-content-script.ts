import { verdictSteps } from '../../detect/score-article';
import { runSteps } from '../../shared/run-steps';
import { listen } from '../../messaging/listen';
import type { ArticleVerdict } from '../../model/verdict';
import type { ArticleApi, ContentScriptApi, Handlers } from '../../messaging/protocol';
import { sendToBackground } from '../../messaging/send';
import { articleModule } from '../shared/article-module-slot';
import { offerArticle } from './offer-article';
import { markTidied } from '../shared/highlight-style';
import type { PageController } from '../article/page-controller';
import { watchExtensionContext } from './watch-extension-context';
import { watchForLateArticle } from './watch-late-article';
import { runInSlices, yieldToPage } from '../shared/yield-to-page';

/**
 * Marks an article page we have taken in hand (clutter hidden, figures highlighted: the
 * reader sees we are there). A page we leave alone gets no mark at all, so it cannot tell the
 * extension is installed; our pages ask the detector instead (`getStatus`).
 */
export const STATUS_ATTRIBUTE = 'data-reader-assistant';
const GUARD = Symbol.for('reader-assistant.content-script');
/** The sender of a request the page itself makes (the offer), not a message. */
const SELF = { tabId: null, frameId: null, url: null, fromExtension: false };

/**
 * The part of the content script that runs on every page: detection only, then nothing more
 * on a page that is not an article. On an article (or when the popup asks on another page)
 * it has the background inject the article module and hands every message to it.
 * A second injection does nothing; `pagehide` undoes everything.
 */
export async function startContentScript(win: Window): Promise<void> {
  const slot = win as unknown as Record<symbol, boolean>;
  if (slot[GUARD]) return;
  slot[GUARD] = true;
  const doc = win.document;
  const url = win.location.href;
  let verdict: ArticleVerdict | null = null;
  const detection = (async () => {
    // The browser runs this script straight after the page's parsing and first layout, before
    // the page's own timers that came due meanwhile: one turn of the event loop lets them run
    // first, so our detection does not lengthen the page's longest task.
    await yieldToPage();
    // In slices: on a page of 100,000 elements each walk of the body is a task's share.
    verdict = await runInSlices(verdictSteps(doc, url));
    return verdict;
  })();

  let controller: Promise<PageController> | null = null;
  let stopListening: () => void = () => undefined;
  let stopWatching: (() => void) | null = null;
  let stopLateWatch: (() => void) | null = null;
  let stopOffer: (() => void) | null = null;
  let stopTidied: (() => void) | null = null;
  const stop = () => {
    stopOffer?.();
    stopLateWatch?.();
    stopWatching?.();
    stopListening();
    void controller?.then((c) => c.dispose()).catch(() => undefined);
    doc.documentElement.removeAttribute(STATUS_ATTRIBUTE);
    stopTidied?.();
    slot[GUARD] = false;
  };
  const loadController = (): Promise<PageController> =>
    (controller ??= (async () => {
      // However the article pass comes (the offer, the popup, a late article), the offer is answered.
      stopOffer?.();
      let cssInserted = false;
      if (!articleModule(win)) {
        const injected = await sendToBackground('injectArticleModule', null);
        if (!injected.ok) throw new Error(injected.error);
        cssInserted = injected.value.cssInserted;
      }
      const module = articleModule(win);
      if (!module) throw new Error('The article module did not load.');
      // The page sheet's rules apply from here on (highlight-style.ts, SHEET_SCOPE_CLASS).
      stopTidied = markTidied(doc, true);
      // From here on the page carries our changes: undo them if the extension goes away.
      stopWatching = watchExtensionContext(doc, stop);
      return module.create(doc, url, verdict ?? (await detection), { cssInserted });
    })());

  // One listener for the page's life: every message goes to the article controller, loaded on demand.
  const delegate = <K extends keyof ArticleApi>(type: K) =>
    (async (request, sender) => {
      const c = await loadController();
      const handler = c.handlers[type] as (r: typeof request, s: typeof sender) => Promise<unknown>;
      return handler(request, sender);
    }) as Handlers<ArticleApi>[K];
  const handlers = {
    getStatus: async () => ({
      url,
      verdict: verdict === null ? 'pending' : verdict.isArticle ? 'article' : 'not-article',
    }),
    getPageState: delegate('getPageState'),
    setClutterHidden: delegate('setClutterHidden'),
    setHighlights: delegate('setHighlights'),
    scrollToItem: delegate('scrollToItem'),
    getClippingDraft: delegate('getClippingDraft'),
    highlightSelection: delegate('highlightSelection'),
    toggleReaderView: delegate('toggleReaderView'),
    showToast: delegate('showToast'),
    toolbarAction: delegate('toolbarAction'),
  } satisfies Handlers<ContentScriptApi>;
  // In the script's first task: the background sends its command as soon as the script has
  // run (prepareTab, then sendToTab), and a message before the listener finds nobody.
  // Handlers wait for the detection they need (loadController).
  stopListening = listen<ContentScriptApi>('content', handlers);

  const found = await detection;
  if (found.isArticle) {
    try {
      await loadController();
    } catch {
      // The extension was reloaded under the page, or injection was refused: leave the page be.
    }
  }
  if (found.isArticle) doc.documentElement.setAttribute(STATUS_ATTRIBUTE, 'article');
  if (found.borderline && controller === null) {
    // Close to the line: the reader decides. Taking the offer is the popup's "hide clutter".
    stopOffer = offerArticle(doc, () => {
      void loadController()
        .then((c) => c.handlers.setClutterHidden({ hidden: true }, SELF))
        .catch(() => undefined);
    });
  }
  if (!found.isArticle && controller === null) {
    stopLateWatch = watchForLateArticle(doc, () => {
      // The user may have asked for the article module meanwhile; then it is theirs to run.
      if (controller !== null) return true;
      const late = runSteps(verdictSteps(doc, url));
      if (!late.isArticle) return false;
      verdict = late;
      loadController().then(
        () => doc.documentElement.setAttribute(STATUS_ATTRIBUTE, 'article'),
        () => undefined,
      );
      return true;
    });
  }

  win.addEventListener('pagehide', (event) => {
    // A page kept in the back/forward cache comes back as it was; only a real unload stops us.
    if (!event.persisted) stop();
  });
}
