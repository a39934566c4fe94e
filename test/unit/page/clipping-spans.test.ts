// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { findFigures } from '../../../src/annotate/find-figures';
import { findProjects } from '../../../src/annotate/find-projects';
import type { PagePlan } from '../../../src/extract/plan-addresses';
import { articleCopy } from '../../../src/page/shared/article-copy';
import { spansOfCopy, spansShown } from '../../../src/page/shared/clipping-spans';
import { buildTextIndex } from '../../../src/page/shared/text-index';
import { markSavedSpans } from '../../../src/ui/reader/mark-spans';

/**
 * A story whose page also carries a box it never renders (an upsell quoting a price) and a
 * button: the saved copy leaves both out, so must the saved figures and text.
 */
function setUpPage(): PagePlan {
  document.documentElement.innerHTML =
    '<head><title>Solar farm approved</title><style>.upsell { display: none; }</style></head>' +
    '<body><nav><a href="/">Home</a> <span>Prices from $9.99</span></nav><article>' +
    '<h1>Solar farm approved</h1>' +
    '<p>The province approved the Nam Sơn solar farm, a project worth $9.99 million in its first phase.</p>' +
    '<div class="upsell"><p>Subscribe today: 12 months for $9.99, then 20% off the second year.</p></div>' +
    '<p>Its second phase adds 50 MW and costs $9.99 million again, officials said, up 20% on the estimate.</p>' +
    '<button>Save 15% today</button>' +
    '<p>The Nhơn Trạch 3 power plant nearby was finished last year.</p>' +
    '</article></body>';
  const q = (selector: string) => document.querySelector(selector) as Element;
  return { root: q('article'), title: q('h1'), hide: [q('nav')], byline: [] };
}

function savedFromPage(plan: PagePlan) {
  const roots = [plan.root];
  const index = buildTextIndex(roots, new Set(plan.hide));
  const found = {
    figures: findFigures(index.text, 'en'),
    projects: findProjects(index.text, 'en'),
  };
  const { container, leftOut } = articleCopy(document, plan);
  return {
    index,
    found,
    container,
    saved: spansOfCopy({ text: index.text, roots, hidden: plan.hide }, leftOut, found),
  };
}

describe('the spans a clipping saves', () => {
  it('leaves out figures the saved article does not show, and its text with them', () => {
    const { index, found, saved } = savedFromPage(setUpPage());
    // The page's index read the upsell (the recognisers saw its figures)...
    expect(index.text).toContain('12 months for $9.99');
    const texts = (figures: readonly { text: string }[]) => figures.map((f) => f.text);
    expect(texts(found.figures)).toEqual([
      '$9.99 million',
      '$9.99',
      '20%',
      '50 MW',
      '$9.99 million',
      '20%',
      '15%',
    ]);
    // ...the saved clipping does not: the upsell's price and discount, the button's 15%.
    expect(saved.text).not.toContain('Subscribe today');
    expect(saved.text).not.toContain('Save 15% today');
    expect(texts(saved.figures)).toEqual(['$9.99 million', '50 MW', '$9.99 million', '20%']);
    expect(saved.figures[3]?.start).toBe(saved.text.indexOf('20%'));
    expect(saved.projects.map((p) => p.text)).toEqual(found.projects.map((p) => p.text));
  });

  it('moves each kept span to its place in the saved text', () => {
    const { saved } = savedFromPage(setUpPage());
    for (const span of [...saved.figures, ...saved.projects])
      expect(saved.text.slice(span.start, span.end)).toBe(span.text);
  });

  it('lets the reader mark the same occurrences the page had', () => {
    const { container, saved } = savedFromPage(setUpPage());
    // The story's "20%" came second on the page, after the upsell's; it is the first in the copy.
    expect(markSavedSpans(container, saved.text, saved.figures, 'figure')).toBe(4);
    const marked = Array.from(container.querySelectorAll('mark.figure'));
    expect(marked.map((m) => [m.textContent, m.closest('p')?.textContent?.slice(0, 9)])).toEqual([
      ['$9.99 million', 'The provi'],
      ['50 MW', 'Its secon'],
      ['$9.99 million', 'Its secon'],
      ['20%', 'Its secon'],
    ]);
  });

  it('changes nothing when the copy leaves nothing out', () => {
    const plan = setUpPage();
    for (const el of Array.from(document.querySelectorAll('.upsell, button'))) el.remove();
    const { index, found, saved } = savedFromPage(plan);
    expect(saved.text).toBe(index.text);
    expect(saved.figures).toEqual(found.figures);
  });

  it('keeps the spans as found when the page changed since the recognisers read it', () => {
    const plan = setUpPage();
    const roots = [plan.root];
    const index = buildTextIndex(roots, new Set(plan.hide));
    const found = { figures: findFigures(index.text, 'en'), projects: [] };
    plan.root.querySelector('p')?.append(' A late sentence from the live blog.');
    const { leftOut } = articleCopy(document, plan);
    const article = { text: index.text, roots, hidden: plan.hide };
    expect(spansOfCopy(article, leftOut, found)).toEqual({ text: index.text, ...found });
    expect(spansShown(article, found, leftOut).figures).toEqual(found.figures);
  });

  it('lists in the popup only the rows outside the left-out boxes', () => {
    const plan = setUpPage();
    const roots = [plan.root];
    const index = buildTextIndex(roots, new Set(plan.hide));
    const found = {
      figures: findFigures(index.text, 'en'),
      projects: findProjects(index.text, 'en'),
    };
    const { leftOut } = articleCopy(document, plan);
    const shown = spansShown({ text: index.text, roots, hidden: plan.hide }, found, leftOut);
    expect(shown.figures.map((f) => f.text)).toEqual([
      '$9.99 million',
      '50 MW',
      '$9.99 million',
      '20%',
    ]);
    // Rows keep the offsets the page's highlights use.
    expect(shown.figures[3]?.start).toBe(index.text.lastIndexOf('20%'));
    expect(shown.projects).toEqual(found.projects);
  });
});
