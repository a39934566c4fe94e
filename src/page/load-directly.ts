import { denseBlockSteps } from '../extract/dense-block-content';
import { planArticleSteps } from '../extract/plan-article';
import { readabilityContent } from '../extract/readability-content';
import { buildClippingDraft, readerHtml } from './clipping-draft';
import type { InjectedModules, LoadInjected } from './injected-modules';
import { openReaderView } from './reader-view';
import { recogniseArticle } from './recognise-article';
import { startUserHighlights } from './user-highlights/user-highlights';

const modules: InjectedModules = {
  planner: { planArticleSteps, readabilityContent, denseBlockSteps },
  extras: { recogniseArticle, startUserHighlights },
  reader: { openReaderView, buildClippingDraft, readerHtml },
};

/**
 * The article module's later parts imported as modules, for the unit tests and the in-page
 * benchmarks (the extension injects them as scripts of their own: injected-modules.ts).
 */
export const loadDirectly: LoadInjected = async (name) => modules[name];
