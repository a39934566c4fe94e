// @vitest-environment node
// Node: happy-dom's Blob does not survive fake-indexeddb (stored images come back empty).
import { describe, expect, it, vi } from 'vitest';
import type { ClippingDraft } from '../../../src/model/clipping-draft';

type Listener = (...args: unknown[]) => unknown;
const listeners: Record<string, Listener[]> = { installed: [], clicked: [], command: [] };
const menus: { id: string; title: string; contexts: string[] }[] = [];
const sent: { tabId: number; type: string; request: unknown }[] = [];
/** Everything the background did to tabs, in order: detector injections and messages. */
const tabCalls: string[] = [];

const draft: ClippingDraft = {
  url: 'https://congthuong.vn/lai-chau.html?utm_source=zalo',
  canonicalUrl: 'https://congthuong.vn/lai-chau.html',
  metadata: {
    title: 'Ngành Công Thương Lai Châu',
    byline: 'Hải Linh',
    authors: ['Hải Linh'],
    siteName: 'Báo Công Thương',
    publishedTime: '2020-05-12T08:30:00+07:00',
    modifiedTime: null,
    canonicalUrl: 'https://congthuong.vn/lai-chau.html',
    lang: 'vi',
    description: null,
    doi: null,
  },
  html: '<p>Giá trị đạt 202,6 tỷ đồng</p><img src="ra-image:img-1">',
  text: 'Giá trị đạt 202,6 tỷ đồng',
  figures: [
    { text: '202,6 tỷ đồng', kind: 'money', value: 202.6e9, currency: 'VND', start: 12, end: 25 },
  ],
  projects: [],
  wholePage: false,
  images: [
    {
      ref: 'img-1',
      url: 'https://congthuong.vn/a.png',
      dataUrl: 'data:image/png;base64,iVBORw0KGgo=',
    },
    {
      ref: 'img-2',
      url: 'https://cdn.example/b.jpg',
      dataUrl: null,
      problem: 'refused by the site (CORS)',
    },
  ],
};

// The WebExtension API, faked at the one module that reaches it.
vi.mock('../../../src/platform/browser-api', () => ({
  TARGET_BROWSER: 'chrome',
  t: (key: string, subs?: string | string[]) => `${key}:${[subs ?? []].flat().join(',')}`,
  browser: {
    runtime: { onInstalled: { addListener: (f: Listener) => listeners.installed?.push(f) } },
    contextMenus: {
      removeAll: async () => void menus.splice(0),
      create: (item: { id: string; title: string; contexts: string[] }) => void menus.push(item),
      onClicked: { addListener: (f: Listener) => listeners.clicked?.push(f) },
    },
    commands: { onCommand: { addListener: (f: Listener) => listeners.command?.push(f) } },
    scripting: {
      executeScript: async ({ target, files }: { target: { tabId: number }; files: string[] }) =>
        void tabCalls.push(`inject ${files.join()} into ${target.tabId}`),
    },
    tabs: {
      query: async () => [{ id: 7 }],
      sendMessage: async (tabId: number, envelope: { type: string; request: unknown }) => {
        tabCalls.push(`${envelope.type} to ${tabId}`);
        sent.push({ tabId, type: envelope.type, request: envelope.request });
        if (envelope.type === 'getClippingDraft') return { ok: true, value: draft };
        return { ok: true, value: null };
      },
    },
  },
}));

const { registerMenusAndCommands } = await import('../../../src/background/menus-and-commands');
const { openReaderDb } = await import('../../../src/store/open-db');
const settle = () => new Promise((r) => setTimeout(r, 50));

describe('context menu and keyboard commands', () => {
  registerMenusAndCommands();

  it('creates the two menu entries once installed', async () => {
    for (const f of listeners.installed ?? []) f();
    await settle();
    expect(menus.map((m) => [m.id, m.title])).toEqual([
      ['ra-save-page', 'menuSavePage:'],
      ['ra-highlight-selection', 'menuHighlightSelection:'],
    ]);
  });

  it('"Save page" saves the tab\'s article with its images and tells the page', async () => {
    for (const f of listeners.clicked ?? []) f({ menuItemId: 'ra-save-page' }, { id: 7 });
    await vi.waitFor(() => expect(sent.some((m) => m.type === 'showToast')).toBe(true));
    // Without host access the detector is not in the tab yet: the click (activeTab) puts it there first.
    expect(tabCalls.slice(0, 2)).toEqual(['inject detector.js into 7', 'getClippingDraft to 7']);
    expect(sent.find((m) => m.type === 'showToast')?.request).toEqual({
      message: 'toastSaved:Ngành Công Thương Lai Châu',
    });
    const db = await openReaderDb();
    const clippings = await db.getAll('clippings');
    expect(clippings.map((c) => [c.canonicalKey, c.figures.length, c.missingImages])).toEqual([
      ['https://congthuong.vn/lai-chau.html', 1, ['https://cdn.example/b.jpg']],
    ]);
    expect((await db.getAll('images')).map((i) => [i.id, i.blob.size > 0])).toEqual([
      ['img-1', true],
    ]);
    db.close();
  });

  it('the save shortcut saves the active tab again without a duplicate', async () => {
    sent.splice(0);
    for (const f of listeners.command ?? []) f('save-clipping');
    await vi.waitFor(() => expect(sent.some((m) => m.type === 'showToast')).toBe(true));
    const db = await openReaderDb();
    expect(await db.count('clippings')).toBe(1);
    db.close();
  });

  it('"Highlight selection" asks the page to highlight, and the reader shortcut toggles the reader view', async () => {
    sent.splice(0);
    tabCalls.splice(0);
    for (const f of listeners.clicked ?? []) f({ menuItemId: 'ra-highlight-selection' }, { id: 7 });
    for (const f of listeners.command ?? []) f('toggle-reader-view');
    await vi.waitFor(() => expect(sent.length).toBe(2));
    expect(sent.map((m) => [m.tabId, m.type, m.request])).toEqual([
      [7, 'highlightSelection', { color: 'yellow' }],
      [7, 'toggleReaderView', null],
    ]);
    expect(tabCalls.filter((c) => c.startsWith('inject'))).toHaveLength(2);
    await settle();
  });

  it('the highlight shortcut highlights with the toolbar to follow, and says when nothing is selected', async () => {
    sent.splice(0);
    tabCalls.splice(0);
    // The fake page answers null: nothing was selected.
    for (const f of listeners.command ?? []) f('highlight-selection');
    await vi.waitFor(() => expect(sent.length).toBe(2));
    expect(sent.map((m) => [m.tabId, m.type, m.request])).toEqual([
      [7, 'highlightSelection', { color: 'yellow', keyboard: true }],
      [7, 'showToast', { message: 'highlightNeedsSelection:' }],
    ]);
    expect(tabCalls[0]).toBe('inject detector.js into 7');
  });

  it('the manifest binds the highlight shortcut to Alt+Shift+H, a fourth at most (Chrome allows four)', async () => {
    const { readFileSync } = await import('node:fs');
    const manifest = JSON.parse(readFileSync('manifest.json', 'utf8')) as {
      commands: Record<string, { suggested_key?: { default: string }; description: string }>;
    };
    expect(manifest.commands['highlight-selection']).toEqual({
      suggested_key: { default: 'Alt+Shift+H' },
      description: '__MSG_commandHighlight__',
    });
    const bound = Object.values(manifest.commands).filter((c) => c.suggested_key);
    expect(bound.length).toBeLessThanOrEqual(4);
  });
});
