import { browser, type Runtime } from '../platform/browser-api';
import { isEnvelope } from './envelope';
import type { Envelope, Handlers, MessageSenderInfo, Reply } from './protocol';
import { err, messageOf, ok } from '../shared/result';

/**
 * Our own pages are served from the extension's origin; a content script's sender URL is the
 * web page's. (A dynamic web-accessible URL in Chrome has another host than the static one,
 * but the scheme is the extension's all the same, and no web page can have it.)
 */
function isExtensionUrl(url: string | undefined): boolean {
  if (url === undefined) return false;
  const own = new URL(browser.runtime.getURL('')).protocol;
  return url.startsWith(own);
}

/**
 * Dispatches our envelopes addressed to `to` to a typed handler map and answers with a
 * `Result`. Messages from anyone but this extension are ignored.
 * Returns a function that removes the listener.
 */
export function listen<A>(to: Envelope['to'], handlers: Handlers<A>): () => void {
  const listener = (
    message: unknown,
    sender: Runtime.MessageSender,
  ): Promise<Reply<unknown>> | undefined => {
    if (sender.id !== browser.runtime.id) return undefined;
    if (!isEnvelope(message, to)) return undefined;
    if (!Object.prototype.hasOwnProperty.call(handlers, message.type)) {
      return Promise.resolve(err(`Unknown message type: ${message.type}`));
    }
    const handler = handlers[message.type as keyof A] as (
      request: unknown,
      sender: MessageSenderInfo,
    ) => Promise<unknown>;
    const info: MessageSenderInfo = {
      tabId: sender.tab?.id ?? null,
      frameId: sender.frameId ?? null,
      url: sender.url ?? null,
      fromExtension: isExtensionUrl(sender.url),
    };
    return handler(message.request, info).then(
      (value) => ok(value),
      (thrown: unknown) => err(messageOf(thrown)),
    );
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
