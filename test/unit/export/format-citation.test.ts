// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { CITATION_STYLES, formatCitation } from '../../../src/export/format-citation';
import { clippingsToCslItems } from '../../../src/export/to-csl-json';
import { enClipping, viClipping } from './export-fixtures';

const URL_VI = 'https://congthuong.vn/lai-chau-kim-ngach-xuat-khau.html';
const TITLE_VI = 'Lai Châu: Kim ngạch xuất khẩu giảm mạnh';

function itemOf(c = viClipping()) {
  const [item] = clippingsToCslItems([c]);
  if (!item) throw new Error('no item');
  return item;
}

describe('formatCitation (citeproc-js)', () => {
  it('APA: author, (year, month day). Title. Site. URL', () => {
    expect(formatCitation(itemOf(), 'apa')).toBe(
      `Nguyễn V. A. (2020, May 12). ${TITLE_VI}. Báo Công Thương. ${URL_VI}`,
    );
    expect(formatCitation(itemOf(enClipping()), 'apa')).toMatch(
      /^Doe, J\., & Smith, J\. \(2024, March 20\)\. Fed raises rates/,
    );
  });

  it('Chicago (author-date, from the official CSL style): author. year. “Title.” Site, month day. URL.', () => {
    expect(formatCitation(itemOf(), 'chicago')).toBe(
      `Nguyễn Văn An. 2020. “${TITLE_VI}.” Báo Công Thương, May 12. ${URL_VI}.`,
    );
    expect(formatCitation(itemOf(enClipping()), 'chicago')).toMatch(
      /^Doe, Jane, and John Smith\. 2024\. “Fed Raises Rates by 0\.25%.*” Reuters, March 20\. https:/,
    );
  });

  it('Harvard: year, quoted title, site, the accessed date', () => {
    const text = formatCitation(itemOf(), 'harvard');
    expect(text).toContain('(2020)');
    expect(text).toContain(`“${TITLE_VI},”`);
    expect(text).toContain(`Available at: ${URL_VI} (Accessed: January 2, 2024).`);
  });

  it('Vancouver: [Internet], cited date, no entry number', () => {
    expect(formatCitation(itemOf(), 'vancouver')).toBe(
      `Nguyễn VA. ${TITLE_VI}. Báo Công Thương [Internet]. 2020 May 12 [cited 2024 Jan 2]. Available from: ${URL_VI}`,
    );
  });

  it('keeps an agency as its literal name in every style', () => {
    const c = enClipping();
    c.metadata.authors = ['Associated Press'];
    for (const style of CITATION_STYLES) {
      const text = formatCitation(itemOf(c), style);
      expect(text, style).toMatch(/^Associated Press/);
      expect(text, style).not.toContain('Press, A');
    }
    // One citeproc engine per style, each parsing its CSL: seconds on a busy machine.
  }, 90_000);
});
