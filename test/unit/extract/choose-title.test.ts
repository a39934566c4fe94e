import { describe, expect, it } from 'vitest';
import { chooseTitle, withoutSiteName } from '../../../src/extract/choose-title';

describe('the title a citation uses', () => {
  it('passes over a declared headline the page shows nowhere (Wikipedia puts its description there)', () => {
    expect(
      chooseTitle(
        ['constitutional monarchy in Oceania', null, 'New Zealand'],
        'New Zealand - Wikipedia',
        'New Zealand',
        ['Wikimedia Foundation, Inc.', 'en.wikipedia.org'],
      ),
    ).toBe('New Zealand');
  });

  it('keeps the first declared title when the page shows none of them', () => {
    expect(chooseTitle(['Declared headline', 'Social title'], 'Something else', null, [])).toBe(
      'Declared headline',
    );
  });

  it('cuts the <title> down to the <h1> it starts with', () => {
    expect(
      chooseTitle([], 'Lorem ipsum dolor sit amet – My website', 'Lorem ipsum dolor sit amet', []),
    ).toBe('Lorem ipsum dolor sit amet');
    expect(chooseTitle([], 'Lorem · My website', 'Lorem', [])).toBe('Lorem');
    expect(chooseTitle([], 'Lorem ipsum dolor', 'Lorem', [])).toBe('Lorem ipsum dolor');
    // A declared title that carries the sections after the headline.
    expect(
      chooseTitle(
        ['Thanh tra vụ chặt cây xanh Hà Nội trong 30 ngày - Chính trị - Xã hội'],
        'Thanh tra vụ chặt cây xanh Hà Nội trong 30 ngày - Chính trị - Xã hội - Tuổi Trẻ Online',
        'Thanh tra vụ chặt cây xanh Hà Nội trong 30 ngày',
        ['Báo Tuổi Trẻ', 'tuoitre.vn'],
      ),
    ).toBe('Thanh tra vụ chặt cây xanh Hà Nội trong 30 ngày');
  });

  it("drops the site's name before or after a separator, and nothing else", () => {
    const owners = ['Báo VnExpress', 'vnexpress.net'];
    expect(withoutSiteName('Giá vàng giảm - VnExpress', owners)).toBe('Giá vàng giảm');
    expect(withoutSiteName('VnExpress | Giá vàng giảm', owners)).toBe('Giá vàng giảm');
    expect(withoutSiteName('Getting LEAN with Digital Ad UX | IAB', ['IAB'])).toBe(
      'Getting LEAN with Digital Ad UX',
    );
    expect(withoutSiteName('Friday Facts #282 - 0.17 in sight', ['Factorio'])).toBe(
      'Friday Facts #282 - 0.17 in sight',
    );
    expect(withoutSiteName('Outside the web: standalone binaries', ['V8'])).toBe(
      'Outside the web: standalone binaries',
    );
  });
});
