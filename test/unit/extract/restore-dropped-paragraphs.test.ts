// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { planArticle, visibleText } from '../../../src/extract/plan-article';
import { parsePage } from './load-page';

/** One paragraph in the card wrappers some newsroom CMSes print around every paragraph. */
const card = (inner: string): string =>
  `<div data-type="text" class="card collection-item"><div class="card-content card-article"><p>${inner}</p></div></div>`;

const sentence = (i: number): string =>
  `Paragraph ${i} of the story: the telescope team measured the plume twice, compared the spectra with laboratory samples and found the same signature on both nights.`;

function textOf(middle: string): string {
  const cards = [1, 2, 3].map((i) => card(sentence(i))).join('');
  const after = [4, 5, 6].map((i) => card(sentence(i))).join('');
  const doc = parsePage(
    `<html><head><title>Water vapour found on Europa</title></head><body><header><nav><a href="/">Home</a><a href="/news">News</a></nav></header>` +
      `<main><article><h1>Water vapour found on Europa</h1><div class="collection">${cards}${middle}${after}</div></article></main>` +
      '<footer><p>Station contact details and the public file.</p></footer></body></html>',
  );
  return visibleText(doc, planArticle(doc));
}

describe('paragraphs Readability dropped from their wrappers', () => {
  it('keeps a short paragraph with a link, wrapped like the story around it', () => {
    const text = textOf(
      card(
        'The discovery was announced in an article published Monday in the <a href="https://www.nature.com/articles/x">journal Nature Astronomy</a>.',
      ),
    );
    expect(text).toContain(
      'The discovery was announced in an article published Monday in the journal Nature Astronomy.',
    );
    expect(text).toContain('Paragraph 6 of the story');
    expect(text).not.toContain('Station contact details');
  });

  it('leaves out a wrapped line that is mostly a link to another story', () => {
    const text = textOf(
      card('<a href="/news/other-story">Scientists find ice on a moon of Saturn</a>'),
    );
    expect(text).not.toContain('Scientists find ice on a moon of Saturn');
    expect(text).toContain('Paragraph 4 of the story');
  });
});
