// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { describeRange } from '../../../src/annotate/anchor/describe-range';
import { createOverlayHost, type OverlayHost } from '../../../src/page/article/overlay-host';
import type { AnnotationStore } from '../../../src/page/user-highlights/annotation-store';
import { startUserHighlights } from '../../../src/page/user-highlights/user-highlights';
import type { UserAnnotation } from '../../../src/model/stored-records';

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

/** The toolbar frame showing now, and the view its address asks for. */
function toolbarFrame(): { frame: HTMLIFrameElement; view: URLSearchParams } | null {
  const frame = host.root.querySelector<HTMLIFrameElement>('iframe.toolbar');
  if (!frame) return null;
  return { frame, view: new URLSearchParams(new URL(frame.src).hash.slice(1)) };
}

function selectText(from: string, to: string): void {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  while (walker.nextNode()) {
    const node = walker.currentNode as Text;
    const a = node.data.indexOf(from);
    const b = node.data.indexOf(to);
    if (a >= 0 && b >= 0) {
      range.setStart(node, a);
      range.setEnd(node, b + to.length);
      break;
    }
  }
  document.getSelection()?.removeAllRanges();
  document.getSelection()?.addRange(range);
}

describe('user highlights by keyboard and for screen readers', () => {
  it('the highlight command snaps the selection to whole words, says so, and opens the toolbar to take focus', async () => {
    document.body.innerHTML = ARTICLE;
    const store = memoryStore();
    const highlights = await start(store);
    // The selection stops inside "nghiệp".
    selectText('giá trị sản', 'công ngh');
    expect(document.getSelection()?.toString()).toBe('giá trị sản xuất công ngh');
    expect(await highlights.highlightSelection('yellow', true)).toBe(true);
    const [saved] = [...store.items.values()];
    expect(saved?.quote).toBe('giá trị sản xuất công nghiệp');
    const shown = toolbarFrame();
    expect(shown?.view.get('mode')).toBe('highlight');
    expect(shown?.view.get('focus')).toBe('1');
    expect(shown?.frame.getAttribute('aria-label')).toBeTruthy();
    const live = host.root.querySelector('[role="status"][aria-live="polite"]');
    await vi.waitFor(() => expect(live?.textContent).toBe('Highlight saved.'));
    // A marker at the end of it names it for screen readers and is reached with Tab.
    await new Promise((r) => setTimeout(r, 100));
    const marker = host.root.querySelector<HTMLButtonElement>('[data-testid="highlight-marker"]');
    expect(marker?.tagName).toBe('BUTTON');
    expect(marker?.getAttribute('aria-label')).toBe('Your highlight: giá trị sản xuất công nghiệp');
    expect(marker?.classList.contains('noted')).toBe(false);
    expect(pageCanSee()).toBe('');
    highlights.dispose();
  });

  it('with nothing selected, the command reports nothing done; a caret in a highlight opens its toolbar', async () => {
    const a = annotationFor('trạm biến áp 220kV Pắc Ma');
    const highlights = await start(memoryStore([a]));
    document.getSelection()?.removeAllRanges();
    expect(await highlights.highlightSelection('yellow', true)).toBe(false);
    const text = [...document.querySelectorAll('p')][1]?.firstChild as Text;
    const caret = document.createRange();
    caret.setStart(text, text.data.indexOf('biến'));
    document.getSelection()?.addRange(caret);
    expect(await highlights.highlightSelection('yellow', true)).toBe(true);
    expect(toolbarFrame()?.view.get('mode')).toBe('highlight');
    highlights.dispose();
  });

  it('a highlight with a note shows its marker; a delete offers undo and announces it', async () => {
    const a = annotationFor('trạm biến áp 220kV Pắc Ma');
    const store = memoryStore([a]);
    const restored: string[] = [];
    const highlights = await start({
      ...store,
      list: async () => ({ ...(await store.list()), noted: ['a1'] }),
      restore: async (id) => {
        restored.push(id);
        return { noted: true };
      },
    });
    await new Promise((r) => setTimeout(r, 100));
    const marker = host.root.querySelector<HTMLButtonElement>('[data-testid="highlight-marker"]');
    expect(marker?.classList.contains('noted')).toBe(true);
    expect(marker?.getAttribute('aria-label')).toBe(
      'Your highlight, with a note: trạm biến áp 220kV Pắc Ma',
    );
    // Delete from the toolbar (the action the frame sends through the background).
    const caret = document.createRange();
    const text = [...document.querySelectorAll('p')][1]?.firstChild as Text;
    caret.setStart(text, text.data.indexOf('biến'));
    document.getSelection()?.removeAllRanges();
    document.getSelection()?.addRange(caret);
    await highlights.highlightSelection('yellow', true);
    const token = toolbarFrame()?.view.get('token') ?? '';
    highlights.toolbarAction({ token, action: 'delete' });
    await vi.waitFor(() => expect(store.items.size).toBe(0));
    expect(highlights.count()).toBe(0);
    const toast = host.root.querySelector('[data-testid="undo-toast"]');
    expect(toast?.textContent).toBe('Highlight deleted.Undo');
    expect(host.root.querySelector('[data-testid="undo-delete"]')?.tagName).toBe('BUTTON');
    const live = host.root.querySelector('[aria-live="polite"]');
    await vi.waitFor(() => expect(live?.textContent).toBe('Highlight deleted.'));
    // A page script's click is not the reader's: nothing is restored.
    host.root.querySelector<HTMLButtonElement>('[data-testid="undo-delete"]')?.click();
    await new Promise((r) => setTimeout(r, 10));
    expect(restored).toEqual([]);
    highlights.dispose();
  });
});
