import { denseBlockSteps } from '../extract/dense-block-content';
import { planArticleSteps } from '../extract/plan-article';
import { readabilityContent } from '../extract/readability-content';
import { registerInjected } from '../page/injected-modules';

// Injected by the background only when a page plans its article for itself (page/plan-page.ts).
registerInjected(globalThis, 'planner', {
  planArticleSteps,
  readabilityContent,
  denseBlockSteps,
});
