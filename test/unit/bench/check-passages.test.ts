import { describe, expect, it } from 'vitest';
import {
  cutPassage,
  joinSegmented,
  plainMarkdown,
  labelProblems,
  setProblems,
} from '../../../bench/figure-passages/check-passages';

const article =
  'Tiêu đề. Dự án Nhà máy thủy điện Sông Lô 2 có vốn 1.200 tỷ đồng. Công suất 60 MW, sau 90 MW. Hết bài.';

describe('cutting a labelled passage out of its article', () => {
  it('takes the text from the start anchor to the end of the end anchor', () => {
    expect(cutPassage(article, { start: 'Dự án Nhà máy', end: 'sau 90 MW.' })).toBe(
      'Dự án Nhà máy thủy điện Sông Lô 2 có vốn 1.200 tỷ đồng. Công suất 60 MW, sau 90 MW.',
    );
  });

  it('refuses an anchor that is missing or occurs more than once', () => {
    expect(() => cutPassage(article, { start: 'Không có', end: 'Hết bài.' })).toThrow(
      /locate.start "Không có" found 0 times/,
    );
    expect(() => cutPassage(article, { start: 'Dự án', end: ' MW' })).toThrow(
      /locate.end " MW" found 2 times/,
    );
  });

  it('refuses an end anchor placed before the start anchor', () => {
    expect(() => cutPassage(article, { start: 'Công suất', end: 'Tiêu đề.' })).toThrow(
      /comes before/,
    );
  });
});

describe('checking the labels of a passage', () => {
  const text = 'Vốn 1.200 tỷ đồng năm nay, 1.200 tỷ đồng năm sau và 60 MW.';

  it('accepts contexts found in document order, repeated mentions included', () => {
    const labels = [
      { text: '1.200 tỷ đồng', context: 'Vốn 1.200 tỷ đồng' },
      { text: '1.200 tỷ đồng', context: '1.200 tỷ đồng năm sau' },
      { text: '60 MW', context: '60 MW' },
    ];
    expect(labelProblems(text, labels, 'figure')).toEqual([]);
  });

  it('reports a context out of order, one not in the passage, and a text outside its context', () => {
    const labels = [
      { text: '60 MW', context: 'và 60 MW' },
      { text: '1.200 tỷ đồng', context: 'Vốn 1.200 tỷ đồng' },
      { text: '5 MW', context: 'thêm 5 MW' },
      { text: '60 MW', context: 'năm sau' },
      { text: '60 MW' },
    ];
    expect(labelProblems(text, labels, 'figure')).toEqual([
      'figure 2 "1.200 tỷ đồng": context "Vốn 1.200 tỷ đồng" is out of document order',
      'figure 3 "5 MW": context "thêm 5 MW" not in the passage',
      'figure 4 "60 MW": text not inside its context "năm sau"',
      'figure 4 "60 MW": context "năm sau" is out of document order',
      'figure 5 "60 MW": no context',
    ]);
  });
});

describe('checking the whole set', () => {
  it('reports a site in both splits and a repeated id', () => {
    expect(
      setProblems([
        { id: 'a', site: 'vietnews', split: 'dev' },
        { id: 'b', site: 'cnbc.com', split: 'test' },
        { id: 'a', site: 'vietnews', split: 'test' },
      ]),
    ).toEqual(['id "a" used twice', 'site "vietnews" is in both splits (passage "a" says test)']);
  });

  it('accepts sites that each keep to one split', () => {
    expect(
      setProblems([
        { id: 'a', site: 'vietnews', split: 'dev' },
        { id: 'b', site: 'vietnews', split: 'dev' },
        { id: 'c', site: 'cnbc.com', split: 'test' },
      ]),
    ).toEqual([]);
  });
});

describe('joining word-segmented text back into prose', () => {
  it('turns syllable joints into spaces and reattaches punctuation', () => {
    expect(
      joinSegmented(
        'Nhà_máy nhiệt_điện ( NMNĐ ) Thái_Bình 2 đạt 84 % , công_suất 3.200.000 tấn / năm .',
      ),
    ).toBe('Nhà máy nhiệt điện (NMNĐ) Thái Bình 2 đạt 84%, công suất 3.200.000 tấn/năm.');
  });

  it('keeps the spaced dash of a road segment and quotes', () => {
    expect(joinSegmented('đoạn Diễn_Châu - Bãi_Vọt “ cao_tốc ”')).toBe(
      'đoạn Diễn Châu - Bãi Vọt “cao tốc”',
    );
  });
});

describe('reading Markdown article text', () => {
  it('drops heading marks and emphasis but keeps the words and numbers', () => {
    expect(plainMarkdown('# Khu công nghiệp Phú Hà\n\nTổng vốn:** 2.938 tỷ đồng** (*Hình*)')).toBe(
      'Khu công nghiệp Phú Hà\n\nTổng vốn: 2.938 tỷ đồng (Hình)',
    );
  });
});
