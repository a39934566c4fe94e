// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { OFFER_ATTRIBUTE, offerArticle } from '../../../src/page/offer-article';

vi.mock('../../../src/platform/browser-api', () => ({ t: (key: string) => `«${key}»` }));

const shown = () => document.querySelector(`[${OFFER_ATTRIBUTE}]`);
const part = (testId: string) =>
  shown()?.shadowRoot?.querySelector<HTMLElement>(`[data-testid="${testId}"]`) ?? null;

describe('the offer on a borderline page', () => {
  it('shows one quiet line outside the body, in the reader’s language', () => {
    const remove = offerArticle(document, () => undefined);
    expect(shown()?.parentElement).toBe(document.documentElement);
    expect(part('article-offer')?.textContent).toContain('«offerArticle»');
    expect(part('article-offer-accept')?.textContent).toBe('«offerTidy»');
    expect(part('article-offer')?.getAttribute('role')).toBe('status');
    remove();
    expect(shown()).toBeNull();
  });

  it('ignores clicks a page script makes: only the reader can take or close it', () => {
    const accept = vi.fn();
    const remove = offerArticle(document, accept);
    part('article-offer-accept')?.click();
    part('article-offer-dismiss')?.click();
    expect(accept).not.toHaveBeenCalled();
    expect(shown()).not.toBeNull();
    remove();
  });
});
