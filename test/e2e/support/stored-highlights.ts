import type { TestPage } from './extension-browser';
import type { E2eSession } from './session';

export interface StoredHighlight {
  quote: string;
  color: string;
  note: string;
}

/** The user's highlights as the extension's database holds them, read from an extension page. */
export async function storedHighlights(session: E2eSession): Promise<StoredHighlight[]> {
  const ext = await session.browser.newPage();
  await ext.goto(session.browser.extensionUrl('library.html'));
  const all = await ext.evaluate(async () => {
    const open = indexedDB.open('reader-assistant');
    const db = await new Promise<IDBDatabase>((ok, no) => {
      open.onsuccess = () => ok(open.result);
      open.onerror = () => no(open.error);
    });
    const rows = await new Promise<{ quote: string; color: string; note: string }[]>((ok) => {
      const r = db.transaction('annotations').objectStore('annotations').getAll();
      r.onsuccess = () => ok(r.result as { quote: string; color: string; note: string }[]);
    });
    db.close();
    return rows.map((a) => ({ quote: a.quote, color: a.color, note: a.note }));
  }, null);
  await ext.close();
  return all;
}

/** Viewport points at the start and end of the first occurrence of `quote` in the seed's article, scrolled into view. */
export const pointsOf = (page: TestPage, quote: string) =>
  page.evaluate((q) => {
    const walker = document.createTreeWalker(
      document.querySelector('.detail-content') as Node,
      NodeFilter.SHOW_TEXT,
    );
    while (walker.nextNode()) {
      const node = walker.currentNode as Text;
      const at = node.data.indexOf(q);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + q.length);
      (node.parentElement as Element).scrollIntoView({ block: 'center' });
      const rects = Array.from(range.getClientRects());
      const first = rects[0] as DOMRect;
      const last = rects[rects.length - 1] as DOMRect;
      return {
        from: { x: first.left + 1, y: first.top + first.height / 2 },
        to: { x: last.right - 1, y: last.top + last.height / 2 },
      };
    }
    throw new Error(`quote not found: ${q}`);
  }, quote);
