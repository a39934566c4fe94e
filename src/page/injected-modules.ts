import type { denseBlockSteps } from '../extract/dense-block-content';
import type { planArticleSteps } from '../extract/plan-article';
import type { readabilityContent } from '../extract/readability-content';
import type { buildClippingDraft, readerHtml } from './clipping-draft';
import type { recogniseArticle } from './recognise-article';
import type { openReaderView } from './reader-view';
import type { startUserHighlights } from './user-highlights/user-highlights';
import type { InjectedName } from '../model/injected-names';

/**
 * The article module (article.js) holds only what every article page needs first: the plan's
 * resolution and the clutter hiding. The rest comes as scripts of their own, which the
 * background injects into the same isolated world when the page needs them, so the first
 * script the page parses and runs is a fraction of the whole (148 KB in one script took Chromium
 * 21-57 ms to evaluate on issue #7's 100,000-element page, before anything was hidden).
 */
export interface InjectedModules {
  /**
   * Planning in the page (planner.js, with Mozilla Readability): for a page whose copy did not
   * match the live page or that the extension could not plan, and for very long pages.
   */
  planner: {
    planArticleSteps: typeof planArticleSteps;
    readabilityContent: typeof readabilityContent;
    denseBlockSteps: typeof denseBlockSteps;
  };
  /**
   * Everything after the hiding (extras.js): the recognisers and their highlights, and the
   * user's highlights.
   */
  extras: {
    recogniseArticle: typeof recogniseArticle;
    startUserHighlights: typeof startUserHighlights;
  };
  /**
   * What only a click asks for (reader.js): the reader view and the clipping draft, with the
   * sanitiser (DOMPurify, a third of the extras before: compiled and set up in every article
   * for nothing, 3-5 ms of its main thread in Chromium's profile).
   */
  reader: {
    openReaderView: typeof openReaderView;
    buildClippingDraft: typeof buildClippingDraft;
    readerHtml: typeof readerHtml;
  };
}

/** Loads one of them (null: it could not be injected, e.g. the extension went away). */
export type LoadInjected = <K extends InjectedName>(name: K) => Promise<InjectedModules[K] | null>;

const slotOf = (name: InjectedName) => Symbol.for(`reader-assistant.${name}`);
type Slots = Record<symbol, unknown>;

/** Called by each injected script: hands its functions to the article module on the same global. */
export function registerInjected<K extends InjectedName>(
  global: object,
  name: K,
  module: InjectedModules[K],
): void {
  (global as Slots)[slotOf(name)] = module;
}

export function injectedModule<K extends InjectedName>(
  global: object,
  name: K,
): InjectedModules[K] | undefined {
  return (global as Slots)[slotOf(name)] as InjectedModules[K] | undefined;
}

/**
 * Loads each script once: `inject` asks the background to inject it (false: refused), and the
 * script registers itself on `global`.
 */
export function injectOnDemand(
  global: object,
  inject: (name: InjectedName) => Promise<boolean>,
): LoadInjected {
  const loading = new Map<InjectedName, Promise<unknown>>();
  return (<K extends InjectedName>(name: K) => {
    let load = loading.get(name);
    if (load === undefined) {
      load = (async () => {
        if (injectedModule(global, name) === undefined && !(await inject(name))) {
          loading.delete(name);
          return null;
        }
        return injectedModule(global, name) ?? null;
      })();
      loading.set(name, load);
    }
    return load as Promise<InjectedModules[K] | null>;
  }) as LoadInjected;
}
