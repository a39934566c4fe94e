// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { planArticle, visibleText } from '../../../src/extract/plan-article';
import { prose } from './block-fixtures';
import { parsePage } from './load-page';

const card = (n: number, dek: string): string =>
  `<article class="story-card"><a href="https://other.example/${n}"><img src="/${n}.jpg" alt=""></a><h2><a href="https://other.example/${n}">Other story number ${n} makes a headline</a></h2><div class="description"><p>${dek}</p></div></article>`;

function textOf(after: string): string {
  const doc = parsePage(
    `<html><head><title>Council vote</title></head><body><main><article class="single"><h1>Council vote</h1>${prose(6, 'Council')}</article>${after}</main></body></html>`,
  );
  return visibleText(doc, planArticle(doc));
}

describe("other stories' <article> cards", () => {
  it('are hidden when Readability merges a grid of them into the story', () => {
    const dek = (what: string): string =>
      `Dozens of ${what} are spreading across the region, and one rescue was caught on camera by a passing driver who stopped to help.`;
    const text = textOf(
      `<section>${card(1, dek('fires'))}${card(2, dek('floods'))}${card(3, dek('storms'))}</section>`,
    );
    expect(text).toContain('Council paragraph 5');
    expect(text).not.toContain('Other story number');
    expect(text).not.toContain('Dozens of fires');
  });

  it('stay on a section front, where they are the page', () => {
    const dek = (what: string): string =>
      `Dozens of ${what} are spreading across the region, and one rescue was caught on camera by a passing driver who stopped to help.`;
    const doc = parsePage(
      `<html><head><title>Opinion</title></head><body><main><h1>Opinion</h1><section>${['fires', 'floods', 'storms', 'winds', 'rains'].map((w, i) => card(i, dek(w))).join('')}</section></main></body></html>`,
    );
    const text = visibleText(doc, planArticle(doc));
    for (const what of ['fires', 'floods', 'rains']) expect(text).toContain(`Dozens of ${what}`);
  });

  it('stay when they are entries of the story (no link away, or prose)', () => {
    const entry = (n: number): string =>
      `<article class="entry"><h2>Update ${n}</h2>${prose(2, `Update ${n}`)}</article>`;
    const text = textOf(entry(1) + entry(2) + entry(3));
    expect(text).toContain('Update 2 paragraph 1');
  });
});
