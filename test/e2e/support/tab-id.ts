import type { ExtensionBrowser, TestPage } from './extension-browser';
import { CHANNEL } from '../../../src/messaging/protocol';

interface TabsApi {
  tabs: {
    query(q: object): Promise<{ id?: number }[]>;
    sendMessage(id: number, message: unknown): Promise<unknown>;
  };
}

/**
 * The tab id of the tab showing `url`. Without the `tabs` permission an extension page cannot
 * read other tabs' URLs, so ask each tab's content script through our own protocol instead.
 */
export async function tabIdOf(
  browser: ExtensionBrowser,
  extPage: TestPage,
  url: string,
): Promise<number> {
  await extPage.goto(browser.extensionUrl('library.html'));
  const id = await extPage.evaluate(
    async ({ u, channel }) => {
      const g = globalThis as unknown as { browser?: TabsApi; chrome?: TabsApi };
      const api = (g.browser ?? g.chrome) as TabsApi;
      for (const tab of await api.tabs.query({})) {
        if (tab.id === undefined) continue;
        const reply = (await api.tabs
          .sendMessage(tab.id, { channel, to: 'content', type: 'getPageState', request: null })
          .catch(() => null)) as { ok?: boolean; value?: { url?: string } } | null;
        if (reply?.ok && reply.value?.url === u) return tab.id;
      }
      return -1;
    },
    { u: url, channel: CHANNEL },
  );
  if (id < 0) throw new Error(`No tab shows ${url}`);
  return id;
}

/** Sends one of our protocol messages to a tab's content script from an extension page. */
export async function sendToContent<T>(
  extPage: TestPage,
  tabId: number,
  type: string,
  request: unknown,
): Promise<T> {
  const reply = await extPage.evaluate(
    async ({ id, type, request, channel }) => {
      const g = globalThis as unknown as { browser?: TabsApi; chrome?: TabsApi };
      const api = (g.browser ?? g.chrome) as TabsApi;
      return (await api.tabs.sendMessage(id, { channel, to: 'content', type, request })) as {
        ok: boolean;
        value?: unknown;
        error?: string;
      };
    },
    { id: tabId, type, request, channel: CHANNEL },
  );
  if (!reply.ok) throw new Error(`${type} failed: ${reply.error ?? 'no reply'}`);
  return reply.value as T;
}
