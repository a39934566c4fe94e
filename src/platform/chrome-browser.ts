import type { Browser, Runtime } from 'webextension-polyfill';

/**
 * The few promise-based calls the detector (`src/entries/content.ts`) makes, over Chrome's own
 * `chrome`: it stands in for webextension-polyfill in the Chrome build of that one script (an
 * alias in scripts/vite-plugin-article-module.ts), the script every page loads once detection
 * is on. The polyfill is 3.7 KB of its gzipped size, nearly half, to wrap a hundred APIs the
 * detector never calls; the detector's budget is 8 KB. It keeps the polyfill's contract where
 * the detector relies on it, so the background (which keeps the real polyfill) sees no difference:
 * `sendMessage` rejects on `runtime.lastError` and resolves `undefined` when nobody answered; an
 * `onMessage` listener may answer with a promise, and a rejection travels as the polyfill's
 * marker, which its `tabs.sendMessage` turns back into a rejection. `test/unit/build/
 * chrome-stand-in.test.ts` checks the detector calls nothing else.
 */

/** What the stand-in offers: the detector's share of the polyfill's `browser`, same signatures. */
export interface ChromeStandIn {
  runtime: {
    readonly id: string;
    getURL(path: string): string;
    connect(info?: Runtime.ConnectConnectInfoType): Runtime.Port;
    sendMessage(message: unknown): Promise<unknown>;
    onMessage: { addListener(listener: Listener): void; removeListener(listener: Listener): void };
  };
  i18n: { getMessage(key: string, substitutions?: string | string[]): string };
}

type SendResponse = (response: unknown) => void;
type ChromeListener = (
  message: unknown,
  sender: Runtime.MessageSender,
  send: SendResponse,
) => boolean;

/** The callback-style `chrome` calls the stand-in goes through (Chrome's own, or a test's fake). */
export interface ChromeApi {
  runtime: {
    readonly id: string | undefined;
    readonly lastError?: { message?: string } | undefined;
    getURL(path: string): string;
    connect(info?: Runtime.ConnectConnectInfoType): Runtime.Port;
    sendMessage(message: unknown, callback: (reply: unknown) => void): void;
    onMessage: {
      addListener(listener: ChromeListener): void;
      removeListener(listener: ChromeListener): void;
    };
  };
  i18n: { getMessage(key: string, substitutions?: string | string[]): string };
}

/** Chrome's words when no listener answered: the polyfill (and Firefox) resolve `undefined`. */
const NO_RESPONSE = 'The message port closed before a response was received.';
/** How the polyfill carries a listener's rejection through a reply. */
const REJECT_MARK = '__mozWebExtensionPolyfillReject__';

interface RejectReply {
  [REJECT_MARK]: true;
  message: string;
}

const isRejectReply = (reply: unknown): reply is RejectReply =>
  typeof reply === 'object' && reply !== null && (reply as RejectReply)[REJECT_MARK] === true;

const isThenable = (value: unknown): value is PromiseLike<unknown> =>
  (typeof value === 'object' || typeof value === 'function') &&
  value !== null &&
  typeof (value as PromiseLike<unknown>).then === 'function';

type Listener = (
  message: unknown,
  sender: Runtime.MessageSender,
  sendResponse: SendResponse,
) => unknown;

/** The stand-in over `chrome`, which it only reads at each call (a test passes a fake). */
export function chromeBrowser(chrome: ChromeApi): ChromeStandIn {
  const wrappers = new WeakMap<Listener, ChromeListener>();
  const wrapperOf = (listener: Listener): ChromeListener => {
    let wrapper = wrappers.get(listener);
    if (!wrapper) {
      wrapper = (message, sender, send) => {
        let result: unknown;
        try {
          result = listener(message, sender, send);
        } catch (thrown) {
          result = Promise.reject(thrown);
        }
        // `true`: the listener calls sendResponse itself; anything else but a promise: no answer.
        if (result === true) return true;
        if (!isThenable(result)) return false;
        result.then(send, (thrown: unknown) =>
          send({
            [REJECT_MARK]: true,
            message: thrown instanceof Error ? thrown.message : 'An unexpected error occurred',
          } satisfies RejectReply),
        );
        return true;
      };
      wrappers.set(listener, wrapper);
    }
    return wrapper;
  };
  return {
    runtime: {
      // Read each time: it is gone once the extension is reloaded under the page.
      get id() {
        return chrome.runtime.id as string;
      },
      getURL: (path) => chrome.runtime.getURL(path),
      connect: (info) => chrome.runtime.connect(info),
      sendMessage: (message: unknown) =>
        new Promise<unknown>((resolve, reject) => {
          chrome.runtime.sendMessage(message, (reply) => {
            const error = chrome.runtime.lastError;
            if (error) {
              if (error.message === NO_RESPONSE) resolve(undefined);
              else reject(new Error(error.message));
            } else if (isRejectReply(reply)) reject(new Error(reply.message));
            else resolve(reply);
          });
        }),
      onMessage: {
        addListener: (listener: Listener) =>
          chrome.runtime.onMessage.addListener(wrapperOf(listener)),
        removeListener: (listener: Listener) =>
          chrome.runtime.onMessage.removeListener(wrapperOf(listener)),
      },
    },
    i18n: {
      getMessage: (key, substitutions) => chrome.i18n.getMessage(key, substitutions),
    },
  };
}

// What the alias hands the detector's modules in place of the polyfill's `browser`: typed as
// the whole of it because they import it as such; the test above holds them to this share.
const browser = chromeBrowser(
  (globalThis as unknown as { chrome: ChromeApi }).chrome,
) as unknown as Browser;
export default browser;
