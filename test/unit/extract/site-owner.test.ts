import { describe, expect, it } from 'vitest';
import { namesOwner, withoutTagline } from '../../../src/shared/site-owner';

describe("the site's name", () => {
  it('loses a tagline, keeping the part that names the host', () => {
    expect(withoutTagline('Aktuálně.cz - Víte, co se právě děje', 'aktualne.cz')).toBe(
      'Aktuálně.cz',
    );
    expect(withoutTagline('Tin tức thời sự - Báo Tuổi Trẻ', 'tuoitre.vn')).toBe('Báo Tuổi Trẻ');
    expect(withoutTagline('Ars Technica - Serving the Technologist', null)).toBe(
      'Ars Technica - Serving the Technologist',
    );
    expect(withoutTagline('Science - Nature', 'example.com')).toBe('Science - Nature');
  });

  it('knows the publisher by its name or its host, diacritics aside', () => {
    expect(namesOwner('Dân Trí', ['dantri.com.vn'])).toBe(true);
    expect(namesOwner('Báo VnExpress', ['vnexpress.net'])).toBe(true);
    expect(namesOwner('Lê Phương', ['vnexpress.net', 'Báo VnExpress'])).toBe(false);
  });
});
