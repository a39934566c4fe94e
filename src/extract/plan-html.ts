/**
 * Plans an article from the HTML of a page, in a document of its own. This is what the
 * extension's planning document runs (Chrome's offscreen document, Firefox's background page)
 * so the page's main thread never pays for the Readability pass.
 */
import type { PlanAddresses } from '../model/article-plan';
import { encodePlan } from './plan-addresses';
import { planArticle } from './plan-article';

/** Addresses of the plan for `html`, or null when it holds no article body. */
export function planHtml(html: string): PlanAddresses | null {
  // DOMParser documents never run scripts or load subresources: the copy is inert.
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const plan = planArticle(doc);
  return plan === null ? null : encodePlan(doc, plan);
}
