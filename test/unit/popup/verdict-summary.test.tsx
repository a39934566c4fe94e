import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import type { ArticleVerdict } from '../../../src/model/verdict';

vi.mock(
  '../../../src/platform/browser-api',
  async () => (await import('./browser-api-mock')).browserApiMock,
);
const { VerdictSummary, splitReasons, verdictLabelKey } =
  await import('../../../src/ui/popup/verdict-summary');

const verdict = (over: Partial<ArticleVerdict>): ArticleVerdict => ({
  isArticle: true,
  confidence: 0.9,
  score: 0.9,
  borderline: false,
  reasons: [],
  ...over,
});

function show(v: ArticleVerdict): HTMLElement {
  const root = document.createElement('div');
  render(<VerdictSummary verdict={v} />, root);
  return root;
}

const items = (root: HTMLElement, testId: string) =>
  [...root.querySelectorAll(`[data-testid="${testId}"] li`)].map((li) => li.textContent);

describe('the popup verdict', () => {
  it('says how sure it is in words by score band, never as a raw percentage', () => {
    expect(verdictLabelKey(verdict({ score: 0.93 }))).toBe('verdictArticle');
    // Just over the line (the fitted threshold is 0.55): "probably".
    expect(verdictLabelKey(verdict({ score: 0.56, confidence: 0.56 }))).toBe(
      'verdictProbablyArticle',
    );
    expect(
      verdictLabelKey(verdict({ isArticle: false, score: 0.3, confidence: 0.7, borderline: true })),
    ).toBe('verdictMaybeArticle');
    expect(verdictLabelKey(verdict({ isArticle: false, score: 0.05, confidence: 0.95 }))).toBe(
      'verdictNotArticle',
    );
    const text = show(verdict({ score: 0.56, confidence: 0.56 })).querySelector(
      '[data-testid="page-verdict"]',
    )?.textContent;
    expect(text).toContain('verdictProbablyArticle');
    expect(text).not.toMatch(/%|56/);
  });

  it('lists what says article and what says not, on an article', () => {
    const root = show(
      verdict({
        reasons: ['og:type article', 'a byline', 'but many linked headlines (teasers)'],
      }),
    );
    expect(items(root, 'reasons-article')).toEqual(['og:type article', 'a byline']);
    expect(items(root, 'reasons-not-article')).toEqual(['many linked headlines (teasers)']);
    expect(root.querySelector('#reasons-article-heading')?.textContent).toBe('reasonsForArticle');
    expect(root.querySelector('#reasons-not-article-heading')?.textContent).toBe(
      'reasonsAgainstArticle',
    );
  });

  it('on a page that is not an article, the reasons for its answer are the ones that say not', () => {
    const root = show(
      verdict({
        isArticle: false,
        score: 0.1,
        confidence: 0.9,
        reasons: ['the address looks like a section, tag or search page', 'but og:type article'],
      }),
    );
    expect(items(root, 'reasons-not-article')).toEqual([
      'the address looks like a section, tag or search page',
    ]);
    expect(items(root, 'reasons-article')).toEqual(['og:type article']);
    expect(root.textContent).not.toContain('but ');
  });

  it('splits reasons worded in the reader\'s language by that language\'s "but"', () => {
    const v = verdict({ reasons: ['có tên tác giả', 'nhưng nhiều liên kết'] });
    expect(splitReasons(v, 'nhưng ')).toEqual({
      article: ['có tên tác giả'],
      notArticle: ['nhiều liên kết'],
    });
  });
});
