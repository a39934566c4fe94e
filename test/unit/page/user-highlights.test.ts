// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { describeRange } from '../../../src/annotate/anchor/describe-range';
import { createOverlayHost, type OverlayHost } from '../../../src/page/overlay-host';
import type { AnnotationStore } from '../../../src/page/user-highlights/annotation-store';
import { startUserHighlights } from '../../../src/page/user-highlights/user-highlights';
import type { UserAnnotation } from '../../../src/store/schema';

// The page's words come from _locales: the English messages, as the browser would give them.
vi.mock('../../../src/platform/browser-api', async () => ({
  t: (await import('../locale-messages')).translatorFor('en'),
}));
vi.mock('../../../src/platform/get-message', async () => ({
  getMessage: (await import('../locale-messages')).translatorFor('en'),
}));

const ARTICLE = `<article><h1>Lai Châu</h1>
<p>Tháng 4/2020, giá trị sản xuất công nghiệp của tỉnh đạt 202,6 tỷ đồng, giảm tới 41,6% so với cùng kỳ.</p>
<p>Thỏa thuận vị trí các trạm biến áp 220kV Pắc Ma, Phong Thổ.</p></article>`;

function memoryStore(
  initial: UserAnnotation[] = [],
): AnnotationStore & { items: Map<string, UserAnnotation> } {
  const items = new Map(initial.map((a) => [a.id, a]));
  return {
    items,
    list: async () => ({ key: 'k', annotations: [...items.values()].map((a) => ({ ...a })) }),
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

// jsdom lays nothing out: every range gets one line box, enough to see boxes drawn.
Range.prototype.getClientRects = function () {
  const rect = new DOMRect(10, 20, 100, 16);
  return {
    length: 1,
    item: () => rect,
    [Symbol.iterator]: [][Symbol.iterator],
  } as unknown as DOMRectList;
};
Range.prototype.getBoundingClientRect = () => new DOMRect(10, 20, 100, 16);

let host: OverlayHost;
const start = (store: AnnotationStore) => {
  return startUserHighlights(
    document,
    () => (host = createOverlayHost(document, true, 'closed')),
    document.querySelector('article') as Element,
    store,
    'chrome-extension://test/highlight-toolbar.html',
  );
};

/** Nothing of the user's highlights in anything the page can read: its DOM and its highlight registry. */
function pageCanSee(): string {
  const registry = (globalThis.CSS as unknown as { highlights?: Map<string, unknown> } | undefined)
    ?.highlights;
  const hosts = [...document.querySelectorAll('[data-reader-assistant-ui]')];
  return [
    document.querySelectorAll('ra-mark, [data-ra-mark]').length ? 'marks' : '',
    registry && registry.size > 0 ? 'registry' : '',
    hosts.some((h) => h.shadowRoot !== null) ? 'open root' : '',
    hosts.some((h) => h.childNodes.length > 0) ? 'light DOM' : '',
  ]
    .filter(Boolean)
    .join(',');
}

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
    expect(highlights.paintedText().join('').replace(/\s+/g, ' ')).toBe(
      'giá trị sản xuất công nghiệp của tỉnh đạt 202,6 tỷ đồng',
    );
    // Painted in our closed root: the page's DOM has one empty host and nothing else of ours.
    expect(pageCanSee()).toBe('');
    await new Promise((r) => setTimeout(r, 150));
    const box = host.root.querySelector<HTMLElement>('.boxes div');
    expect(box?.style.width).toBe('100px');
    expect(box?.style.top).toBe('20px');
    highlights.dispose();
    expect(document.querySelectorAll('[data-reader-assistant-ui]').length).toBe(0);
  });

  it('lists a highlight whose text is gone as an orphan, and remembers that, without dropping it', async () => {
    const a = annotationFor('trạm biến áp 220kV Pắc Ma');
    document.body.innerHTML = ARTICLE.replace(/<p>Thỏa thuận[^<]*<\/p>/, '');
    const store = memoryStore([a]);
    const highlights = await start(store);
    expect(highlights.count()).toBe(0);
    // Nothing to show: no host of ours for the user's highlights either.
    expect(document.querySelectorAll('[data-reader-assistant-ui]').length).toBe(0);
    // The page's copy never has the note (the background keeps it); the popup shows the quote.
    expect(highlights.orphans()).toEqual([
      { id: 'a1', quote: 'trạm biến áp 220kV Pắc Ma', note: '' },
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
    expect(saved?.canonicalKey).toBe('k');
    expect(saved?.note).toBe('');
    expect(pageCanSee()).toBe('');
  });
});
