import { describe, expect, it } from 'vitest';
import { foldWhitespace } from '../../../../src/annotate/anchor/fold-whitespace';
import {
  textNodesInRange,
  readingTextOfRange,
} from '../../../../src/annotate/anchor/range-text-nodes';
import { pathTo, resolvePath } from '../../../../src/annotate/anchor/range-path';
import { buildTextMap } from '../../../../src/annotate/anchor/text-map';
import { domImpls, must } from './dom-impls';

const NFD_PAGE =
  '<div id="r"><p>Vi\u1ec7t Nam</p><p>Vi'.normalize('NFC') +
  'ệt'.normalize('NFD') +
  ' Nam <em>đẹp</em></p><script>var x = "ệ";</script></div>';

describe.each(domImpls)('text map ($name)', (impl) => {
  it('is the NFC text of the reading text nodes, script text left out', () => {
    const root = must(impl.parse(NFD_PAGE), '#r');
    const map = buildTextMap(root);
    expect(map.text).toBe('Việt NamViệt Nam đẹp');
    expect(map.text).toBe(map.text.normalize('NFC'));
    expect(map.nodes).toHaveLength(3);
  });

  it('maps DOM points to NFC offsets and back', () => {
    const root = must(impl.parse(NFD_PAGE), '#r');
    const map = buildTextMap(root);
    const second = must(root, 'p:nth-of-type(2)').firstChild as Text;
    // "Vi" + "e" + 2 marks + "t": the raw offset after "t" is 6, the NFC offset 4 (+ 8 before).
    expect(map.offsetOfPoint(second, 6, 'start')).toBe(12);
    expect(map.pointAt(12, 'start')).toEqual({ node: second, offset: 6 });
    // Inside the decomposed letter: start snaps before it, end after it.
    expect(map.offsetOfPoint(second, 3, 'start')).toBe(10);
    expect(map.offsetOfPoint(second, 4, 'end')).toBe(11);
    expect(map.pointAt(10, 'start')).toEqual({ node: second, offset: 2 });
    expect(map.pointAt(11, 'end')).toEqual({ node: second, offset: 5 });
  });

  it('maps element boundary points to the next text', () => {
    const root = must(impl.parse(NFD_PAGE), '#r');
    const map = buildTextMap(root);
    expect(map.offsetOfPoint(root, 0, 'start')).toBe(0);
    expect(map.offsetOfPoint(root, 1, 'start')).toBe(8);
    expect(map.offsetOfPoint(must(root, 'em'), 0, 'start')).toBe(17);
    expect(map.offsetOfPoint(root, root.childNodes.length, 'end')).toBe(map.text.length);
  });

  it('prefers the following node for a start and the preceding one for an end at a node boundary', () => {
    const root = must(impl.parse(NFD_PAGE), '#r');
    const map = buildTextMap(root);
    const range = map.toRange(8, 8 + 'Việt'.length);
    expect(range.startContainer).toBe(must(root, 'p:nth-of-type(2)').firstChild);
    expect(map.pointAt(8, 'end')?.node).toBe(must(root, 'p').firstChild);
  });

  it('gives a collapsed range at the root when there is no text', () => {
    const root = must(impl.parse('<div id="r"><script>x</script></div>'), '#r');
    const range = buildTextMap(root).toRange(0, 0);
    expect(range.collapsed).toBe(true);
    expect(range.startContainer).toBe(root);
  });
});

describe.each(domImpls)('textNodesInRange ($name)', (impl) => {
  it('lists the covered slices across elements, skipping script text', () => {
    const doc = impl.parse(
      '<div id="r"><p>one two</p><script>s()</script><p>three <a href="#">four</a> five</p></div>',
    );
    const root = must(doc, '#r');
    const range = doc.createRange();
    range.setStart(must(root, 'p').firstChild as Text, 4);
    range.setEnd(must(root, 'a').firstChild as Text, 2);
    const slices = textNodesInRange(range).map(({ node, start, end }) =>
      node.data.slice(start, end),
    );
    expect(slices).toEqual(['two', 'three ', 'fo']);
    expect(readingTextOfRange(range)).toBe('twothree fo');
  });

  it('handles element boundary points and collapsed ranges', () => {
    const doc = impl.parse('<div id="r"><p>a</p><p>b</p><p>c</p></div>');
    const root = must(doc, '#r');
    const range = doc.createRange();
    range.setStart(root, 1);
    range.setEnd(root, 2);
    expect(textNodesInRange(range).map((s) => s.node.data)).toEqual(['b']);
    range.collapse(true);
    expect(textNodesInRange(range)).toEqual([]);
  });
});

describe.each(domImpls)('range paths ($name)', (impl) => {
  it('round-trips and ignores highlight wrappers', () => {
    const doc = impl.parse(
      '<div id="r"><p>a</p><p>b <mark data-ra-mark="figure"><a href="#">x</a></mark><a href="#">y</a></p></div>',
    );
    const root = must(doc, '#r');
    const y = root.querySelectorAll('a')[1] as Element;
    expect(pathTo(root, y)).toBe('/p[2]/a[2]');
    expect(resolvePath(root, '/p[2]/a[2]')).toBe(y);
    expect(resolvePath(root, '')).toBe(root);
    expect(resolvePath(root, '/p[3]')).toBeNull();
    expect(resolvePath(root, 'p[1]')).toBeNull();
  });
});

describe('foldWhitespace', () => {
  it('folds runs and maps offsets back', () => {
    const f = foldWhitespace('a \n  b\tc');
    expect(f.text).toBe('a b c');
    expect(f.toOriginalStart(2)).toBe(5);
    expect(f.toOriginalEnd(2)).toBe(5);
    expect(f.toOriginalStart(1)).toBe(1);
    expect(f.toOriginalEnd(2 - 0)).toBe(5);
    expect(f.toOriginalEnd(5)).toBe(8);
    expect(f.fromOriginal(3)).toBe(1);
    expect(f.fromOriginal(5)).toBe(2);
    expect(f.fromOriginal(8)).toBe(5);
  });
});
