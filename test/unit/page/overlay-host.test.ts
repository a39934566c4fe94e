import { afterEach, describe, expect, it } from 'vitest';
import { createOverlayHost } from '../../../src/page/article/overlay-host';
import { showToast } from '../../../src/page/article/toast';

/** Everything a page script can read of our hosts: the DOM, and every open shadow root. */
function whatThePageReads(): string {
  const out = [document.documentElement.outerHTML];
  for (const el of document.querySelectorAll('*'))
    if (el.shadowRoot) out.push(el.shadowRoot.innerHTML);
  return out.join('\n');
}

afterEach(() => {
  document.body.innerHTML = '';
  for (const el of document.querySelectorAll('[data-reader-assistant-ui]')) el.remove();
});

describe('the overlay in the page', () => {
  it("shows a toast (a save's result, the reader's own) where no page script can read it", () => {
    const overlay = createOverlayHost(document);
    const message = 'Saved “Private research: layoffs at ACME” to Reader Assistant';
    showToast(overlay, message);
    expect(overlay.privateRoot().textContent).toContain(message);
    expect(whatThePageReads()).not.toContain('ACME');
    // The host of the closed root is there, empty to the page; both go with remove().
    const hosts = document.querySelectorAll('[data-reader-assistant-ui]');
    expect(hosts).toHaveLength(2);
    expect(Array.from(hosts, (h) => h.shadowRoot === null)).toEqual([false, true]);
    overlay.remove();
    expect(document.querySelectorAll('[data-reader-assistant-ui]')).toHaveLength(0);
  });

  it('makes the closed root only when something of the reader’s is shown', () => {
    const overlay = createOverlayHost(document);
    expect(document.querySelectorAll('[data-reader-assistant-ui]')).toHaveLength(1);
    expect(overlay.privateRoot()).toBe(overlay.privateRoot());
    expect(document.querySelectorAll('[data-reader-assistant-ui]')).toHaveLength(2);
    overlay.remove();
  });
});
