import { listen } from '../messaging/listen';
import type { BackgroundApi, Handlers } from '../messaging/protocol';
import { browser } from '../platform/browser-api';

const handlers = {
  async ping() {
    return { version: browser.runtime.getManifest().version };
  },
  async openLibrary(request) {
    const hash = request.clippingId ? `#/clipping/${encodeURIComponent(request.clippingId)}` : '';
    await browser.tabs.create({ url: browser.runtime.getURL(`library.html${hash}`) });
    return null;
  },
} satisfies Handlers<BackgroundApi>;

/** Wires the background (Chrome service worker / Firefox event page); listeners register synchronously. */
export function startBackground(): void {
  listen<BackgroundApi>('background', handlers);
}
