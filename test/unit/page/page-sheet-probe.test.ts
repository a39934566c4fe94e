// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { pageCss } from '../../../src/page/highlight-style';
import { pageSheetPresent } from '../../../src/page/page-sheet-probe';

describe('telling whether our page stylesheet is in the page', () => {
  it('is true only with the sheet, and leaves no element behind', () => {
    document.head.innerHTML = '<style>div { order: 3 }</style>';
    document.body.innerHTML = '<p>Text</p>';
    const before = document.documentElement.outerHTML;
    expect(pageSheetPresent(document)).toBe(false);
    document.head.insertAdjacentHTML('beforeend', `<style>${pageCss()}</style>`);
    expect(pageSheetPresent(document)).toBe(true);
    document.head.lastElementChild?.remove();
    expect(document.documentElement.outerHTML).toBe(before);
  });
});
