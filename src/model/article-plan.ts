/**
 * A plan of the article made on a parsed copy of the page, as it travels back to the live page
 * (see src/extract/plan-addresses.ts for how addresses are made and resolved).
 */

/** Where a plan was made: an extension document, the page itself, or the long-page finder. */
export type PlanSource = 'extension' | 'page' | 'long-page';

/** One element: its position among the body's elements and its tag name, as a check. */
export type ElementAddress = readonly [index: number, tag: string];

export interface PlanAddresses {
  /** How many elements the body had when the plan was made. */
  elementCount: number;
  root: ElementAddress;
  title: ElementAddress | null;
  hide: ElementAddress[];
  byline: ElementAddress[];
}
