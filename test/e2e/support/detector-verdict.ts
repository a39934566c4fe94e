/**
 * How our own pages and the benches learn what the detector found on a page: a page we leave
 * alone carries no mark of ours (docs/security.md), so an extension page asks every tab's
 * detector (`getStatus`) and picks the answer of the tab showing the address.
 */
import { CHANNEL } from '../../../src/messaging/protocol';

export type DetectorVerdict = 'article' | 'not-article';

/** What `askDetectors` is called with in the extension page. */
export interface AskArgs {
  u: string;
  channel: string;
}

interface TabsApi {
  tabs: {
    query(q: object): Promise<{ id?: number }[]>;
    sendMessage(id: number, message: unknown): Promise<unknown>;
  };
}

/**
 * Runs IN an extension page (passed to `evaluate`): the verdict of the tab showing `u`, or null
 * while it is pending or no tab answers. No named inner functions: the benches run under tsx,
 * whose `__name` helper would be serialised into the page with them and not be found there.
 */
export const askDetectors = async ({ u, channel }: AskArgs): Promise<string | null> => {
  const g = globalThis as unknown as { browser?: TabsApi; chrome?: TabsApi };
  const api = (g.browser ?? g.chrome) as TabsApi;
  for (const tab of await api.tabs.query({})) {
    if (tab.id === undefined) continue;
    const reply = (await api.tabs
      .sendMessage(tab.id, { channel, to: 'content', type: 'getStatus', request: null })
      .catch(() => null)) as { ok?: boolean; value?: { url: string; verdict: string } } | null;
    if (reply?.ok && reply.value?.url === u && reply.value.verdict !== 'pending')
      return reply.value.verdict;
  }
  return null;
};

/** The arguments of `askDetectors` for the page at `url`. */
export const askArgs = (url: string): AskArgs => ({ u: url, channel: CHANNEL });

/** The answer as a verdict, or null (pending, no tab, or something else). */
export const asVerdict = (found: unknown): DetectorVerdict | null =>
  found === 'article' || found === 'not-article' ? found : null;

/** Asks (`ask`: one round of `askDetectors`) every `intervalMs` until a verdict or the timeout. */
export async function pollVerdict(
  ask: () => Promise<unknown>,
  url: string,
  timeoutMs = 15000,
  intervalMs = 100,
): Promise<DetectorVerdict> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = asVerdict(await ask());
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`No verdict for ${url}`);
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}
