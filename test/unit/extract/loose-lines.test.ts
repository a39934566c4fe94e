// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { planArticle, visibleText } from '../../../src/extract/plan-article';
import { prose } from './block-fixtures';
import { parsePage } from './load-page';

function textOf(body: string): string {
  const doc = parsePage(
    `<html><head><title>Markets</title></head><body><article><h1>Markets</h1><div class="body">${body}</div></article></body></html>`,
  );
  return visibleText(doc, planArticle(doc));
}

describe('inline lines standing among their parent blocks', () => {
  it('are promo lines when they read like one, wherever they stand', () => {
    const text = textOf(
      `${prose(3, 'Markets')}<em><strong>Disclaimer:</strong> The views expressed by the experts are their own and not those of the website.</em><br><br>${prose(2, 'Later')}`,
    );
    expect(text).not.toContain('Disclaimer');
    expect(text).toContain('Later paragraph 1');
  });

  it('are closing lines only after the last paragraph of prose', () => {
    const bio = 'Jane Roe is a deals writer for Example and spends her pay on what she posts.';
    const inTail = textOf(`${prose(4, 'Markets')}<h2>____</h2>\n<em>${bio}</em><img src="/p.gif">`);
    expect(inTail).not.toContain('Jane Roe');
    const inMiddle = textOf(`${prose(2, 'Markets')}<em>${bio}</em><br>${prose(2, 'Later')}`);
    expect(inMiddle).toContain('Jane Roe');
  });

  it('keep a caption alone under its picture and words inside a sentence', () => {
    const text = textOf(
      `${prose(3, 'Markets')}<div class="pic"><div><img src="/a.jpg" alt=""></div><br><span class="gray">The trading floor on Monday morning, before the opening bell.</span></div><p>Shares rose, <em>Disclaimer: none</em>, said the desk.</p>${prose(1, 'Later')}`,
    );
    expect(text).toContain('The trading floor on Monday morning');
    expect(text).toContain('Disclaimer: none');
    expect(text).toContain('Later paragraph 0');
  });
});
