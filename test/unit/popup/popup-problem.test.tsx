import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import type { PageState } from '../../../src/model/page-state';
import { seedPageState } from './seed-page-state';

const state: { problem: string | null } = { problem: null };

vi.mock(
  '../../../src/platform/browser-api',
  async () => (await import('./browser-api-mock')).browserApiMock,
);
vi.mock('../../../src/messaging/send', () => ({
  sendToBackground: async (type: string) =>
    type === 'getDetection'
      ? { ok: true, value: { mode: 'automatic', registeredFor: [] } }
      : { ok: true, value: null },
  sendToTab: async (_tab: number, type: string) =>
    type === 'getPageState' ? { ok: true, value: pageState(state.problem) } : { ok: false },
}));
const { PopupApp } = await import('../../../src/ui/popup/popup-app');

function pageState(problem: string | null): PageState {
  return { ...seedPageState, problem };
}

async function renderPopup(): Promise<HTMLElement> {
  history.replaceState(null, '', '?tab=7');
  const root = document.createElement('div');
  document.body.append(root);
  render(<PopupApp />, root);
  await vi.waitFor(() => expect(root.querySelector('[data-testid="page-title"]')).not.toBeNull());
  return root;
}

describe('the popup on a page whose article pass stopped', () => {
  it('says why, beside the verdict', async () => {
    state.problem = 'the planner tripped';
    const root = await renderPopup();
    expect(root.querySelector('[data-testid="page-problem"]')?.textContent).toBe(
      'pageProblem:the planner tripped',
    );
  });

  it('shows no such line when the pass finished', async () => {
    state.problem = null;
    const root = await renderPopup();
    expect(root.querySelector('[data-testid="page-problem"]')).toBeNull();
  });
});
