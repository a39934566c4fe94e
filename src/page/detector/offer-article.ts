/**
 * The quiet offer on a page the detector found close to an article but not over the line:
 * one line in the page's corner, "Looks like an article — tidy it?", with a button that runs
 * the article pass (as the popup's "hide clutter" does) and one that closes it. The page is
 * one we leave alone until the reader answers, so it should learn as little as it can: the
 * offer is in a closed shadow root, on a bare `<div>` outside <body> with no attribute, class
 * or text of ours. What the page can still tell, that some element with a shadow root came
 * (docs/security.md), only showing the offer outside the page would hide. It changes nothing
 * else, and goes away when answered or undone. Clicks a page script makes (not `isTrusted`)
 * are ignored.
 */
import { t } from '../../platform/browser-api';

const CSS =
  ':host{all:initial}div{position:fixed;z-index:2147483646;right:12px;bottom:12px;display:flex;gap:8px;align-items:center;' +
  'font:13px/1.4 system-ui,sans-serif;color:#1d2127;background:#fff;border:1px solid #c9d1d9;border-radius:8px;' +
  'box-shadow:0 4px 16px rgba(0,0,0,.18);padding:6px 10px}button{font:inherit;cursor:pointer;border:1px solid #c9d1d9;' +
  'background:transparent;color:inherit;border-radius:5px;padding:1px 8px}';

/** Shows the offer; `accept` runs when the reader takes it. Returns what removes it. */
export function offerArticle(doc: Document, accept: () => void): () => void {
  const host = doc.createElement('div');
  const root = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = CSS;
  const box = doc.createElement('div');
  box.setAttribute('role', 'status');
  box.setAttribute('data-testid', 'article-offer');
  const text = doc.createElement('span');
  text.textContent = t('offerArticle');
  const remove = () => host.remove();
  const button = (label: string, testId: string, then: () => void) => {
    const b = doc.createElement('button');
    b.type = 'button';
    b.textContent = label;
    b.setAttribute('data-testid', testId);
    b.addEventListener('click', (event) => {
      if (!event.isTrusted) return;
      remove();
      then();
    });
    return b;
  };
  box.append(
    text,
    button(t('offerTidy'), 'article-offer-accept', accept),
    button('×', 'article-offer-dismiss', () => undefined),
  );
  box.lastElementChild?.setAttribute('aria-label', t('offerDismiss'));
  root.append(style, box);
  doc.documentElement.appendChild(host);
  return remove;
}
