import { denseBlockSteps } from '../../extract/dense-block-content';
import { planArticleSteps } from '../../extract/plan-article';
import { readabilityContent } from '../../extract/readability-content';

/**
 * Planning in the page (planner.js, with Mozilla Readability): for a page whose copy did not
 * match the live page or that the extension could not plan, and for very long pages. Loaded
 * by the article bundle's plan-page.ts only then.
 */
export const plannerModule = { planArticleSteps, readabilityContent, denseBlockSteps };
