// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import type { InjectedModules, LoadInjected } from '../../../src/page/shared/injected-modules';
import type { AnnotationStore } from '../../../src/page/user-highlights/annotation-store';
import { HIDDEN_ATTRIBUTE } from '../../../src/page/shared/highlight-style';
import { loadFixture } from '../extract/load-page';

// The page's words come from _locales: the English messages, as the browser would give them.
vi.mock('../../../src/platform/browser-api', async () => ({
  t: (await import('../locale-messages')).translatorFor('en'),
}));
vi.mock('../../../src/platform/get-message', async () => ({
  getMessage: (await import('../locale-messages')).translatorFor('en'),
}));

// The reader's preferences live in extension storage: faked where they are read.
vi.mock('../../../src/platform/page-preferences', () => ({
  loadPagePreferences: async () => ({
    hideClutter: true,
    highlightFigures: true,
    highlightProjects: true,
  }),
  savePagePreferences: async () => undefined,
}));
const { createPageController } = await import('../../../src/page/article/page-controller');

const sender = { tabId: 1, frameId: 0, url: null, fromExtension: false };
const noStore = (() => {
  throw new Error('no store in this test');
}) as unknown as (canonical: string | null) => AnnotationStore;

/** A planner that trips on the page, as a bug of ours or an odd DOM might make it. */
const trippingPlanner: LoadInjected = (async (name: keyof InjectedModules) =>
  name === 'planner'
    ? {
        // eslint-disable-next-line require-yield
        planArticleSteps: function* () {
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
      {
        isArticle: true,
        confidence: 0.9,
        reasons: ['og:type article'],
        score: 0.9,
        borderline: false,
      },
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

/** Highlights kept in memory: the page's own store is extension storage. */
const memoryStore = (): AnnotationStore => ({
  list: async () => ({ key: 'k', annotations: [] }),
  put: async () => undefined,
  remove: async () => undefined,
});

const PARAGRAPH = (i: number) =>
  `<p>Paragraph ${i}. The utility said the new line would carry power from the hydropower plants in the north to the industrial parks near the coast, where demand has grown every year since the pandemic ended.</p>`;

describe('the figures a page lists and saves', () => {
  it('are the ones the reader can see: not those in a box the page never shows', async () => {
    document.documentElement.innerHTML =
      '<head><title>Grid upgrade approved</title><meta property="og:type" content="article">' +
      '<style>.signed-out { display: none; }</style></head><body><article>' +
      '<h1>Grid upgrade approved</h1>' +
      '<p>The regulator approved a grid upgrade worth $120 million, the largest this decade.</p>' +
      PARAGRAPH(1) +
      '<div class="signed-out"><p>Readers get 12 months for $9.99 when they join today.</p></div>' +
      PARAGRAPH(2) +
      '<p>Prices are expected to rise 4.5% next year as the work begins.</p>' +
      PARAGRAPH(3) +
      '</article></body>';
    const { loadDirectly } = await import('../../../src/page/shared/load-directly');
    const controller = await createPageController(
      document,
      'https://example.com/grid.html',
      {
        isArticle: true,
        confidence: 0.9,
        reasons: ['og:type article'],
        score: 0.9,
        borderline: false,
      },
      memoryStore,
      loadDirectly,
    );
    const state = await controller.handlers.getPageState(null, sender);
    expect(state.problem).toBeNull();
    expect(state.figures.map((f) => f.text)).toEqual(['$120 million', '4.5%']);
    // The recognisers read the box (the rows keep their numbering); the table leaves it out.
    expect(state.figures.map((f) => f.index)).toEqual([0, 2]);
    const draft = await controller.handlers.getClippingDraft(null, sender);
    expect(draft.figures.map((f) => f.text)).toEqual(['$120 million', '4.5%']);
    expect(draft.text).not.toContain('$9.99');
    expect(draft.html).not.toContain('$9.99');
    controller.dispose();
  });
});
