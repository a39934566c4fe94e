import type { DetectionStatus } from './detection-status';
import type { HighlightToggles, PageState } from '../model/page-state';
import type { ClippingDraft } from '../model/clipping-draft';
import type { Result } from '../shared/result';
import type { SaveOutcome } from '../model/save-outcome';
import type { HighlightColor, UserAnnotation } from '../model/stored-records';
import type { PlanAddresses } from '../model/article-plan';
import type { InjectedName } from '../model/injected-names';
import type { ToolbarAction } from './toolbar-action';

/**
 * Every message between contexts, per receiver: `request` is what the sender passes,
 * `response` what the handler returns. Handler maps are checked against these with
 * `satisfies`, so a missing or misspelt handler is a compile error.
 */
export interface ContentScriptApi {
  /**
   * What the detector found, answered by the detector itself (no article module is loaded for
   * it): the page carries no mark of ours unless it is an article, so this is how our own
   * pages (and tests) learn that a page was looked at and left alone.
   */
  getStatus: {
    request: null;
    response: { url: string; verdict: 'pending' | 'article' | 'not-article' };
  };
  getPageState: { request: null; response: PageState };
  setClutterHidden: { request: { hidden: boolean }; response: PageState };
  setHighlights: { request: HighlightToggles; response: PageState };
  scrollToItem: { request: { kind: 'figure' | 'project'; index: number }; response: boolean };
  getClippingDraft: { request: null; response: ClippingDraft };
  /**
   * Highlights the current selection in the article (context menu, keyboard command); with
   * `keyboard`, the highlight toolbar then opens over it with focus in it. False when nothing
   * usable is selected.
   */
  highlightSelection: {
    request: { color: HighlightColor; keyboard?: boolean };
    response: boolean;
  };
  toggleReaderView: { request: null; response: boolean };
  /** A short message in the page, e.g. after saving from the keyboard or the context menu. */
  showToast: { request: { message: string }; response: null };
  /** The user acted in the highlight toolbar frame (relayed by the background). */
  toolbarAction: { request: ToolbarAction; response: null };
}

/** What the article module answers (everything but the detector's own `getStatus`). */
export type ArticleApi = Omit<ContentScriptApi, 'getStatus'>;

export interface BackgroundApi {
  ping: { request: null; response: { version: string } };
  /**
   * Injects the article module and the page stylesheet into the sender's frame (the detector
   * asks on article pages, and when the reader acts on another page).
   */
  injectArticleModule: {
    request: null;
    response: { cssInserted: boolean };
  };
  /**
   * Injects one of the article module's later scripts into the sender's frame: the in-page
   * planner or the extras (page/shared/injected-modules.ts).
   */
  injectScript: { request: { script: InjectedName }; response: null };
  /**
   * Plans the article of the sender's page from its HTML in an extension document, off the
   * page's main thread; null when there is no article body.
   */
  planArticle: { request: { html: string }; response: PlanAddresses | null };
  openLibrary: { request: { clippingId?: string }; response: null };
  /**
   * Puts the detector into a tab the user acted on (the popup asks as it opens): works through
   * `activeTab` where no host access was granted. Fails on pages no extension may script.
   */
  prepareTab: { request: { tabId: number }; response: null };
  /**
   * Brings the registered detector in line with the host access granted now and reports the
   * mode; pages call it after asking for or giving back the permission.
   */
  syncDetection: { request: null; response: DetectionStatus };
  /** Saves the article of a tab (popup, keyboard shortcut and context menu share this path). */
  saveClipping: {
    request: { tabId: number; tags?: string[]; note?: string };
    response: SaveOutcome;
  };
  /**
   * The user's highlights for the sender's page (its URL as the browser reports it, and its
   * canonical link if on the same site), without their notes, and the page's key.
   */
  getAnnotations: {
    request: { canonicalUrl: string | null };
    /** `noted`: the ids of those with a note (its text stays in the extension). */
    response: { key: string; annotations: UserAnnotation[]; noted: string[] };
  };
  /** Keeps a highlight of the sender's site; its note and clipping stay as stored. */
  putAnnotation: { request: UserAnnotation; response: null };
  deleteAnnotation: { request: { id: string }; response: null };
  /** Undo: puts back a highlight of the sender's page deleted a moment ago, note and all. */
  restoreAnnotation: { request: { id: string }; response: { noted: boolean } };
  /** The highlight toolbar frame: the note of a highlight on the page of the tab it is in. */
  getNote: { request: { id: string }; response: { note: string } };
  /** Saves the note, then closes the toolbar showing it (`token`). */
  saveNote: { request: { id: string; note: string; token: string }; response: null };
  /** The highlight toolbar frame: what the user did, for the content script of its tab. */
  toolbarAction: { request: ToolbarAction; response: null };
}

/** Chrome's offscreen document: a DOM for the background service worker, which has none. */
export interface OffscreenApi {
  planArticle: { request: { html: string }; response: PlanAddresses | null };
}

export type Api = ContentScriptApi | BackgroundApi | OffscreenApi;
export type RequestOf<A, K extends keyof A> = A[K] extends { request: infer R } ? R : never;
export type ResponseOf<A, K extends keyof A> = A[K] extends { response: infer R } ? R : never;

/** A handler map for one receiver: one async function per message type. */
export type Handlers<A> = {
  [K in keyof A]: (
    request: RequestOf<A, K>,
    sender: MessageSenderInfo,
  ) => Promise<ResponseOf<A, K>>;
};

/**
 * What a handler may know about who sent a message, as the browser reports it (a page cannot
 * forge it). `fromExtension`: one of our own pages (popup, library, the note editor frame),
 * as opposed to a content script, which speaks for a web page and may be driven by it.
 */
export interface MessageSenderInfo {
  tabId: number | null;
  frameId: number | null;
  url: string | null;
  fromExtension: boolean;
}

/** The envelope on the wire; `to` keeps the background and content handlers apart. */
export interface Envelope {
  channel: typeof CHANNEL;
  to: 'content' | 'background' | 'offscreen';
  type: string;
  request: unknown;
}

export const CHANNEL = 'reader-assistant/v1';

/** The port article pages hold open to notice an extension reload under them. */
export const PAGE_PORT = 'reader-assistant/page';

export type Reply<T> = Result<T, string>;
