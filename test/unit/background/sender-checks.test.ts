// @vitest-environment node
// Node: the background's database is fake-indexeddb, as in the other background tests.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { BackgroundApi } from '../../../src/messaging/protocol';
import type { UserAnnotation } from '../../../src/model/stored-records';

/**
 * A content script speaks for its page, which may drive it: the background must take the tab
 * and the URL from what the browser says about the sender, never from the message. These
 * messages go through the real `listen` dispatch with sender objects shaped as the browser
 * gives them.
 */
type Listener = (message: unknown, sender: unknown) => Promise<unknown> | undefined;
let onMessage: Listener | null = null;
const tabCalls: string[] = [];
const tabUrls = new Map<number, string>([
  [1, 'https://victim.github.io/notes/plan.html'],
  [2, 'https://bank.example/account'],
]);

const EXTENSION = 'chrome-extension://abcdefghijklmnop/';
vi.mock('../../../src/platform/browser-api', () => ({
  TARGET_BROWSER: 'chrome',
  t: (key: string) => key,
  browser: {
    runtime: {
      id: 'abcdefghijklmnop',
      getURL: (path: string) => `${EXTENSION}${path}`,
      getManifest: () => ({ version: '0.1.0' }),
      onMessage: { addListener: (f: Listener) => void (onMessage = f), removeListener: () => {} },
    },
    tabs: {
      get: async (tabId: number) => ({ id: tabId, url: tabUrls.get(tabId) }),
      sendMessage: async (tabId: number, envelope: { type: string; request: unknown }) => {
        tabCalls.push(`${envelope.type} to ${tabId}`);
        return { ok: true, value: null };
      },
    },
    scripting: {
      executeScript: async ({ target, files }: { target: { tabId: number }; files: string[] }) =>
        void tabCalls.push(`inject ${files.join()} into ${target.tabId}`),
    },
  },
}));

const { listen } = await import('../../../src/messaging/listen');
const { backgroundHandlers } = await import('../../../src/background/start-background');
const { openReaderDb } = await import('../../../src/store/open-db');
const { envelope } = await import('../../../src/messaging/envelope');
listen<BackgroundApi>('background', backgroundHandlers);

/** A content script in tab `tabId` on `url`: what Chrome puts in `sender`. */
const page = (tabId: number, url: string) => ({
  id: 'abcdefghijklmnop',
  url,
  frameId: 0,
  tab: { id: tabId, url },
});
/** Our highlight toolbar framed in tab `tabId`. */
const toolbarIn = (tabId: number) => ({
  id: 'abcdefghijklmnop',
  url: `${EXTENSION}highlight-toolbar.html#mode=note`,
  frameId: 3,
  tab: { id: tabId, url: tabUrls.get(tabId) },
});
const popup = { id: 'abcdefghijklmnop', url: `${EXTENSION}popup.html` };

const ask = async (type: string, request: unknown, sender: unknown) =>
  (await onMessage?.(envelope('background', type, request), sender)) as
    { ok: true; value: unknown } | { ok: false; error: string };

const annotation = (id: string, canonicalKey: string, note = ''): UserAnnotation => ({
  id,
  canonicalKey,
  clippingId: null,
  selectors: [{ type: 'TextQuoteSelector', exact: 'the plan', prefix: '', suffix: '' }],
  quote: 'the plan',
  color: 'yellow',
  note,
  createdAt: 1,
  updatedAt: 1,
  orphan: false,
});

async function seed(...items: UserAnnotation[]) {
  const db = await openReaderDb();
  await db.clear('annotations');
  for (const a of items) await db.put('annotations', a);
  db.close();
}
async function stored(id: string) {
  const db = await openReaderDb();
  const a = await db.get('annotations', id);
  db.close();
  return a;
}

const VICTIM_KEY = 'https://victim.github.io/notes/plan.html';

beforeEach(async () => {
  tabCalls.splice(0);
  await seed(annotation('v1', VICTIM_KEY, 'my private note'));
});

describe('messages from a content script are scoped to its own tab and page', () => {
  it('saving names another tab: refused, and nothing is asked of that tab', async () => {
    const reply = await ask('saveClipping', { tabId: 2 }, page(1, tabUrls.get(1) as string));
    expect(reply).toMatchObject({ ok: false, error: expect.stringMatching(/own tab/) });
    expect(tabCalls).toEqual([]);
  });

  it('prepareTab (injecting the detector elsewhere) is for the popup only', async () => {
    const fromPage = await ask('prepareTab', { tabId: 2 }, page(1, tabUrls.get(1) as string));
    expect(fromPage.ok).toBe(false);
    expect(tabCalls).toEqual([]);
    const fromPopup = await ask('prepareTab', { tabId: 2 }, popup);
    expect(fromPopup.ok).toBe(true);
    expect(tabCalls).toEqual(['inject detector.js into 2']);
  });

  it("a page on another tenant of a shared host gets none of the victim's highlights, even naming the victim as its canonical", async () => {
    const reply = await ask(
      'getAnnotations',
      // The old protocol's way in: a `url` in the request. It is not read any more.
      { url: VICTIM_KEY, canonicalUrl: VICTIM_KEY },
      page(5, 'https://attacker.github.io/notes/plan.html'),
    );
    expect(reply).toEqual({
      ok: true,
      value: { key: 'https://attacker.github.io/notes/plan.html', annotations: [], noted: [] },
    });
  });

  it('the page itself gets its highlights, without their notes', async () => {
    const reply = await ask('getAnnotations', { canonicalUrl: null }, page(1, VICTIM_KEY));
    expect(reply.ok && (reply.value as { annotations: UserAnnotation[] }).annotations).toEqual([
      { ...annotation('v1', VICTIM_KEY), note: '' },
    ]);
  });

  it('the page learns which of its highlights have a note, never what the note says', async () => {
    const reply = await ask('getAnnotations', { canonicalUrl: null }, page(1, VICTIM_KEY));
    expect(reply.ok && (reply.value as { noted: string[] }).noted).toEqual(['v1']);
    expect(JSON.stringify(reply)).not.toContain('my private note');
  });

  it('undoing a delete brings the highlight back with its note, for its own page only', async () => {
    const victim = page(1, VICTIM_KEY);
    expect((await ask('deleteAnnotation', { id: 'v1' }, victim)).ok).toBe(true);
    expect(await stored('v1')).toBeUndefined();
    // Another site cannot bring it back (nor learn anything from trying).
    const attacker = page(5, 'https://attacker.github.io/x.html');
    expect(await ask('restoreAnnotation', { id: 'v1' }, attacker)).toMatchObject({ ok: false });
    expect(await ask('restoreAnnotation', { id: 'v1' }, victim)).toEqual({
      ok: true,
      value: { noted: true },
    });
    expect(await stored('v1')).toMatchObject({ note: 'my private note', canonicalKey: VICTIM_KEY });
    // Once only.
    expect(await ask('restoreAnnotation', { id: 'v1' }, victim)).toMatchObject({ ok: false });
  });

  it("a page cannot write, overwrite or delete another site's highlights", async () => {
    const attacker = page(5, 'https://attacker.github.io/x.html');
    expect((await ask('putAnnotation', annotation('new', VICTIM_KEY), attacker)).ok).toBe(false);
    expect(await stored('new')).toBeUndefined();
    const overwrite = { ...annotation('v1', 'https://attacker.github.io/x.html'), color: 'pink' };
    expect((await ask('putAnnotation', overwrite, attacker)).ok).toBe(false);
    expect((await ask('deleteAnnotation', { id: 'v1' }, attacker)).ok).toBe(false);
    expect(await stored('v1')).toEqual(annotation('v1', VICTIM_KEY, 'my private note'));
  });

  it("the page's own update changes the colour and keeps the stored note and key", async () => {
    const change = { ...annotation('v1', VICTIM_KEY), color: 'green', updatedAt: 2 };
    expect((await ask('putAnnotation', change, page(1, VICTIM_KEY))).ok).toBe(true);
    expect(await stored('v1')).toMatchObject({ color: 'green', note: 'my private note' });
  });

  it('notes are read and written by our toolbar frame only, for a highlight of the page its tab shows', async () => {
    // A content script cannot ask for a note, not even of its own page.
    expect((await ask('getNote', { id: 'v1' }, page(1, VICTIM_KEY))).ok).toBe(false);
    // Our toolbar in the victim's tab reads it; in another site's tab it does not.
    expect(await ask('getNote', { id: 'v1' }, toolbarIn(1))).toEqual({
      ok: true,
      value: { note: 'my private note' },
    });
    expect((await ask('getNote', { id: 'v1' }, toolbarIn(2))).ok).toBe(false);
    expect((await ask('saveNote', { id: 'v1', note: 'x', token: 't' }, toolbarIn(2))).ok).toBe(
      false,
    );
    expect((await ask('saveNote', { id: 'v1', note: 'edited', token: 't' }, toolbarIn(1))).ok).toBe(
      true,
    );
    expect((await stored('v1'))?.note).toBe('edited');
    // And the toolbar in tab 1 is closed by its own content script.
    expect(tabCalls).toEqual(['toolbarAction to 1']);
  });

  it('a toolbar action goes to the content script of the tab the toolbar is in, from nobody else', async () => {
    const action = { token: 't', action: 'delete' };
    expect((await ask('toolbarAction', action, page(1, VICTIM_KEY))).ok).toBe(false);
    expect((await ask('toolbarAction', { token: 't', action: 'steal' }, toolbarIn(1))).ok).toBe(
      false,
    );
    expect((await ask('toolbarAction', action, toolbarIn(1))).ok).toBe(true);
    expect(tabCalls).toEqual(['toolbarAction to 1']);
  });
});
