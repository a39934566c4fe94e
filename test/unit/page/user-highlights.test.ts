// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { describeRange } from '../../../src/annotate/anchor/describe-range';
import { createOverlayHost } from '../../../src/page/overlay-host';
import type { AnnotationStore } from '../../../src/page/user-highlights/annotation-store';
import { startUserHighlights } from '../../../src/page/user-highlights/user-highlights';
import type { UserAnnotation } from '../../../src/store/schema';

const ARTICLE = `<article><h1>Lai Châu</h1>
<p>Tháng 4/2020, giá trị sản xuất công nghiệp của tỉnh đạt 202,6 tỷ đồng, giảm tới 41,6% so với cùng kỳ.</p>
<p>Thỏa thuận vị trí các trạm biến áp 220kV Pắc Ma, Phong Thổ.</p></article>`;

function memoryStore(
  initial: UserAnnotation[] = [],
): AnnotationStore & { items: Map<string, UserAnnotation> } {
  const items = new Map(initial.map((a) => [a.id, a]));
  return {
    items,
    list: async () => [...items.values()],
    put: async (a) => void items.set(a.id, a),
    remove: async (id) => void items.delete(id),
  };
}

function annotationFor(quote: string): UserAnnotation {
  document.body.innerHTML = ARTICLE;
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  while (walker.nextNode()) {
    const node = walker.currentNode as Text;
    const at = node.data.indexOf(quote);
    if (at >= 0) {
      range.setStart(node, at);
      range.setEnd(node, at + quote.length);
      break;
    }
  }
  return {
    id: 'a1',
    canonicalKey: 'k',
    clippingId: null,
    selectors: describeRange(document.body, range),
    quote,
    color: 'yellow',
    note: 'why?',
    createdAt: 1,
    updatedAt: 1,
    orphan: false,
  };
}

const start = (store: AnnotationStore) =>
  startUserHighlights(
    document,
    createOverlayHost(document),
    document.querySelector('article') as Element,
    'k',
    store,
    {
      forceWrap: true,
    },
  );

describe('user highlights on a page', () => {
  it('re-anchors a stored highlight after a paragraph is inserted above and whitespace changes', async () => {
    const a = annotationFor('giá trị sản xuất công nghiệp của tỉnh đạt 202,6 tỷ đồng');
    document.body.innerHTML = ARTICLE.replace(
      '<h1>Lai Châu</h1>',
      '<h1>Lai Châu</h1><p>Một đoạn mới.</p>',
    ).replace('sản xuất công nghiệp', 'sản   xuất <b>công nghiệp</b>');
    const highlights = await start(memoryStore([a]));
    expect(highlights.count()).toBe(1);
    expect(highlights.orphans()).toEqual([]);
    const marks = [...document.querySelectorAll('[data-ra-mark="ra-user-yellow"]')]
      .map((m) => m.textContent)
      .join('');
    expect(marks.replace(/\s+/g, ' ')).toBe(
      'giá trị sản xuất công nghiệp của tỉnh đạt 202,6 tỷ đồng',
    );
    highlights.dispose();
    expect(document.querySelectorAll('ra-mark').length).toBe(0);
  });

  it('lists a highlight whose text is gone as an orphan, and remembers that, without dropping it', async () => {
    const a = annotationFor('trạm biến áp 220kV Pắc Ma');
    document.body.innerHTML = ARTICLE.replace(/<p>Thỏa thuận[^<]*<\/p>/, '');
    const store = memoryStore([a]);
    const highlights = await start(store);
    expect(highlights.count()).toBe(0);
    expect(highlights.orphans()).toEqual([
      { id: 'a1', quote: 'trạm biến áp 220kV Pắc Ma', note: 'why?' },
    ]);
    await new Promise((r) => setTimeout(r, 0));
    expect(store.items.get('a1')?.orphan).toBe(true);
  });

  it('highlights the current selection and stores it with selectors on NFC text', async () => {
    document.body.innerHTML = ARTICLE.normalize('NFD');
    const store = memoryStore();
    const highlights = await start(store);
    const p = document.querySelector('p') as HTMLElement;
    const range = document.createRange();
    range.selectNodeContents(p);
    document.getSelection()?.removeAllRanges();
    document.getSelection()?.addRange(range);
    expect(await highlights.highlightSelection('green')).toBe(true);
    const [saved] = [...store.items.values()];
    expect(saved?.quote).toBe(p.textContent?.normalize('NFC'));
    expect(saved?.selectors.map((s) => s.type).sort()).toEqual([
      'RangeSelector',
      'TextPositionSelector',
      'TextQuoteSelector',
    ]);
    expect(highlights.count()).toBe(1);
  });
});
