import { sendToTab } from '../messaging/send';
import { browser, t } from '../platform/browser-api';
import { prepareTab } from './prepare-tab';
import { saveClippingFromTab } from './save-clipping';

const MENU_SAVE = 'ra-save-page';
const MENU_HIGHLIGHT = 'ra-highlight-selection';

async function savePage(tabId: number): Promise<void> {
  await prepareTab(tabId);
  const result = await saveClippingFromTab(tabId);
  const message = result.ok ? t('toastSaved', result.value.title) : t('saveFailed', result.error);
  await sendToTab(tabId, 'showToast', { message });
}

/**
 * Highlights the selection in a tab. From the keyboard the toolbar then opens over the new
 * highlight with focus in it (colour, note, delete without the mouse); with nothing usable
 * selected the page says so, as a key press otherwise does nothing visible.
 */
async function highlightInTab(tabId: number, keyboard: boolean): Promise<void> {
  await prepareTab(tabId);
  const reply = await sendToTab(tabId, 'highlightSelection', {
    color: 'yellow',
    ...(keyboard ? { keyboard } : {}),
  });
  if (keyboard && reply.ok && !reply.value)
    await sendToTab(tabId, 'showToast', { message: t('highlightNeedsSelection') });
}

async function activeTabId(): Promise<number | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

/**
 * Context-menu entries and keyboard commands. Listeners are added synchronously at start-up
 * (an MV3 background may be woken by the event itself); the menu items are created once per
 * install, as the menus API keeps them across restarts.
 */
export function registerMenusAndCommands(): void {
  browser.runtime.onInstalled.addListener(() => {
    void browser.contextMenus.removeAll().then(() => {
      browser.contextMenus.create({
        id: MENU_SAVE,
        title: t('menuSavePage'),
        contexts: ['page', 'selection', 'image'],
      });
      browser.contextMenus.create({
        id: MENU_HIGHLIGHT,
        title: t('menuHighlightSelection'),
        contexts: ['selection'],
      });
    });
  });
  // Each of these grants `activeTab`: the detector is put into the tab first (a no-op where it
  // already runs), so they work without host access too.
  browser.contextMenus.onClicked.addListener((info, tab) => {
    const tabId = tab?.id;
    if (tabId === undefined) return;
    if (info.menuItemId === MENU_SAVE) void savePage(tabId);
    if (info.menuItemId === MENU_HIGHLIGHT) void highlightInTab(tabId, false);
  });
  browser.commands.onCommand.addListener((command) => {
    void activeTabId().then(async (tabId) => {
      if (tabId === null) return;
      if (command === 'save-clipping') await savePage(tabId);
      if (command === 'highlight-selection') await highlightInTab(tabId, true);
      if (command === 'toggle-reader-view') {
        await prepareTab(tabId);
        await sendToTab(tabId, 'toggleReaderView', null);
      }
    });
  });
}
