// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { offerArticle } from '../../../src/page/detector/offer-article';

vi.mock('../../../src/platform/browser-api', () => ({ t: (key: string) => `«${key}»` }));

/**
 * The offer's root is closed: a test reaches it as a page script could only by catching it at
 * `attachShadow` (which our content script, in its own world, never lets a page do).
 */
let root: ShadowRoot | null = null;
const attach = Element.prototype.attachShadow;
function catchRoots() {
  vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (
    this: Element,
    init: ShadowRootInit,
  ) {
    root = attach.call(this, init);
    return root;
  });
}
const shown = () => (root?.host.isConnected ? root.host : null);
const part = (testId: string) =>
  root?.querySelector<HTMLElement>(`[data-testid="${testId}"]`) ?? null;

afterEach(() => {
  vi.restoreAllMocks();
  root = null;
});

describe('the offer on a borderline page', () => {
  it('shows one quiet line outside the body, in the reader’s language', () => {
    catchRoots();
    const remove = offerArticle(document, () => undefined);
    expect(shown()?.parentElement).toBe(document.documentElement);
    expect(part('article-offer')?.textContent).toContain('«offerArticle»');
    expect(part('article-offer-accept')?.textContent).toBe('«offerTidy»');
    expect(part('article-offer')?.getAttribute('role')).toBe('status');
    remove();
    expect(shown()).toBeNull();
  });

  it('gives the page nothing to read: a bare element whose root is closed', () => {
    const remove = offerArticle(document, () => undefined);
    const host = document.documentElement.lastElementChild as Element;
    expect(host.tagName).toBe('DIV');
    expect(host.getAttributeNames()).toEqual([]);
    expect(host.shadowRoot).toBeNull();
    expect(document.documentElement.outerHTML).not.toMatch(/offer|reader-assistant/i);
    remove();
    expect(document.documentElement.lastElementChild).toBe(document.body);
  });

  it('ignores clicks a page script makes: only the reader can take or close it', () => {
    catchRoots();
    const accept = vi.fn();
    const remove = offerArticle(document, accept);
    part('article-offer-accept')?.click();
    part('article-offer-dismiss')?.click();
    expect(accept).not.toHaveBeenCalled();
    expect(shown()).not.toBeNull();
    remove();
  });
});
