import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../scripts/parse-html-file';

// A SCSS variable left in a calc(): browsers ignore the declaration, jsdom 29 throws out of its
// parser (seen on a real news page).
const SCSS_LEFTOVER =
  '@media (min-width:64em){.gallery{min-height:calc(($max - $side - 16px) / 16 * 9)}}';

describe('parseHtml', () => {
  it('parses a page whose stylesheet jsdom throws on, keeping the stylesheets it can read', () => {
    const doc = parseHtml(
      `<html><head><style>${SCSS_LEFTOVER}</style><style>.promo{display:none}</style></head>` +
        '<body><p>Article text.</p><div class="promo">Subscribe</div></body></html>',
    );
    expect(doc.querySelector('p')?.textContent).toBe('Article text.');
    expect(doc.styleSheets).toHaveLength(2);
    const promo = doc.querySelector('.promo');
    expect(promo && doc.defaultView?.getComputedStyle(promo).display).toBe('none');
    expect(doc.querySelector('style')?.textContent).not.toContain('$max');
  });

  it('leaves a page it can parse exactly as written', () => {
    const doc = parseHtml('<style>.a{width:calc(100% - 4px)}</style><p>x</p>');
    expect(doc.querySelector('style')?.textContent).toBe('.a{width:calc(100% - 4px)}');
  });
});
