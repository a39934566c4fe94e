// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import type { InjectedModules, LoadInjected } from '../../../src/page/injected-modules';
import type { AnnotationStore } from '../../../src/page/user-highlights/annotation-store';
import { HIDDEN_ATTRIBUTE } from '../../../src/page/highlight-style';
import { loadFixture } from '../extract/load-page';

// The reader's preferences live in extension storage: faked where they are read.
vi.mock('../../../src/store/page-preferences', () => ({
  loadPagePreferences: async () => ({
    hideClutter: true,
    highlightFigures: true,
    highlightProjects: true,
  }),
  savePagePreferences: async () => undefined,
}));
const { createPageController } = await import('../../../src/page/page-controller');

const sender = { tabId: 1, frameId: 0, url: null };
const noStore = (() => {
  throw new Error('no store in this test');
}) as unknown as (url: string, canonical: string | null) => AnnotationStore;

/** A planner that trips on the page, as a bug of ours or an odd DOM might make it. */
const trippingPlanner: LoadInjected = (async (name: keyof InjectedModules) =>
  name === 'planner'
    ? {
        planArticle: () => {
          throw new Error('the planner tripped');
        },
        readabilityContent: () => null,
        denseBlockSteps: () => [].values(),
      }
    : null) as LoadInjected;

describe('a page whose article pass throws', () => {
  it('keeps answering the popup, says why, and leaves the page as it was', async () => {
    const doc = loadFixture('seed/laichau.html');
    const before = doc.body.innerHTML;
    const controller = await createPageController(
      doc,
      'https://congthuong.vn/a.html',
      { isArticle: true, confidence: 0.9, reasons: ['og:type article'] },
      noStore,
      trippingPlanner,
    );
    const state = await controller.handlers.getPageState(null, sender);
    expect(state.problem).toBe('the planner tripped');
    expect(state.verdict.isArticle).toBe(true);
    expect(state.title).toContain('Lai Châu');
    expect(doc.querySelectorAll(`[${HIDDEN_ATTRIBUTE}]`)).toHaveLength(0);
    expect(doc.body.innerHTML).toBe(before);

    // A request that needs the pass does not run it again into the same error.
    const after = await controller.handlers.setClutterHidden({ hidden: true }, sender);
    expect(after.problem).toBe('the planner tripped');
    expect(after.clutterHidden).toBe(false);
    controller.dispose();
  });
});
