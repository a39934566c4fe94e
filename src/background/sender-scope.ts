import { canonicalKey, registrableDomain } from '../shared/canonical-key';
import type { MessageSenderInfo } from '../messaging/protocol';

/**
 * A content script speaks for a web page, and a page (or a compromised renderer) may drive it:
 * whatever it names — a tab, a URL, a page's key — is taken from what the browser reports
 * about the sender instead. Our own extension pages may name a tab (the popup acts on the tab
 * it was opened over).
 */

/** The tab a message acts on: the sender's own for a content script; refused if it names another. */
export function tabFor(sender: MessageSenderInfo, named: unknown): number {
  if (sender.fromExtension) {
    const tabId = Number(named);
    if (!Number.isInteger(tabId) || tabId < 0) throw new Error('No such tab.');
    return tabId;
  }
  if (sender.tabId === null) throw new Error('Only a page in a tab can ask this.');
  if (named !== undefined && named !== null && Number(named) !== sender.tabId)
    throw new Error('A page may act on its own tab only.');
  return sender.tabId;
}

/** Refuses a message only our own pages may send. */
export function requireExtensionPage(sender: MessageSenderInfo): void {
  if (!sender.fromExtension) throw new Error('Only the extension may ask this.');
}

/** The page a content script runs in, as the browser reports it. */
export function senderPageUrl(sender: MessageSenderInfo): string {
  if (sender.fromExtension || sender.url === null || sender.tabId === null)
    throw new Error('Only a page can ask for its highlights.');
  return sender.url;
}

/** The site (registrable domain by the Public Suffix List) of a URL or key; null if none. */
function siteOf(url: string): string | null {
  try {
    const u = new URL(url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    return registrableDomain(u.hostname);
  } catch {
    return null;
  }
}

/**
 * Whether a page at `pageUrl` may read or write highlights kept under `key`: the keys a page
 * can have are its own URL's, or a same-site canonical's (see canonicalKey), so the key's
 * site must be the page's. A page that is not on the web (a file) has its own key only.
 */
export function keyBelongsToPage(key: string, pageUrl: string): boolean {
  const site = siteOf(pageUrl);
  if (site === null) return key === canonicalKey(pageUrl);
  return siteOf(key) === site;
}
