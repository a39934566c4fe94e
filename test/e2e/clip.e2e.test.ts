import { describe, expect, it } from 'vitest';
import { BROWSER_NAMES } from './support/launch';
import type { TestPage } from './support/extension-browser';
import {
  openPage,
  openPopupFor,
  saveFromPopup,
  useExtensionSession,
  type E2eSession,
} from './support/session';
import { pointsOf, storedHighlights } from './support/stored-highlights';

const SEED = '/seed/laichau.html';
const QUOTE = 'giá trị sản xuất công nghiệp của tỉnh đạt 202,6 tỷ đồng';
const NOTE = 'Giảm mạnh vì Covid-19 — check the 2019 base';

/** Points at the start of `first` and the end of `last` (in a later block), both in view. */
const spanPoints = (page: TestPage, first: string, last: string) =>
  page.evaluate(
    ({ first, last }) => {
      const find = (q: string) => {
        const walker = document.createTreeWalker(
          document.querySelector('.detail-content') as Node,
          NodeFilter.SHOW_TEXT,
        );
        while (walker.nextNode()) {
          const node = walker.currentNode as Text;
          const at = node.data.indexOf(q);
          if (at >= 0) return { node, at };
        }
        throw new Error(`quote not found: ${q}`);
      };
      const a = find(first);
      const b = find(last);
      (a.node.parentElement as Element).scrollIntoView({ block: 'start' });
      window.scrollBy(0, -40);
      const ra = document.createRange();
      ra.setStart(a.node, a.at);
      ra.setEnd(a.node, a.at + 1);
      const rb = document.createRange();
      rb.setStart(b.node, b.at + last.length - 1);
      rb.setEnd(b.node, b.at + last.length);
      const s = ra.getBoundingClientRect();
      const e = rb.getBoundingClientRect();
      return {
        from: { x: s.left + 1, y: s.top + s.height / 2 },
        to: { x: e.right - 1, y: e.top + e.height / 2 },
      };
    },
    { first, last },
  );

/** The notes of every stored highlight. */
const storedNotes = async (session: E2eSession) =>
  (await storedHighlights(session)).map((h) => h.note);

/** The quotes of every stored highlight, joined. */
const storedQuotes = async (session: E2eSession) =>
  (await storedHighlights(session)).map((h) => h.quote).join('|');

/**
 * How many highlights the page's content script has painted and how many it could not
 * anchor, as the popup shows them. (The page itself cannot see them: they are boxes in a
 * closed shadow root, see page-privacy.e2e.test.ts.)
 */
async function painted(
  session: E2eSession,
  path: string,
): Promise<{ count: number; orphans: number }> {
  const popup = await openPopupFor(session, path);
  await popup.waitFor(
    () =>
      /\d/.test(document.querySelector('[data-testid="user-highlight-count"]')?.textContent ?? ''),
    null,
  );
  const seen = await popup.evaluate(
    () => ({
      count: Number(
        /\d+/.exec(
          document.querySelector('[data-testid="user-highlight-count"]')?.textContent ?? '',
        )?.[0] ?? -1,
      ),
      orphans: document.querySelectorAll('[data-testid="orphans"] li').length,
    }),
    null,
  );
  await popup.close();
  return seen;
}

const TOOLBAR = 'highlight-toolbar.html';

describe.each(BROWSER_NAMES)('clipping and highlights in %s', (name) => {
  const session = useExtensionSession(name, { hostAccess: 'granted' });
  const ready = (page: TestPage) =>
    page.waitFor(
      () => document.documentElement.getAttribute('data-reader-assistant') === 'article',
      null,
    );

  it('highlights a selection with a note, and the highlight is back after a reload', async () => {
    const page = await openPage(session, SEED, 'article');
    const { from, to } = await pointsOf(page, QUOTE);
    await page.drag(from, to);
    await page.clickInFrame(TOOLBAR, '[data-testid="note-button"]');
    await page.typeInFrame(TOOLBAR, '[data-testid="note-input"]', NOTE);
    await page.clickInFrame(TOOLBAR, '[data-testid="note-save"]');
    await expect.poll(() => storedNotes(session), { timeout: 10000 }).toContain(NOTE);
    await expect.poll(() => storedQuotes(session), { timeout: 10000 }).toContain('202,6 tỷ đồng');

    await page.reload();
    await ready(page);
    await expect
      .poll(() => painted(session, SEED), { timeout: 10000 })
      .toEqual({ count: 1, orphans: 0 });
    await page.close();
  });

  it('re-anchors after the page changed: a paragraph inserted above, whitespace and markup changed', async () => {
    session.server.rewrite(SEED, (html) =>
      html
        .replace(
          '<div class="detail-content">',
          '<div class="detail-content"><p>Đoạn mới được chèn thêm ở đầu bài để thử neo lại.</p><div class="ads">Quảng cáo</div>',
        )
        .replace(
          'giá trị sản xuất công nghiệp của tỉnh',
          'giá trị   sản xuất\n công nghiệp <span>của tỉnh</span>',
        ),
    );
    try {
      const page = await openPage(session, SEED, 'article');
      await expect
        .poll(() => painted(session, SEED), { timeout: 10000 })
        .toEqual({ count: 1, orphans: 0 });
      await page.close();
    } finally {
      session.server.rewrite(SEED, null);
    }
  });

  it('a highlight across two paragraphs can have its note edited and be deleted, and stays so after a reload', async () => {
    const page = await openPage(session, SEED, 'article');
    const span = await spanPoints(page, 'Tổng mức bán lẻ hàng hóa', 'Tuy vậy, theo đại diện');
    await page.drag(span.from, span.to);
    await page.clickInFrame(TOOLBAR, '[data-testid="highlight-button"]');
    await expect
      .poll(() => storedQuotes(session), { timeout: 10000 })
      .toMatch(/tháng 3\/2020\.\s*Tuy vậy, theo đại diện/);

    // A click on the highlight opens its toolbar: edit the note.
    const on = (await spanPoints(page, 'Tổng mức bán lẻ hàng hóa', 'Tuy vậy, theo đại diện')).from;
    await page.drag(on, on);
    await page.clickInFrame(TOOLBAR, '[data-testid="edit-note"]');
    await page.typeInFrame(TOOLBAR, '[data-testid="note-input"]', 'Bán lẻ giảm mạnh');
    await page.clickInFrame(TOOLBAR, '[data-testid="note-save"]');
    await expect.poll(() => storedNotes(session), { timeout: 10000 }).toContain('Bán lẻ giảm mạnh');
    // The note editor shows the stored note again, the page's copy never had it.
    await page.drag(on, on);
    await page.clickInFrame(TOOLBAR, '[data-testid="edit-note"]');
    await page.typeInFrame(TOOLBAR, '[data-testid="note-input"]', ' (2020)');
    await page.clickInFrame(TOOLBAR, '[data-testid="note-save"]');
    await expect
      .poll(() => storedNotes(session), { timeout: 10000 })
      .toContain('Bán lẻ giảm mạnh (2020)');

    // And delete it.
    await page.drag(on, on);
    await page.clickInFrame(TOOLBAR, '[data-testid="delete-highlight"]');
    await expect
      .poll(() => storedQuotes(session), { timeout: 10000 })
      .not.toMatch(/Tuy vậy, theo đại diện/);
    await page.reload();
    await page.waitFor(
      () => document.documentElement.getAttribute('data-reader-assistant') === 'article',
      null,
    );
    expect(await painted(session, SEED)).toEqual({ count: 1, orphans: 0 });
    expect(await storedNotes(session)).not.toContain('Bán lẻ giảm mạnh (2020)');
    await page.close();
  });

  it('saves the page from the popup with the highlight and its note, and the library lists it', async () => {
    const page = await openPage(session, SEED, 'article');
    const popup = await openPopupFor(session, SEED);
    await popup.waitFor(
      () =>
        document
          .querySelector('[data-testid="user-highlight-count"]')
          ?.textContent?.includes('1') ?? false,
      null,
    );
    await saveFromPopup(popup);

    const library = await session.browser.newPage();
    await library.goto(session.browser.extensionUrl('library.html'));
    await library.waitFor(
      () => document.querySelectorAll('[data-testid="clipping-item"]').length > 0,
      null,
    );
    const stored = await library.evaluate(async () => {
      const open = indexedDB.open('reader-assistant');
      const db = await new Promise<IDBDatabase>((ok, no) => {
        open.onsuccess = () => ok(open.result);
        open.onerror = () => no(open.error);
      });
      const all = <T>(store: string) =>
        new Promise<T[]>((ok) => {
          const r = db.transaction(store).objectStore(store).getAll();
          r.onsuccess = () => ok(r.result as T[]);
        });
      const clippings = await all<{
        html: string;
        figures: unknown[];
        projects: unknown[];
        metadata: { title: string };
        id: string;
      }>('clippings');
      const annotations = await all<{ note: string; clippingId: string | null }>('annotations');
      const images = await all<{ blob: Blob }>('images');
      return {
        titles: clippings.map((c) => c.metadata.title),
        figures: clippings[0]?.figures.length ?? 0,
        hasScript: clippings.some((c) => /<script|onerror=|javascript:/i.test(c.html)),
        imageRefs: (clippings[0]?.html.match(/ra-image:/g) ?? []).length,
        notes: annotations.map((a) => a.note),
        linked: annotations.every((a) => a.clippingId === clippings[0]?.id),
        imageBytes: await Promise.all(images.map((i) => i.blob.size)),
      };
    }, null);
    expect(stored.titles.some((t) => t.includes('Lai Châu'))).toBe(true);
    expect(stored.figures).toBe(20);
    expect(stored.hasScript).toBe(false);
    expect(stored.notes).toContain(NOTE);
    expect(stored.linked).toBe(true);
    expect(stored.imageRefs).toBeGreaterThan(0);
    expect(stored.imageBytes.every((n) => n > 0)).toBe(true);
    await Promise.all([library.close(), popup.close(), page.close()]);
  });

  it('saves a page that is not an article: its table and figures, not what the page hides', async () => {
    const PATH = '/e2e/price-table.html';
    const page = await openPage(session, PATH, 'not-article');
    const popup = await openPopupFor(session, PATH);
    await saveFromPopup(popup);
    const stored = await popup.evaluate(async () => {
      const open = indexedDB.open('reader-assistant');
      const db = await new Promise<IDBDatabase>((ok, no) => {
        open.onsuccess = () => ok(open.result);
        open.onerror = () => no(open.error);
      });
      const all = await new Promise<
        { url: string; text: string; html: string; figures: { text: string }[] }[]
      >((ok) => {
        const r = db.transaction('clippings').objectStore('clippings').getAll();
        r.onsuccess = () =>
          ok(
            r.result as { url: string; text: string; html: string; figures: { text: string }[] }[],
          );
      });
      db.close();
      return all.find((c) => c.url.endsWith('/e2e/price-table.html')) ?? null;
    }, null);
    expect(stored?.html).toContain('1,806 VND per kWh');
    expect(stored?.html).not.toContain('Members save');
    expect(stored?.text).toContain('Prices change on 1 June.');
    // Not the $5 of the box the page hides.
    expect(stored?.figures.map((f) => f.text)).toEqual(['50 kWh', '1,806 VND per kWh', '4.8%']);
    await Promise.all([popup.close(), page.close()]);
  });
});
