// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { planArticle, visibleText } from '../../../src/extract/plan-article';
import { prose } from './block-fixtures';
import { parsePage } from './load-page';

const tweet = (text: string, who: string): string =>
  `<div class="social-media-embed"><blockquote class="twitter-tweet"><p lang="en">${text} <a href="https://t.co/x1">https://t.co/x1</a></p>— ${who} <a href="https://twitter.com/${who}/status/1">November 18, 2019</a></blockquote><script src="https://platform.twitter.com/widgets.js"></script></div>`;

function textOf(body: string): string {
  const doc = parsePage(
    `<html><head><title>Slogan vote</title></head><body><main><article><h1>Slogan vote</h1>${body}</article></main><aside>${tweet('A post in the sidebar, not the story', 'sidebar')}</aside></body></html>`,
  );
  return visibleText(doc, planArticle(doc));
}

describe('embedded posts', () => {
  it('keeps tweets quoted between paragraphs, whatever their wrapper is called', () => {
    const text = textOf(
      prose(3, 'Opening') +
        tweet('Yes this is real and the state paid for it', 'reader_one') +
        prose(3, 'Middle') +
        tweet('The last word on the slogan', 'reader_two') +
        '<p><i>Get the latest updates right in your inbox. <a href="/nl">Subscribe to our newsletters</a>.</i></p>',
    );
    expect(text).toContain('Yes this is real and the state paid for it');
    expect(text).toContain('— reader_one');
    // After the story's last paragraph, before its pruned sign-off: still inside the story.
    expect(text).toContain('The last word on the slogan');
    expect(text).not.toContain('Subscribe to our newsletters');
    expect(text).not.toContain('A post in the sidebar');
  });
});
