/**
 * A plan made on a parsed copy of the page, carried back to the live page as element
 * addresses. Planning (a Readability pass) costs more than the page should pay on its main
 * thread, so the content script sends the page's HTML to an extension document, which plans
 * there and answers with addresses; the content script only resolves them and hides.
 *
 * An address is an element's position in document order among the body's elements. The copy
 * is the live page re-parsed from its serialisation, so positions agree unless the page
 * changed in between or its DOM does not round-trip through HTML; every address therefore
 * carries its tag name, the element count must match, and any disagreement means "plan here".
 */
import type { ElementAddress, PlanAddresses } from '../model/article-plan';
import type { ArticlePlan } from './plan-article';

/** What the page layer needs of a plan (the kept set stays where it was computed). */
export type PagePlan = Pick<ArticlePlan, 'root' | 'title' | 'hide' | 'byline'>;

/** Where the article's text lives: the headline first when it stands outside the root. */
export function articleRoots(plan: Pick<PagePlan, 'root' | 'title'>): Element[] {
  return plan.title && !plan.root.contains(plan.title) ? [plan.title, plan.root] : [plan.root];
}

/**
 * The body's elements in document order, skipping what lies inside <noscript>: a live page
 * (scripting on) holds its content as text, a parsed copy (scripting off) as elements.
 */
export function bodyElements(doc: Document): Element[] {
  const body = doc.body;
  if (body === null) return [];
  const all = body.getElementsByTagName('*');
  const out: Element[] = [body];
  let noscript: Element | null = null;
  for (let i = 0; i < all.length; i++) {
    const el = all[i];
    if (el === undefined) continue;
    if (noscript !== null) {
      if (noscript.contains(el)) continue;
      noscript = null;
    }
    out.push(el);
    if (el.localName === 'noscript') noscript = el;
  }
  return out;
}

/** Addresses for a plan made on `doc` (the parsed copy); null if part of it is outside the body. */
export function encodePlan(doc: Document, plan: ArticlePlan): PlanAddresses | null {
  const elements = bodyElements(doc);
  const position = new Map<Element, number>();
  for (let i = 0; i < elements.length; i++) position.set(elements[i] as Element, i);
  let missing = false;
  const address = (el: Element): ElementAddress => {
    const index = position.get(el);
    if (index === undefined) missing = true;
    return [index ?? -1, el.localName];
  };
  const encoded: PlanAddresses = {
    elementCount: elements.length,
    root: address(plan.root),
    title: plan.title === null ? null : address(plan.title),
    hide: plan.hide.map(address),
    byline: plan.byline.map(address),
  };
  return missing ? null : encoded;
}

function isAddress(value: unknown): value is ElementAddress {
  return (
    Array.isArray(value) &&
    value.length === 2 &&
    Number.isInteger(value[0]) &&
    (value[0] as number) >= 0 &&
    typeof value[1] === 'string'
  );
}

/** Replies cross a process boundary: check the shape before trusting any index. */
export function isPlanAddresses(value: unknown): value is PlanAddresses {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    Number.isInteger(v.elementCount) &&
    isAddress(v.root) &&
    (v.title === null || isAddress(v.title)) &&
    Array.isArray(v.hide) &&
    v.hide.every(isAddress) &&
    Array.isArray(v.byline) &&
    v.byline.every(isAddress)
  );
}

/**
 * The live elements the addresses name, or null when the live page no longer matches the copy
 * the plan was made on (then the caller plans in the page instead).
 */
export function resolvePlan(
  doc: Document,
  addresses: PlanAddresses,
  /** The body's elements as they were when the copy was made, if the caller knows better. */
  elements: readonly Element[] = bodyElements(doc),
): PagePlan | null {
  if (elements.length !== addresses.elementCount) return null;
  let mismatch = false;
  const resolve = ([index, tag]: ElementAddress): Element => {
    const el = elements[index];
    if (el === undefined || el.localName !== tag) {
      mismatch = true;
      return elements[0] as Element;
    }
    return el;
  };
  const plan: PagePlan = {
    root: resolve(addresses.root),
    title: addresses.title === null ? null : resolve(addresses.title),
    hide: addresses.hide.map(resolve),
    byline: addresses.byline.map(resolve),
  };
  return mismatch ? null : plan;
}
