/**
 * Highlighting without a mouse (issue #25, item 7) and what a screen reader gets of it (issue
 * #24): the highlight command takes the selection, grown to whole words; the toolbar that
 * opens has focus and is worked with the arrow keys and Enter; a note is written and saved from
 * the keyboard; a delete offers Undo, which has focus and brings the highlight back with its
 * note. The toolbar frame is a named ARIA toolbar; our closed root names each highlight and
 * says "Highlight saved / deleted / restored" in a live region.
 *
 * The command: Firefox runs the real shortcut's handler (TestPage.runCommand); Chromium has no
 * test hook for extension commands, so there the background's part (tested in
 * menus-and-commands.test.ts) is stood in for by the same message to the page.
 *
 * Every key is a real key press into the tab in front (TestPage.press), which the browser
 * routes to the focused frame: in Chromium the toolbar is an out-of-process extension frame,
 * so the keys reach its buttons and its note only if the focus the page hands it lands there.
 * The note is typed key by key, without the test focusing the note field.
 */
import { describe, expect, it } from 'vitest';
import { BROWSER_NAMES } from './support/launch';
import type { TestPage } from './support/extension-browser';
import { sendToContent, tabIdOf } from './support/tab-id';
import { openPage, useExtensionSession } from './support/session';
import { storedHighlights } from './support/stored-highlights';

const SEED = '/seed/laichau.html';
const TOOLBAR = 'highlight-toolbar.html';
const WORDS = 'Tổng mức bán lẻ hàng hóa';
const NOTE = 'Ghi chu tu ban phim';

/**
 * Selects `text` in the article, from its start to `cut` characters in (a caret there when
 * `cut` is 0 past `at`), as shift and the arrow keys would leave it.
 */
const select = (page: TestPage, text: string, from: number, to: number) =>
  page.evaluate(
    ({ text, from, to }) => {
      const walker = document.createTreeWalker(
        document.querySelector('.detail-content') as Node,
        NodeFilter.SHOW_TEXT,
      );
      while (walker.nextNode()) {
        const node = walker.currentNode as Text;
        const at = node.data.indexOf(text);
        if (at < 0) continue;
        (node.parentElement as Element).scrollIntoView({ block: 'center' });
        const range = document.createRange();
        range.setStart(node, at + from);
        range.setEnd(node, at + to);
        const selection = document.getSelection() as Selection;
        selection.removeAllRanges();
        selection.addRange(range);
        return selection.toString();
      }
      throw new Error(`not found: ${text}`);
    },
    { text, from, to },
  );

describe.each(BROWSER_NAMES)('highlighting with the keyboard in %s', (name) => {
  const session = useExtensionSession(name, { hostAccess: 'granted' });
  let page: TestPage;
  let ext: TestPage;
  let tabId = 0;

  /** Alt+Shift+H: the highlight command for the page's tab. */
  const command = async () => {
    if (page.runCommand) return page.runCommand('highlight-selection');
    await sendToContent(ext, tabId, 'highlightSelection', { color: 'yellow', keyboard: true });
  };
  /**
   * Waits for the toolbar frame to show `selector` with the keyboard in it: the page's focus is
   * on the host of our closed root (a closed root's host shows no shadowRoot), which holds the
   * frame.
   */
  const waitToolbar = async (selector: string) => {
    await page.readInFrame(TOOLBAR, selector);
    await page.waitFor(
      () =>
        document.activeElement?.hasAttribute('data-reader-assistant-ui') === true &&
        document.activeElement.shadowRoot === null,
      null,
    );
  };

  /** Works the toolbar with `keys`, pressed as a user does. */
  const inToolbar = async (keys: string[]) => {
    for (const key of keys) await page.press(key);
  };
  /** The toolbar frame's control that has the keyboard now is `testId`. */
  const focusedInToolbar = (testId: string) =>
    page.readInFrame(TOOLBAR, `[data-testid="${testId}"]:focus`);

  it('highlights the selection grown to whole words, and its toolbar opens with focus for the arrow keys', async () => {
    page = await openPage(session, SEED, 'article');
    ext = await session.browser.newPage();
    tabId = await tabIdOf(session.browser, ext, session.url(SEED));
    // The selection stops inside "hóa".
    expect(await select(page, WORDS, 0, WORDS.length - 2)).toBe('Tổng mức bán lẻ hàng h');
    await command();
    await expect
      .poll(() => storedHighlights(session), { timeout: 10000 })
      .toEqual([{ quote: WORDS, color: 'yellow', note: '' }]);
    // A named toolbar of labelled buttons, drawn with SVG icons.
    await waitToolbar(
      '[role="toolbar"][aria-label] [data-testid="delete-highlight"][aria-label] svg[data-icon="delete"]',
    );
    // Focus is on its first button: Right moves to the second colour, Enter takes it.
    if (page.htmlWithClosedRoots) {
      const html = await page.htmlWithClosedRoots();
      // Said to screen readers from a polite live region in our closed root; the toolbar frame
      // and the highlight's marker are named.
      expect(html).toMatch(/role="status" aria-live="polite"[^>]*>Highlight saved\.</);
      expect(html).toMatch(/<iframe[^>]*title="[^"]+"[^>]*aria-label="[^"]+"/);
      expect(html).toContain(`aria-label="Your highlight: ${WORDS}"`);
    }
    await inToolbar(['ArrowRight']);
    await focusedInToolbar('recolor-green');
    await inToolbar(['Enter']);
    await expect
      .poll(() => storedHighlights(session), { timeout: 10000 })
      .toEqual([{ quote: WORDS, color: 'green', note: '' }]);
  });

  it('a note is written and saved from the keyboard, and the highlight then says it has one', async () => {
    // A caret in the highlight: the command opens that highlight's toolbar.
    await select(page, WORDS, 3, 3);
    await command();
    await waitToolbar('[data-testid="edit-note"]');
    // Left from the first button wraps to Delete, once more to Edit note.
    await inToolbar(['ArrowLeft', 'ArrowLeft']);
    await focusedInToolbar('edit-note');
    await inToolbar(['Enter']);
    // The note's frame opens with the caret in the note: the keys typed go there.
    await page.readInFrame(TOOLBAR, '[data-testid="note-input"]:not([disabled])');
    await inToolbar([...NOTE]);
    await page.press('Control+Enter');
    await expect
      .poll(() => storedHighlights(session), { timeout: 10000 })
      .toEqual([{ quote: WORDS, color: 'green', note: NOTE }]);
    if (page.htmlWithClosedRoots) {
      const html = await page.htmlWithClosedRoots();
      expect(html).toContain(`aria-label="Your highlight, with a note: ${WORDS}"`);
      expect(html).not.toContain(NOTE);
    }
  });

  it('delete from the keyboard offers Undo with focus on it, and Undo brings the highlight back with its note', async () => {
    await select(page, WORDS, 3, 3);
    await command();
    await waitToolbar('[data-testid="delete-highlight"]');
    await inToolbar(['ArrowLeft']);
    await focusedInToolbar('delete-highlight');
    await inToolbar(['Enter']);
    await expect.poll(() => storedHighlights(session), { timeout: 10000 }).toEqual([]);
    if (page.htmlWithClosedRoots) {
      const html = await page.htmlWithClosedRoots();
      // Said to screen readers, from a polite live region in our closed root.
      expect(html).toMatch(/role="status" aria-live="polite"[^>]*>Highlight deleted\.</);
      expect(html).toMatch(/data-testid="undo-delete"[^>]*>Undo</);
    }
    // Focus went to Undo: Enter there restores it, note and all.
    await page.press('Enter');
    await expect
      .poll(() => storedHighlights(session), { timeout: 10000 })
      .toEqual([{ quote: WORDS, color: 'green', note: NOTE }]);
    if (page.htmlWithClosedRoots) {
      const htmlWithClosedRoots = page.htmlWithClosedRoots.bind(page);
      await expect
        .poll(() => htmlWithClosedRoots(), { timeout: 5000 })
        .toMatch(/aria-live="polite"[^>]*>Highlight restored\.</);
      const html = await htmlWithClosedRoots();
      // The toolbar frame, when shown, is named too; the highlight's marker is a named button.
      expect(html).toMatch(/<button[^>]*class="marker noted"[^>]*aria-label="Your highlight/);
    }
  });

  it('a highlight with a note shows it on hovering its marker, without "Edit note"', async () => {
    // The marker sits just past the end of the highlight, raised a little over its line.
    const end = await page.evaluate((text) => {
      const walker = document.createTreeWalker(
        document.querySelector('.detail-content') as Node,
        NodeFilter.SHOW_TEXT,
      );
      while (walker.nextNode()) {
        const node = walker.currentNode as Text;
        const at = node.data.indexOf(text);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + text.length);
        const rects = range.getClientRects();
        const last = rects[rects.length - 1] as DOMRect;
        return { x: last.right + 8, y: last.top };
      }
      throw new Error('not found');
    }, WORDS);
    await page.hover({ x: end.x + 40, y: end.y + 40 });
    await page.hover(end);
    expect(await page.readInFrame(TOOLBAR, '[data-testid="note-input"]:not([disabled])')).toBe(
      NOTE,
    );
    await Promise.all([page.close(), ext.close()]);
  });

  it('a recognised figure stepped to with the keyboard is described in a live region', async () => {
    const article = await openPage(session, SEED, 'article');
    await article.waitFor(
      () => document.querySelector('[data-reader-assistant-ui]') !== null,
      null,
      15000,
    );
    await article.press('Alt+Shift+ArrowDown');
    await article.waitFor(() => {
      const host = [...document.querySelectorAll('[data-reader-assistant-ui]')].find(
        (h) => h.shadowRoot !== null,
      );
      const tip = host?.shadowRoot?.querySelector<HTMLElement>('.tooltip');
      return tip !== null && tip !== undefined && !tip.hidden && tip.textContent !== '';
    }, null);
    const tip = await article.evaluate(() => {
      const host = [...document.querySelectorAll('[data-reader-assistant-ui]')].find(
        (h) => h.shadowRoot !== null,
      );
      const e = host?.shadowRoot?.querySelector('.tooltip');
      return {
        role: e?.getAttribute('role'),
        live: e?.getAttribute('aria-live'),
        text: e?.textContent ?? '',
      };
    }, null);
    expect(tip.role).toBe('status');
    expect(tip.live).toBe('polite');
    expect(tip.text).toMatch(/202\.600\.000\.000 VND/);
    await article.close();
  });
});
