/**
 * Property: on an unchanged document, describe → anchor gives back the same text, for random
 * documents (nested inline elements, scripts, empty text nodes, NFC/NFD Vietnamese, combining
 * marks split across text nodes, astral characters) and random ranges (text and element boundaries).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anchor } from '../../../../src/annotate/anchor/anchor';
import { describeRange } from '../../../../src/annotate/anchor/describe-range';
import { readingTextOfRange } from '../../../../src/annotate/anchor/range-text-nodes';
import type { TextQuoteSelector } from '../../../../src/model/annotation-selectors';
import { domImpls } from './dom-impls';

type Inline = { tag: 'text' | 'em' | 'a' | 'span' | 'script' | 'br'; text: string };
type Block = { tag: 'p' | 'h2' | 'li'; inlines: Inline[] };

const CHARS = [
  'a',
  'b',
  'c',
  ' ',
  ' ',
  '\n',
  'ệ',
  'e\u0323\u0302',
  'Đ',
  'ư',
  'o\u031b',
  '\u0301',
  '😀',
  '.',
  'x',
];
const textArb = fc.array(fc.constantFrom(...CHARS), { maxLength: 12 }).map((cs) => cs.join(''));
const inlineArb: fc.Arbitrary<Inline> = fc.record({
  tag: fc.constantFrom('text', 'text', 'text', 'em', 'a', 'span', 'script', 'br'),
  text: textArb,
});
const blockArb: fc.Arbitrary<Block> = fc.record({
  tag: fc.constantFrom('p', 'h2', 'li'),
  inlines: fc.array(inlineArb, { minLength: 1, maxLength: 5 }),
});
const docArb = fc.array(blockArb, { minLength: 1, maxLength: 5 });

function build(doc: Document, blocks: Block[]): Element {
  const root = doc.createElement('article');
  for (const b of blocks) {
    const block = doc.createElement(b.tag);
    for (const inline of b.inlines) {
      if (inline.tag === 'text') block.append(doc.createTextNode(inline.text));
      else if (inline.tag === 'br') block.append(doc.createElement('br'));
      else {
        const el = doc.createElement(inline.tag);
        // Nest once more inside links so paths go deeper than one level.
        if (inline.tag === 'a') el.append(doc.createElement('strong'));
        (el.firstElementChild ?? el).append(doc.createTextNode(inline.text));
        block.append(el);
      }
    }
    root.append(block);
  }
  doc.body.replaceChildren(root);
  return root;
}

/** Every boundary point under `root`, in document order. */
function boundaryPoints(root: Node): [Node, number][] {
  const out: [Node, number][] = [];
  const visit = (node: Node): void => {
    if (node.nodeType === 3) {
      const len = (node as Text).data.length;
      for (let i = 0; i <= len; i++) out.push([node, i]);
      return;
    }
    const kids = Array.from(node.childNodes);
    kids.forEach((k, i) => {
      out.push([node, i]);
      visit(k);
    });
    out.push([node, kids.length]);
  };
  visit(root);
  return out;
}

/**
 * Whether the reading text right after a point starts with a combining mark or the second half of
 * a surrogate pair: a boundary no real selection has, which describeRange may widen.
 */
function midCluster(root: Element, node: Node, offset: number): boolean {
  const r = root.ownerDocument.createRange();
  r.setStart(node, offset);
  r.setEnd(root, root.childNodes.length);
  return /^[\p{M}\uDC00-\uDFFF]/u.test(readingTextOfRange(r));
}

const quoteOf = (sels: ReturnType<typeof describeRange>): string =>
  sels.find((s): s is TextQuoteSelector => s.type === 'TextQuoteSelector')?.exact ?? '';

describe.each(domImpls)('describe → anchor round trip ($name)', (impl) => {
  const doc = impl.parse('<!doctype html><html><body></body></html>');

  it('anchors to the same text on the unchanged document', () => {
    fc.assert(
      fc.property(docArb, fc.nat(), fc.nat(), (blocks, a, b) => {
        const root = build(doc, blocks);
        const points = boundaryPoints(root);
        const [i, j] = [a % points.length, b % points.length].sort((x, y) => x - y) as [
          number,
          number,
        ];
        const [sNode, sOff] = points[i] ?? [root, 0];
        const [eNode, eOff] = points[j] ?? [root, 0];
        const range = doc.createRange();
        range.setStart(sNode, sOff);
        range.setEnd(eNode, eOff);
        const selectors = describeRange(root, range);
        const anchored = anchor(root, selectors);
        expect(anchored).not.toBeNull();
        const text = readingTextOfRange(anchored as Range).normalize('NFC');
        expect(text).toBe(quoteOf(selectors));
        // Unless a boundary split a letter from its marks (then the selection widens to whole letters).
        if (!midCluster(root, sNode, sOff) && !midCluster(root, eNode, eOff)) {
          expect(text).toBe(readingTextOfRange(range).normalize('NFC'));
        }
      }),
      { numRuns: 300, seed: 42 },
    );
  });

  it('anchors to the same NFC text after the page switches normalisation form', () => {
    fc.assert(
      fc.property(
        docArb,
        fc.nat(),
        fc.nat(),
        fc.constantFrom('NFD', 'NFC') as fc.Arbitrary<'NFD' | 'NFC'>,
        (blocks, a, b, form) => {
          const root = build(doc, blocks);
          const points = boundaryPoints(root);
          const [i, j] = [a % points.length, b % points.length].sort((x, y) => x - y) as [
            number,
            number,
          ];
          const range = doc.createRange();
          range.setStart(...(points[i] ?? [root, 0]));
          range.setEnd(...(points[j] ?? [root, 0]));
          const selectors = describeRange(root, range);
          for (const t of boundaryPoints(root).map(([n]) => n))
            if (t.nodeType === 3) (t as Text).data = (t as Text).data.normalize(form);
          const anchored = anchor(root, selectors);
          expect(anchored).not.toBeNull();
          expect(readingTextOfRange(anchored as Range).normalize('NFC')).toBe(quoteOf(selectors));
        },
      ),
      { numRuns: 200, seed: 7 },
    );
  });
});
