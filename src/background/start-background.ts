import { listen } from '../messaging/listen';
import { PAGE_PORT, type BackgroundApi, type Handlers } from '../messaging/protocol';
import { browser } from '../platform/browser-api';
import { annotationHandlers } from './annotation-handlers';
import { registerMenusAndCommands } from './menus-and-commands';
import { saveClippingFromTab } from './save-clipping';
import { INJECTED_FILES, isInjectedName } from '../model/injected-names';
import { ARTICLE_MODULE_FILE, PAGE_CSS_FILE } from './article-module-file';
import { syncDetectorRegistration, watchHostAccess } from './detector-registration';
import { openWelcomeOnInstall } from './onboarding';
import { prepareTab } from './prepare-tab';
import { planInExtension } from './plan-in-extension';
import { requireExtensionPage, tabFor } from './sender-scope';

/** Larger pages are planned in the page by the one-pass finder; no copy is worth this much. */
const MAX_PLAN_HTML_CHARS = 32 * 1024 * 1024;

export const backgroundHandlers = {
  async ping() {
    return { version: browser.runtime.getManifest().version };
  },
  async injectArticleModule(_request, sender) {
    if (sender.tabId === null) throw new Error('Only a page can ask for the article module.');
    const target = { tabId: sender.tabId, frameIds: [sender.frameId ?? 0] };
    // Inserted CSS is removed by the browser with the extension, so a page we changed looks
    // as it was again even where our script cannot run any more. Author origin: Chromium does
    // not paint ::highlight() backgrounds from a user-origin sheet (seen in Chromium 156).
    // Only now, on a page taken in hand: a page we leave alone never has it (docs/security.md).
    const cssInserted = await browser.scripting
      .insertCSS({ target, files: [PAGE_CSS_FILE], origin: 'AUTHOR' })
      .then(() => true)
      .catch(() => false);
    await browser.scripting.executeScript({ target, files: [ARTICLE_MODULE_FILE] });
    return { cssInserted };
  },
  async injectScript(request, sender) {
    if (sender.tabId === null) throw new Error('Only a page can ask for a script.');
    if (!isInjectedName(request.script)) throw new Error('No such script.');
    const target = { tabId: sender.tabId, frameIds: [sender.frameId ?? 0] };
    await browser.scripting.executeScript({ target, files: [INJECTED_FILES[request.script]] });
    return null;
  },
  async planArticle(request, sender) {
    if (sender.tabId === null) throw new Error('Only a page can ask for its plan.');
    if (typeof request.html !== 'string') throw new Error('No page HTML to plan.');
    if (request.html.length > MAX_PLAN_HTML_CHARS)
      throw new Error('The page is too large to copy.');
    return planInExtension(request.html);
  },
  async openLibrary(request) {
    const hash = request.clippingId ? `#clipping=${encodeURIComponent(request.clippingId)}` : '';
    await browser.tabs.create({ url: browser.runtime.getURL(`library.html${hash}`) });
    return null;
  },
  async prepareTab(request, sender) {
    // The popup puts the detector into the tab it was opened over; a page has no business here.
    requireExtensionPage(sender);
    const prepared = await prepareTab(tabFor(sender, request.tabId));
    if (!prepared.ok) throw new Error(prepared.error);
    return null;
  },
  async syncDetection() {
    return syncDetectorRegistration();
  },
  async saveClipping(request, sender) {
    const tabId = tabFor(sender, request.tabId);
    const tags = Array.isArray(request.tags)
      ? request.tags.filter((t): t is string => typeof t === 'string')
      : [];
    const note = typeof request.note === 'string' ? request.note : '';
    const result = await saveClippingFromTab(tabId, { tags, note });
    if (!result.ok) throw new Error(result.error);
    return result.value;
  },
  ...annotationHandlers,
} satisfies Handlers<BackgroundApi>;

/** Wires the background (Chrome service worker / Firefox event page); listeners register synchronously. */
export function startBackground(): void {
  listen<BackgroundApi>('background', backgroundHandlers);
  // Pages hold a port open so they notice when the extension is reloaded under them; there is
  // nothing to say on it, accepting it is enough.
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== PAGE_PORT) port.disconnect();
  });
  registerMenusAndCommands();
  watchHostAccess();
  openWelcomeOnInstall();
}
