/**
 * Re-anchoring rate: random highlights on fixture articles, realistic edits, and how many come
 * back on the right text. Prints the rate; the README quotes it.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { locate, type AnchorStrategy } from '../../../../src/annotate/anchor/anchor';
import { describeRange } from '../../../../src/annotate/anchor/describe-range';
import { buildTextMap } from '../../../../src/annotate/anchor/text-map';
import { jsdomImpl } from './dom-impls';
import {
  EDITS,
  deleteHighlightedParagraph,
  insertParagraphAbove,
  markTruth,
  seededRandom,
  takeTruth,
  type EditContext,
} from './page-edits';
import { rangeAtRawOffsets, rawText } from './range-helpers';

const FIXTURES = join(__dirname, '../../../fixtures/anchor');
const PAGES = readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.html'))
  .sort()
  // Parsed once: cloning a jsdom document is ~7× faster than parsing it again for every trial.
  .map((f) => ({ name: f, doc: jsdomImpl.parse(readFileSync(join(FIXTURES, f), 'utf8')) }));
const ROOT_SELECTOR = 'article, #story, .content';
const SEED = Number(process.env.ANCHOR_SEED ?? 20260527);
const HIGHLIGHTS = Number(process.env.ANCHOR_HIGHLIGHTS ?? 1000);
const ORPHAN_TRIALS = Number(process.env.ANCHOR_ORPHANS ?? 300);
/** Fuzzy matches may move a boundary by a character or two when a typo sits right at it. */
const BOUNDARY_SLACK = 2;

function setUp(
  rand: () => number,
  onlyParagraphs: boolean,
): { ctx: EditContext; page: string; quote: string; selectors: ReturnType<typeof describeRange> } {
  for (;;) {
    const page = PAGES[Math.floor(rand() * PAGES.length)];
    if (!page) throw new Error('no fixtures');
    const doc = page.doc.cloneNode(true) as Document;
    const root = doc.querySelector(ROOT_SELECTOR);
    if (!root) throw new Error(`${page.name}: no article root`);
    const text = rawText(root);
    const words = Array.from(text.matchAll(/\S+/g));
    // Readers highlight a few words, a sentence or a passage.
    const r = rand();
    const count =
      r < 0.3
        ? 1 + Math.floor(rand() * 3)
        : r < 0.85
          ? 4 + Math.floor(rand() * 17)
          : 21 + Math.floor(rand() * 40);
    const i = Math.floor(rand() * words.length);
    const first = words[i];
    const last = words[Math.min(words.length - 1, i + count - 1)];
    if (!first || !last) continue;
    const range = rangeAtRawOffsets(root, first.index, last.index + last[0].length);
    if (onlyParagraphs) {
      const p = range.startContainer.parentElement?.closest('p');
      if (!p || !p.contains(range.endContainer)) continue;
    }
    const selectors = describeRange(root, range);
    const markers = markTruth(doc, range);
    return {
      ctx: { doc, root, rand, ...markers },
      page: page.name,
      quote: text.slice(first.index, last.index + last[0].length),
      selectors,
    };
  }
}

describe('re-anchoring rate on edited fixture articles', () => {
  it(`re-anchors ≥ 98 % of ${HIGHLIGHTS} random highlights to the right text`, () => {
    expect(PAGES.length).toBeGreaterThanOrEqual(5);
    const rand = seededRandom(SEED);
    const strategies: Record<AnchorStrategy | 'orphan', number> = {
      range: 0,
      position: 0,
      quote: 0,
      fuzzy: 0,
      ends: 0,
      orphan: 0,
    };
    const editCounts = new Map<string, number>();
    const failures: string[] = [];
    let correct = 0;
    let exactBoundaries = 0;
    let wrong = 0;
    let partial = 0;
    for (let t = 0; t < HIGHLIGHTS; t++) {
      const { ctx, page, quote, selectors } = setUp(rand, false);
      const applied = EDITS.filter(([, p]) => rand() < p)
        .map(([edit]) => edit(ctx))
        .filter((e): e is string => e !== null);
      if (!applied.length) applied.push(insertParagraphAbove(ctx) ?? 'none');
      for (const e of applied) editCounts.set(e, (editCounts.get(e) ?? 0) + 1);
      const truth = takeTruth(ctx);
      const match = locate(ctx.root, buildTextMap(ctx.root), selectors);
      strategies[match?.strategy ?? 'orphan']++;
      if (
        match &&
        Math.abs(match.start - truth.start) <= BOUNDARY_SLACK &&
        Math.abs(match.end - truth.end) <= BOUNDARY_SLACK
      ) {
        correct++;
        if (match.start === truth.start && match.end === truth.end) exactBoundaries++;
      } else {
        // A partial match (inside the true span: text was inserted at two places of a long
        // highlight) is a miss; a match outside the true span is a wrong highlight.
        if (match && (match.end <= truth.start || match.start >= truth.end)) wrong++;
        else if (match) partial++;
        failures.push(
          `${page} [${applied.join(', ')}] "${quote}" → ${match ? `${match.strategy} ${match.start}-${match.end} vs ${truth.start}-${truth.end}` : 'orphan'}`,
        );
      }
    }
    const rate = correct / HIGHLIGHTS;
    console.log(
      [
        `re-anchoring: ${correct}/${HIGHLIGHTS} = ${(rate * 100).toFixed(1)} % on the right text (${exactBoundaries} with exact boundaries), ${partial} partial, ${wrong} wrong, ${strategies.orphan} orphaned`,
        `by strategy: ${JSON.stringify(strategies)}`,
        `edits applied: ${JSON.stringify(Object.fromEntries(editCounts))}`,
        ...failures.map((f) => `  miss: ${f}`),
      ].join('\n'),
    );
    expect(rate).toBeGreaterThanOrEqual(0.98);
    expect(wrong).toBe(0);
  }, 60_000);

  it(`orphans all ${ORPHAN_TRIALS} highlights whose paragraph was deleted, never a wrong match`, () => {
    const rand = seededRandom(SEED + 1);
    const matched: string[] = [];
    for (let t = 0; t < ORPHAN_TRIALS; t++) {
      const { ctx, page, quote, selectors } = setUp(rand, true);
      for (const [edit, p] of EDITS) if (rand() < p) edit(ctx);
      expect(deleteHighlightedParagraph(ctx)).toBe(true);
      ctx.root.normalize();
      const match = locate(ctx.root, buildTextMap(ctx.root), selectors);
      if (match)
        matched.push(
          `${page} "${quote}" → ${match.strategy} "${buildTextMap(ctx.root).text.slice(match.start, match.end)}"`,
        );
    }
    console.log(
      `orphans: ${ORPHAN_TRIALS - matched.length}/${ORPHAN_TRIALS}\n${matched.join('\n')}`,
    );
    expect(matched).toEqual([]);
  }, 60_000);
});
