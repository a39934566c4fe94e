import { browser } from '../platform/browser-api';
import { envelope } from './envelope';
import type {
  BackgroundApi,
  ContentScriptApi,
  OffscreenApi,
  Reply,
  RequestOf,
  ResponseOf,
} from './protocol';
import { err, messageOf } from '../shared/result';

function isReply(value: unknown): value is Reply<unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { ok: unknown }).ok === 'boolean'
  );
}

/** Asks the content script of a tab; a tab without our script gives an error value, not a throw. */
export async function sendToTab<K extends keyof ContentScriptApi>(
  tabId: number,
  type: K,
  request: RequestOf<ContentScriptApi, K>,
): Promise<Reply<ResponseOf<ContentScriptApi, K>>> {
  try {
    const reply: unknown = await browser.tabs.sendMessage(
      tabId,
      envelope('content', type, request),
    );
    if (isReply(reply)) return reply as Reply<ResponseOf<ContentScriptApi, K>>;
    return err('No answer from the page (the content script is not running there).');
  } catch (thrown) {
    return err(messageOf(thrown));
  }
}

/**
 * Sends to an extension context through the runtime (the background, the offscreen document)
 * and names who stayed silent when no reply came.
 */
async function askRuntime(message: unknown, silent: string): Promise<Reply<unknown>> {
  try {
    const reply: unknown = await browser.runtime.sendMessage(message);
    return isReply(reply) ? reply : err(`No answer from ${silent}.`);
  } catch (thrown) {
    return err(messageOf(thrown));
  }
}

/** Asks the background. */
export async function sendToBackground<K extends keyof BackgroundApi>(
  type: K,
  request: RequestOf<BackgroundApi, K>,
): Promise<Reply<ResponseOf<BackgroundApi, K>>> {
  const reply = await askRuntime(envelope('background', type, request), 'the background');
  return reply as Reply<ResponseOf<BackgroundApi, K>>;
}

/** Asks the offscreen document (Chrome); only the background does. */
export async function sendToOffscreen<K extends keyof OffscreenApi>(
  type: K,
  request: RequestOf<OffscreenApi, K>,
): Promise<Reply<ResponseOf<OffscreenApi, K>>> {
  const reply = await askRuntime(envelope('offscreen', type, request), 'the offscreen document');
  return reply as Reply<ResponseOf<OffscreenApi, K>>;
}
