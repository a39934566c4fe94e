import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import type { SaveOutcome } from '../../../src/model/save-outcome';
import { seedPageState } from './seed-page-state';

const outcome: SaveOutcome = {
  clippingId: 'c1',
  title: 'Tariffs',
  updated: false,
  imagesKept: 0,
  imagesMissing: [],
  wholePage: false,
};

vi.mock(
  '../../../src/platform/browser-api',
  async () => (await import('./browser-api-mock')).browserApiMock,
);
vi.mock('../../../src/messaging/send', () => ({
  sendToBackground: async (type: string) => {
    if (type === 'getDetection')
      return { ok: true, value: { mode: 'automatic', registeredFor: [] } };
    if (type === 'saveClipping') return { ok: true, value: outcome };
    return { ok: true, value: [] };
  },
  sendToTab: async (_tab: number, type: string) =>
    type === 'getPageState' ? { ok: true, value: seedPageState } : { ok: false },
}));
const { PopupApp } = await import('../../../src/ui/popup/popup-app');

async function saveFromPopup(): Promise<HTMLElement> {
  history.replaceState(null, '', '?tab=7');
  const root = document.createElement('div');
  document.body.append(root);
  render(<PopupApp />, root);
  await vi.waitFor(() =>
    expect(root.querySelector('[data-testid="save-clipping"]')).not.toBeNull(),
  );
  (root.querySelector('[data-testid="save-clipping"]') as HTMLButtonElement).click();
  await vi.waitFor(() =>
    expect(root.querySelector('[data-testid="save-status"]')?.textContent).toContain('saved'),
  );
  return root;
}

describe('the popup after a save', () => {
  it('says when the whole page was saved because no article was found', async () => {
    outcome.wholePage = true;
    const root = await saveFromPopup();
    expect(root.querySelector('[data-testid="saved-whole-page"]')?.textContent).toBe(
      ' savedWholePage',
    );
  });

  it('says nothing of the kind for an article', async () => {
    outcome.wholePage = false;
    const root = await saveFromPopup();
    expect(root.querySelector('[data-testid="saved-whole-page"]')).toBeNull();
  });
});

describe('the popup on a page already in the library', () => {
  it('says since when, links to the clipping, and offers to update it instead of saving anew', async () => {
    const { openReaderDb } = await import('../../../src/store/open-db');
    const { saveClipping } = await import('../../../src/store/clippings-repository');
    const { canonicalKey } = await import('../../../src/shared/canonical-key');
    const { makeClipping } = await import('../library/library-fixtures');
    const savedAt = Date.UTC(2026, 11, 1, 9);
    const db = await openReaderDb();
    await saveClipping(db, {
      clipping: makeClipping('seed-clip', {
        url: seedPageState.url,
        canonicalKey: canonicalKey(seedPageState.url, seedPageState.metadata.canonicalUrl),
        savedAt,
      }),
      images: [],
      annotations: [],
    });
    db.close();

    history.replaceState(null, '', '?tab=7');
    const root = document.createElement('div');
    document.body.append(root);
    render(<PopupApp />, root);
    await vi.waitFor(() =>
      expect(root.querySelector('[data-testid="already-saved"]')?.textContent).toContain(
        `alreadySaved:${new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' }).format(savedAt)}`,
      ),
    );
    expect(root.querySelector('[data-testid="open-saved"]')?.textContent).toBe('openInLibrary');
    expect(root.querySelector('[data-testid="save-clipping"]')?.textContent).toBe('updateClipping');
    outcome.updated = true;
    (root.querySelector('[data-testid="save-clipping"]') as HTMLButtonElement).click();
    await vi.waitFor(() =>
      expect(root.querySelector('[data-testid="save-status"]')?.textContent).toContain(
        'savedUpdated',
      ),
    );
    render(null, root);
  });
});
