import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import type { ArticleVerdict } from '../../../src/model/verdict';
import type { PageState } from '../../../src/model/page-state';
import { seedPageState } from './seed-page-state';

const state: { verdict: ArticleVerdict; clutterHidden: boolean } = {
  verdict: seedPageState.verdict,
  clutterHidden: false,
};
const sent: Array<{ type: string; request: unknown }> = [];

vi.mock(
  '../../../src/platform/browser-api',
  async () => (await import('./browser-api-mock')).browserApiMock,
);
vi.mock('../../../src/messaging/send', () => ({
  sendToBackground: async (type: string) =>
    type === 'getDetection'
      ? { ok: true, value: { mode: 'automatic', registeredFor: [] } }
      : { ok: true, value: null },
  sendToTab: async (_tab: number, type: string, request: unknown) => {
    sent.push({ type, request });
    if (type === 'setClutterHidden') state.clutterHidden = true;
    return type === 'getPageState' || type === 'setClutterHidden'
      ? { ok: true, value: pageState() }
      : { ok: false };
  },
}));
const { PopupApp } = await import('../../../src/ui/popup/popup-app');

function pageState(): PageState {
  return { ...seedPageState, verdict: state.verdict, clutterHidden: state.clutterHidden };
}

async function renderPopup(): Promise<HTMLElement> {
  history.replaceState(null, '', '?tab=7');
  const root = document.createElement('div');
  document.body.append(root);
  render(<PopupApp />, root);
  await vi.waitFor(() => expect(root.querySelector('[data-testid="page-title"]')).not.toBeNull());
  return root;
}

const borderline: ArticleVerdict = {
  isArticle: false,
  confidence: 0.6,
  reasons: ['one block of 4 paragraphs of prose'],
  score: 0.4,
  borderline: true,
};

describe('the popup on a borderline page', () => {
  it('offers the article view, and taking it hides the clutter as the toggle would', async () => {
    state.verdict = borderline;
    state.clutterHidden = false;
    const root = await renderPopup();
    const offer = root.querySelector('[data-testid="popup-article-offer"]');
    expect(offer?.textContent).toContain('statusBorderline');
    root.querySelector<HTMLButtonElement>('[data-testid="popup-article-offer-accept"]')?.click();
    await vi.waitFor(() =>
      expect(sent).toContainEqual({ type: 'setClutterHidden', request: { hidden: true } }),
    );
    // Taken: the page is tidied, the offer goes.
    await vi.waitFor(() =>
      expect(root.querySelector('[data-testid="popup-article-offer"]')).toBeNull(),
    );
  });

  it('makes no offer on an article, nor on a page far from one', async () => {
    state.clutterHidden = false;
    for (const verdict of [
      seedPageState.verdict,
      { ...borderline, score: 0.05, borderline: false },
    ]) {
      state.verdict = verdict;
      const root = await renderPopup();
      expect(root.querySelector('[data-testid="popup-article-offer"]')).toBeNull();
      root.remove();
    }
  });
});
