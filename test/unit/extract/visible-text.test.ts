// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { textBlocks } from '../../../src/extract/visible-text';
import { parsePage } from './load-page';

describe('textBlocks', () => {
  it('leaves out paragraphs that hold only zero-width characters, keeps them inside text', () => {
    const doc = parsePage(
      '<body><p>Crowds came to the opening.</p><p>\u200B</p><figure><img src="a.jpg">' +
        '<figcaption>The stage at 6 PM</figcaption></figure><p>\u200B\u200D\uFEFF </p>' +
        '<p>Thai line\u200Bbreak hint</p></body>',
    );
    expect(textBlocks(doc.body, new Set())).toEqual([
      'Crowds came to the opening.',
      'The stage at 6 PM',
      'Thai line\u200Bbreak hint',
    ]);
  });

  it('skips what is never rendered and what the plan hides', () => {
    const doc = parsePage(
      '<body><p>Kept</p><script>var x = 1;</script><div hidden>Hidden</div>' +
        '<aside id="side">Related</aside><p style="display: none">Gone</p></body>',
    );
    const aside = doc.getElementById('side') as Element;
    expect(textBlocks(doc.body, new Set([aside]))).toEqual(['Kept']);
  });
});
