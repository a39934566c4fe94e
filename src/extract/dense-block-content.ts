import type { ReadabilityContent } from './readability-content';
import { isLinkList } from './clutter-patterns';
import { pruneClutter } from './prune-clutter';
import { runSteps } from '../shared/run-steps';
import { BOILERPLATE_STEP_BLOCKS, boilerplateSteps } from './trailing-boilerplate';

/**
 * Past this many paragraphs one Readability pass holds the main thread for hundreds of
 * milliseconds (a 3,000-paragraph page: ~0.9 s), too long for a content script.
 */
export const LONG_DOCUMENT_PARAGRAPHS = 800;
/**
 * Readability clones the page and walks it several times: on 100,000 elements that held
 * Chromium's main thread for ~1.6 s (issue #7's generated pages), whatever the paragraph count.
 * News pages have a few thousand elements; 30,000 leaves a wide margin.
 */
export const LONG_DOCUMENT_ELEMENTS = 30_000;
/**
 * Readability simplifies nested wrappers one `replaceChild` at a time, which is quadratic in
 * the nesting: paragraphs 400 `<div>`s deep took ~2 s in Chromium. Real articles sit 10–40 deep.
 */
export const DEEP_PARAGRAPH = 100;

/** Paragraphs shorter than this are captions, bylines or buttons, not prose. */
const PROSE_CHARS = 60;

function depthOf(el: Element): number {
  let depth = 0;
  for (let node: Element | null = el; node !== null; node = node.parentElement) depth++;
  return depth;
}

/**
 * True for pages too long, too big or too deep for a Readability pass in the page: the cheap
 * content finder is used there. Costs one native element count and, for at most 800
 * paragraphs, a walk up from each.
 */
export function isLongDocument(doc: Document): boolean {
  const paragraphs = doc.getElementsByTagName('p');
  if (paragraphs.length > LONG_DOCUMENT_PARAGRAPHS) return true;
  if (doc.getElementsByTagName('*').length > LONG_DOCUMENT_ELEMENTS) return true;
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i];
    if (p && depthOf(p) > DEEP_PARAGRAPH) return true;
  }
  return false;
}

/** Elements handled between two steps of `denseBlockSteps`. */
export const DENSE_STEP_ELEMENTS = 400;

/**
 * The body's blocks in runs of about `size` for pruning one run per step, all of a similar
 * length (never a short last run). Pruning only drops a clutter block shorter than a quarter
 * of the text it is pruned with; runs of hundreds of paragraphs keep that bound far above any
 * share bar or related box, so pruning in runs drops what pruning all at once drops.
 */
export function pruneChunks<T>(blocks: readonly T[], size: number): T[][] {
  const count = Math.max(1, Math.floor(blocks.length / size));
  const chunks: T[][] = [];
  for (let k = 0; k < count; k++)
    chunks.push(
      blocks.slice(
        Math.floor((k * blocks.length) / count),
        Math.floor(((k + 1) * blocks.length) / count),
      ),
    );
  return chunks;
}

/**
 * A one-pass content finder for very long pages: the element that directly holds the most
 * prose paragraphs (long, mostly unlinked) is the article body, kept whole; the plan's clutter
 * pruning, headline, lead and byline steps then run on it as they do after Readability.
 */
export function denseBlockContent(doc: Document): ReadabilityContent | null {
  return runSteps(denseBlockSteps(doc));
}

/**
 * The same finder as a generator that stops every `DENSE_STEP_ELEMENTS` links, paragraphs or
 * blocks, so the page layer can hand the main thread back to the page between steps (on a
 * 3,000-paragraph page the whole pass is ~50 ms). No browser API beyond the DOM: pausing and
 * resuming is the caller's business.
 */
export function* denseBlockSteps(
  doc: Document,
  every = DENSE_STEP_ELEMENTS,
): Generator<void, ReadabilityContent | null> {
  // Link text per paragraph, from one pass over the page's links (not one query per paragraph).
  const linked = new Map<Element, number>();
  const links = doc.querySelectorAll('p a');
  for (let i = 0; i < links.length; i++) {
    const a = links[i] as Element;
    const p = a.closest('p');
    if (p) linked.set(p, (linked.get(p) ?? 0) + (a.textContent?.length ?? 0));
    if (i % every === every - 1) yield;
  }
  yield;
  const score = new Map<Element, number>();
  const paragraphs = doc.querySelectorAll('p');
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i] as Element;
    if (i % every === every - 1) yield;
    const parent = p.parentElement;
    if (parent === null) continue;
    const length = p.textContent?.length ?? 0;
    if (length < PROSE_CHARS || (linked.get(p) ?? 0) > length / 2) continue;
    score.set(parent, (score.get(parent) ?? 0) + 1);
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, n] of score) {
    if (n > bestScore) {
      best = el;
      bestScore = n;
    }
  }
  if (best === null) return null;
  yield;
  // Clutter inside the body (a related box between paragraphs) is pruned block by block, which
  // touches a few thousand blocks instead of every inline element.
  const blocks = new Set<Element>();
  const skipped = new Set<Element>();
  for (const chunk of pruneChunks(Array.from(best.children), every)) {
    const part = new Set(chunk);
    pruneClutter(part);
    for (const block of part) blocks.add(block);
    // A "You may also like" heading closing one chunk takes its link list opening the next.
    const last = chunk[chunk.length - 1];
    const next = last?.nextElementSibling;
    if (last && !part.has(last) && next && isLinkList(next)) {
      skipped.add(next);
    }
    yield;
  }
  for (const el of skipped) blocks.delete(el);
  // Boilerplate (a newsletter sign-up, "© 2020 …", a bio after the story) among the body's
  // blocks, a slice of them per step.
  yield* boilerplateSteps(blocks, Array.from(blocks), BOILERPLATE_STEP_BLOCKS);
  const kept = new Set<Element>([best]);
  let n = 0;
  for (const block of blocks) {
    kept.add(block);
    const inner = block.getElementsByTagName('*');
    for (let i = 0; i < inner.length; i++) kept.add(inner[i] as Element);
    n += inner.length + 1;
    if (n >= every) {
      n = 0;
      yield;
    }
  }
  return { kept, title: null, byline: null, pruned: true };
}
