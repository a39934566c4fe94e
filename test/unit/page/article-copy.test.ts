// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { PagePlan } from '../../../src/extract/plan-addresses';
import { articleCopy } from '../../../src/page/shared/article-copy';

const STORY = (i: number): string =>
  `<p>Paragraph ${i}: employers added far more jobs in May than economists expected, and the unemployment rate held steady at 6.2 per cent for a second month.</p>`;

function copyText(): string {
  document.documentElement.innerHTML =
    '<head><title>Jobs report ends recession debate</title>' +
    '<style>.hidden { display: none; } .tooltip { display: none; }</style></head>' +
    '<body><nav><a href="/">Home</a></nav><article><h1>Jobs report ends recession debate</h1>' +
    STORY(1) +
    STORY(2) +
    // A sign-in upsell the page shows only to signed-out readers.
    '<div class="sign-in-group hidden"><p>Create an account or sign in to continue with your reading experience.</p>' +
    '<ul><li>Access articles from across Canada with one account.</li></ul></div>' +
    STORY(3) +
    '<p>Economists were quick to weigh in <span class="tooltip">Read later</span> on the numbers.</p>' +
    // The rest of the story, folded away until the reader clicks "Read more".
    `<div class="rest hidden">${STORY(4)}${STORY(5)}</div>` +
    '</article><footer><p>Contact us</p></footer></body>';
  // The plan as the extractor would make it here: the article kept, navigation and footer not.
  const q = (selector: string) => document.querySelector(selector) as Element;
  const plan: PagePlan = {
    root: q('article'),
    title: q('h1'),
    hide: [q('nav'), q('footer')],
    byline: [],
  };
  return articleCopy(document, plan).container.textContent ?? '';
}

describe('the copy of the article (clipping, reader view)', () => {
  it('leaves out boxes the page does not render, and keeps story text folded behind "Read more"', () => {
    const text = copyText();
    expect(text).toContain('Paragraph 1');
    expect(text).toContain('Paragraph 3');
    expect(text).not.toContain('Create an account or sign in');
    expect(text).not.toContain('Access articles from across Canada');
    expect(text).not.toContain('Read later');
    expect(text).toContain('Economists were quick to weigh in');
    expect(text).toContain('Paragraph 5');
    expect(text).not.toContain('Contact us');
  });

  it('changes nothing in the live page', () => {
    copyText();
    expect(document.querySelector('[data-ra-clip-skip]')).toBeNull();
    expect(document.querySelector('.sign-in-group')?.textContent).toContain('Create an account');
  });
});
