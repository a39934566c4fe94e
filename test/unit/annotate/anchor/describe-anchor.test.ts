import { describe, expect, it } from 'vitest';
import { anchor, locate } from '../../../../src/annotate/anchor/anchor';
import { describeRange } from '../../../../src/annotate/anchor/describe-range';
import { HIGHLIGHT_WRAPPER_ATTR } from '../../../../src/annotate/anchor/range-path';
import { textNodesInRange } from '../../../../src/annotate/anchor/range-text-nodes';
import type {
  AnnotationSelector,
  RangeSelector,
  TextQuoteSelector,
} from '../../../../src/model/annotation-selectors';
import { buildTextMap } from '../../../../src/annotate/anchor/text-map';
import { domImpls, must } from './dom-impls';
import { nfcText, rangeAtRawOffsets, rangeOfText, rawText } from './range-helpers';

const ARTICLE = `<!doctype html><html><body><article id="a">
<h1>Hà Nội đẩy nhanh tiến độ dự án đường vành đai 4</h1>
<p>Thủ tướng yêu cầu các bộ, ngành hoàn thành giải phóng mặt bằng trước tháng 6, để nhà thầu kịp thi công.</p>
<p>Theo <a href="https://example.vn/bao-cao">báo cáo của Bộ Giao thông vận tải</a>, tổng mức đầu tư của dự án khoảng 85.800 tỷ đồng.</p>
<p>Người dân ở huyện Mê Linh cho biết việc bồi thường đã được thực hiện công khai.</p>
<p>Tăng trưởng GDP quý I ước đạt 6,93%, cao nhất trong giai đoạn 2020-2024.</p>
</article></body></html>`;

const nfd = (s: string): string => s.normalize('NFD');
const root = (doc: Document): Element => must(doc, '#a');
const quoteOf = (sels: AnnotationSelector[]): TextQuoteSelector => {
  const q = sels.find((s): s is TextQuoteSelector => s.type === 'TextQuoteSelector');
  if (!q) throw new Error('no quote');
  return q;
};

describe.each(domImpls)('describe → anchor ($name)', (impl) => {
  it('stores NFC quotes and positions on an NFD page', () => {
    const doc = impl.parse(nfd(ARTICLE));
    const sels = describeRange(root(doc), rangeOfText(root(doc), nfd('Bộ Giao thông vận tải')));
    const quote = quoteOf(sels);
    expect(quote.exact).toBe('Bộ Giao thông vận tải');
    expect(quote.exact).toBe(quote.exact.normalize('NFC'));
    expect(quote.prefix).toHaveLength(32);
    expect(quote.prefix.endsWith('Theo báo cáo của ')).toBe(true);
    expect(quote.suffix.startsWith(', tổng mức đầu tư')).toBe(true);
  });

  it('re-anchors a highlight made on an NFD page on the NFC page', () => {
    const nfdDoc = impl.parse(nfd(ARTICLE));
    const sels = describeRange(
      root(nfdDoc),
      rangeOfText(root(nfdDoc), nfd('giải phóng mặt bằng trước tháng 6')),
    );
    const nfcDoc = impl.parse(ARTICLE);
    const map = buildTextMap(root(nfcDoc));
    expect(locate(root(nfcDoc), map, sels)?.strategy).toBe('range');
    expect(nfcText(anchor(root(nfcDoc), sels))).toBe('giải phóng mặt bằng trước tháng 6');
  });

  it('re-anchors a highlight made on an NFC page on the NFD page', () => {
    const nfcDoc = impl.parse(ARTICLE);
    const sels = describeRange(
      root(nfcDoc),
      rangeOfText(root(nfcDoc), 'bồi thường đã được thực hiện'),
    );
    const nfdDoc = impl.parse(nfd(ARTICLE));
    const range = anchor(root(nfdDoc), sels);
    expect(nfcText(range)).toBe('bồi thường đã được thực hiện');
    // The range really lies on the NFD text nodes, marks included.
    expect(range?.toString()).toBe(nfd('bồi thường đã được thực hiện'));
  });

  it('keeps positions stable on a page that mixes both normalisations', () => {
    const mixed = ARTICLE.replace(/<p>Người dân[^]*?<\/p>/, (p) => nfd(p));
    const nfcDoc = impl.parse(ARTICLE);
    const a = describeRange(root(nfcDoc), rangeOfText(root(nfcDoc), 'Tăng trưởng GDP'));
    const mixedDoc = impl.parse(mixed);
    const b = describeRange(root(mixedDoc), rangeOfText(root(mixedDoc), 'Tăng trưởng GDP'));
    expect(b).toEqual(a);
  });

  it('widens a boundary that falls between a letter and its combining marks', () => {
    const doc = impl.parse(nfd(ARTICLE));
    const text = rawText(root(doc));
    const word = nfd('Mê Linh');
    const at = text.indexOf(word);
    // Start after "M", end after the "e" of "Mê" but before its circumflex.
    const range = rangeAtRawOffsets(root(doc), at + 1, at + 2);
    expect(quoteOf(describeRange(root(doc), range)).exact).toBe('ê');
  });

  it('anchors a selection across two paragraphs and a link', () => {
    const doc = impl.parse(ARTICLE);
    const r = root(doc);
    const range = doc.createRange();
    const p1 = must(r, 'p').firstChild as Text;
    const linkText = must(r, 'a').firstChild as Text;
    range.setStart(p1, p1.data.indexOf('nhà thầu'));
    range.setEnd(linkText, 'báo cáo của Bộ'.length);
    const sels = describeRange(r, range);
    const rs = sels.find((s): s is RangeSelector => s.type === 'RangeSelector');
    expect(rs).toMatchObject({
      startContainer: '/p[1]',
      endContainer: '/p[2]/a[1]',
      endOffset: 'báo cáo của Bộ'.length,
    });
    const expected = 'nhà thầu kịp thi công.\nTheo báo cáo của Bộ';
    expect(quoteOf(sels).exact).toBe(expected);
    expect(nfcText(anchor(r, sels))).toBe(expected);
    // Another paragraph above: paths and offsets are off, the quote still finds it.
    r.insertBefore(doc.createElement('p'), must(r, 'p')).textContent =
      'Tin mới cập nhật lúc 9 giờ sáng.';
    const moved = anchor(r, sels);
    expect(nfcText(moved)).toBe(expected);
    expect(locate(r, buildTextMap(r), sels)?.strategy).toBe('quote');
  });

  it('keeps RangeSelector paths valid once other highlights are wrapped', () => {
    const doc = impl.parse(ARTICLE);
    const r = root(doc);
    const first = describeRange(r, rangeOfText(r, 'tổng mức đầu tư'));
    const second = describeRange(r, rangeOfText(r, '85.800 tỷ đồng'));
    // The page layer wraps the first highlight's text nodes, splitting the paragraph's text node.
    for (const { node, start, end } of textNodesInRange(rangeOfText(r, 'tổng mức đầu tư'))) {
      const target = node.splitText(start);
      target.splitText(end - start);
      const mark = doc.createElement('mark');
      mark.setAttribute(HIGHLIGHT_WRAPPER_ATTR, '1');
      target.replaceWith(mark);
      mark.append(target);
    }
    const map = buildTextMap(r);
    expect(locate(r, map, second)?.strategy).toBe('range');
    expect(nfcText(anchor(r, second))).toBe('85.800 tỷ đồng');
    expect(nfcText(anchor(r, first))).toBe('tổng mức đầu tư');
  });

  it('returns null when the highlighted text was deleted', () => {
    const doc = impl.parse(ARTICLE);
    const r = root(doc);
    const sels = describeRange(r, rangeOfText(r, 'việc bồi thường đã được thực hiện công khai'));
    must(r, 'p:nth-of-type(3)').remove();
    expect(anchor(r, sels)).toBeNull();
  });

  it('does not trust a short quote that only matches elsewhere without its context', () => {
    const doc = impl.parse(ARTICLE);
    const r = root(doc);
    const sels = describeRange(r, rangeOfText(r, 'dự án', 1));
    must(r, 'p:nth-of-type(2)').remove();
    // "dự án" is still in the title, but prefix and suffix disagree: an orphan, not a wrong match.
    expect(anchor(r, sels)).toBeNull();
  });

  it('ignores script text so injected ads do not shift offsets', () => {
    const doc = impl.parse(ARTICLE);
    const r = root(doc);
    const sels = describeRange(r, rangeOfText(r, 'Người dân'));
    const script = doc.createElement('script');
    script.textContent = 'window.ads = "Người dân"; loadAds();';
    r.insertBefore(script, must(r, 'p'));
    expect(describeRange(r, rangeOfText(r, 'Người dân', 0))).toEqual(
      sels.map((s) =>
        s.type === 'RangeSelector' ? { ...s, startContainer: '/p[3]', endContainer: '/p[3]' } : s,
      ),
    );
    expect(nfcText(anchor(r, sels))).toBe('Người dân');
  });
});
