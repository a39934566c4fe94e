/**
 * Where the page's plan is made. Normally in an extension document from a copy of the page
 * (the page only pays for serialising itself and for resolving the answer); very long pages
 * use the one-pass finder in the page, which is cheaper than copying them; and when the copy
 * and the live page disagree, or the extension cannot answer, the page plans for itself.
 */
import { isLongDocument } from '../../extract/dense-block-content';
import {
  bodyElements,
  isPlanAddresses,
  resolvePlan,
  type PagePlan,
} from '../../extract/plan-addresses';
import type { PlanAddresses, PlanSource } from '../../model/article-plan';
import type { Reply } from '../../messaging/protocol';
import type { InjectedModules } from '../shared/injected-modules';
import { runInSlices, yieldToPage } from '../shared/yield-to-page';

export interface PlacedPlan {
  plan: PagePlan;
  source: PlanSource;
}

/** Sends the page's HTML to be planned elsewhere. */
export type AskToPlan = (html: string) => Promise<Reply<PlanAddresses | null>>;

/**
 * The in-page planner (Readability, the article rules and the long-page finder): the article
 * module does not carry it (injected-modules.ts); null when it could not be loaded.
 */
export type LoadPlanner = () => Promise<InjectedModules['planner'] | null>;

/**
 * How many copies of the page the extension plans before the page plans for itself. A copy
 * that no longer matches the live page means the page changed meanwhile (issue #7's
 * mutating page: a live ticker still filling up); a fresh copy usually matches, and costs the
 * page a serialisation instead of a Readability pass (70 ms there in Firefox's profiler).
 * Each fresh copy waits a little longer (`RECOPY_DELAY_MS` × the copies sent), so a page
 * still loading its live parts gets the time to settle; waiting costs the page nothing.
 */
const COPIES = 3;
const RECOPY_DELAY_MS = 150;
/** Past this much HTML a fresh copy costs the page more than planning for itself might. */
const RECOPY_MAX_CHARS = 1_000_000;

/** What the planner reads in <head>: titles, meta tags, JSON-LD and links that name the page. */
const HEAD_PARTS =
  'title, meta, base, link[rel~="canonical"], script[type="application/ld+json" i]';

/**
 * The page as HTML for the planner: the whole body, but of <head> only what names the page
 * (its styles and scripts are often most of the bytes and mean nothing to the planner).
 * The doctype keeps the copy in standards mode like the page.
 */
export function serializePage(doc: Document): string {
  const html = doc.documentElement;
  const open = (html.cloneNode(false) as Element).outerHTML.replace(/<\/html>$/i, '');
  const head = doc.head
    ? Array.from(doc.head.querySelectorAll(HEAD_PARTS), (el) => el.outerHTML).join('')
    : '';
  const whole = doc.body?.outerHTML ?? '';
  const body =
    doc.body !== null && scriptTextLength(doc.body) > SCRIPT_TEXT_WORTH_CUTTING
      ? whole.replace(SCRIPT, (all, open: string, close: string) =>
          /ld\+json/i.test(open) ? all : open + close,
        )
      : whole;
  return `<!DOCTYPE html>${open}<head>${head}</head>${body}</html>`;
}

/**
 * A script element and its text. The text of the body's scripts (a framework's inline state
 * is often megabytes: 3.5 MB on issue #7's 5 MB page) means nothing to the planner; the
 * elements stay, so every address still matches. JSON-LD is kept: it names the page. (Should
 * an odd attribute fool this, the copy no longer matches the page and the page plans for
 * itself: see plan-addresses.ts.)
 */
const SCRIPT = /(<script\b[^>]*>)[\s\S]*?(<\/script>)/gi;

/**
 * Cutting the script text out costs a pass over the whole HTML. Messages go by structured
 * clone (Chrome: see scripts/manifest-for.ts), which copies text for less than that pass
 * costs: in Chromium, on every one of the 29 English corpus pages, outerHTML + clone was
 * cheaper than outerHTML + cutting + clone (by 0.06-0.6 ms where scripts were a quarter or
 * more of the HTML). Only megabytes of it pay: sent whole, issue #7's 5 MB page held
 * Firefox's main thread 75-105 ms in every load (Gecko profile), against none over 50 ms cut.
 */
const SCRIPT_TEXT_WORTH_CUTTING = 256 * 1024;

function scriptTextLength(body: HTMLElement): number {
  let length = 0;
  // textContent, not `.text`: an SVG <script> has no `.text`.
  const scripts = body.getElementsByTagName('script');
  for (let i = 0; i < scripts.length; i++) length += scripts[i]?.textContent?.length ?? 0;
  return length;
}

/**
 * The plan's elements as they were when the copy was made: `elements`, the body's elements
 * taken in the copy's own task. A page still loading keeps changing while the copy is planned
 * (fundus' Reuters page adds ~40 elements every 100 ms and its video player rebuilds its
 * parts: no copy ever matched the live page again, and it planned for itself, a Readability
 * pass of 90-150 ms in one task in Chromium's profile); the elements the plan names are the
 * same objects all the same. Refused when the article itself has left the page, or when what
 * is to be hidden now holds it.
 */
export function resolveAsCopied(
  doc: Document,
  addresses: PlanAddresses,
  elements: readonly Element[],
): PagePlan | null {
  const plan = resolvePlan(doc, addresses, elements);
  if (plan === null) return null;
  const kept = plan.title ? [plan.root, plan.title] : [plan.root];
  if (kept.some((el) => !el.isConnected)) return null;
  if (plan.hide.some((h) => kept.some((el) => h.contains(el)))) return null;
  return plan;
}

/** The plan for the live page, or null when it has no article body. */
export async function planPage(
  doc: Document,
  ask: AskToPlan | null,
  loadPlanner: LoadPlanner,
): Promise<PlacedPlan | null> {
  if (isLongDocument(doc)) {
    // The finder runs in slices; the rest of the plan (headline, byline, what to hide) after.
    // (Telling a long page costs a walk of every element: a task's share by itself.)
    const planner = await loadPlanner();
    if (planner === null) return null;
    await yieldToPage();
    const content = await runInSlices(planner.denseBlockSteps(doc));
    await yieldToPage();
    const plan = await runInSlices(planner.planArticleSteps(doc, content));
    return plan && { plan, source: 'long-page' };
  }
  for (let copy = 1; ask !== null && doc.documentElement !== null && copy <= COPIES; copy++) {
    let html: string;
    let elements: Element[];
    try {
      html = serializePage(doc);
      // In the same task as the copy: what the copy's positions name.
      elements = bodyElements(doc);
    } catch {
      // A page the copy cannot be made of (something in its DOM trips the serialiser, or our
      // reading of it) still gets a plan: its own, below.
      break;
    }
    const reply = await ask(html);
    if (reply.ok && reply.value === null) return null;
    // The extension could not answer: it will not answer a second copy either.
    if (!reply.ok || !isPlanAddresses(reply.value)) break;
    const plan = resolveAsCopied(doc, reply.value, elements);
    if (plan !== null) return { plan, source: 'extension' };
    if (html.length > RECOPY_MAX_CHARS || copy === COPIES) break;
    await yieldToPage(RECOPY_DELAY_MS * copy);
  }
  // Readability's pass and the rest of the plan in tasks of their own: together they held
  // the mutating page's main thread 70-100 ms in Firefox (Gecko profiler).
  // Without the planner (its injection refused: the extension went away) there is no plan.
  const planner = await loadPlanner();
  if (planner === null) return null;
  await yieldToPage();
  const content = planner.readabilityContent(doc);
  await yieldToPage();
  // In slices too: on a 400-deep page the plan's passes took Firefox 40-67 ms in one task.
  const plan = await runInSlices(planner.planArticleSteps(doc, content));
  return plan && { plan, source: 'page' };
}
