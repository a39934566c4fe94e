import { describe, expect, it } from 'vitest';
import { matchFuzzyQuote, matchQuote } from '../../../../src/annotate/anchor/match-quote';
import { matchQuoteEnds } from '../../../../src/annotate/anchor/match-quote-ends';

const TEXT =
  'Giá vàng hôm nay tăng mạnh. Ngân hàng Nhà nước giữ nguyên lãi suất điều hành để hỗ trợ tăng trưởng. ' +
  'Các chuyên gia cho rằng tăng trưởng sẽ chậm lại trong quý tới nếu xuất khẩu không phục hồi.';

describe('matchQuote', () => {
  it('picks the occurrence whose context agrees', () => {
    const at = TEXT.indexOf('rằng tăng trưởng') + 'rằng '.length;
    const m = matchQuote(TEXT, 'tăng trưởng', {
      prefix: 'Các chuyên gia cho rằng ',
      suffix: ' sẽ chậm lại',
    });
    expect(m?.start).toBe(at);
  });

  it('refuses a short quote whose context matches nowhere', () => {
    expect(
      matchQuote(TEXT, 'tăng trưởng', {
        prefix: 'Bộ Tài chính dự báo mức ',
        suffix: ' cả năm đạt 6,5%',
      }),
    ).toBeNull();
  });

  it('finds a quote with a typo fixed', () => {
    const m = matchFuzzyQuote(TEXT, 'giữ nguyen lãi suất điều hành', {
      prefix: 'Ngân hàng Nhà nước ',
      suffix: ' để hỗ trợ',
    });
    expect(TEXT.slice(m?.start, m?.end)).toBe('giữ nguyên lãi suất điều hành');
  });

  it('does not fuzzy-match text that is gone', () => {
    expect(
      matchQuote(TEXT, 'Bộ Công Thương đề xuất giảm giá điện', {
        prefix: 'Trong khi đó, ',
        suffix: ' cho doanh nghiệp',
      }),
    ).toBeNull();
  });

  it('finds a quote by its ends when something was inserted at its paragraph break', () => {
    const text =
      'Đầu bài. Đoạn một kết thúc ở đây. Quảng cáo: mua ngay hôm nay! Đoạn hai bắt đầu ở đây. Cuối bài.';
    const quote = 'Đoạn một kết thúc ở đây. Đoạn hai bắt đầu';
    const m = matchQuoteEnds(text, quote, { prefix: 'Đầu bài. ', suffix: ' ở đây. Cuối bài.' }, [
      quote.indexOf(' Đoạn hai'),
    ]);
    expect(text.slice(m?.start, m?.end)).toBe(
      'Đoạn một kết thúc ở đây. Quảng cáo: mua ngay hôm nay! Đoạn hai bắt đầu',
    );
  });
});
