import { describe, expect, it } from 'vitest';
import { findFigures } from '../../../src/annotate/find-figures';

const spans = (text: string, lang: string): string[] => findFigures(text, lang).map((f) => f.text);

/** Each sentence holds only things the guide says are not figures. */
describe('findFigures: not figures', () => {
  const vi: [string, string][] = [
    ['dates and periods', 'Trong 6 tháng đầu năm 2023, ngày 15/8 và tháng 9/2022.'],
    ['ages and durations', 'Ông 62 tuổi, làm việc 30 năm tại đây.'],
    ['counts of people', 'Có 150 đại biểu và 40 doanh nghiệp tham dự.'],
    ['ratings in names', 'đường dây 500kV mạch 3 và trạm 110 kV'],
    ['numbers in project names', 'Nhiệt điện Vĩnh Tân 4 và Thủy điện Sơn La 2'],
    ['index points', 'VN-Index tăng 12,5 điểm lên 1.250 điểm.'],
    ['multipliers', 'Giá cao gấp 2,5 lần so với năm trước.'],
    ['temperatures', 'Nhiệt độ 35 độ C, có nơi 38°C.'],
    ['speeds', 'Tàu chạy 120km/h, xe 60 km/giờ.'],
    ['vague amounts', 'Thiệt hại hàng trăm triệu đồng.'],
    ['distances', 'Cách biên giới 300km, tầm bắn 70km.'],
    ['small counts', 'Anh mua 2 căn hộ và 3 chiếc xe.'],
    ['codes glued to letters', 'Covid-19, Nà Si 1A, ga T3, A321'],
  ];
  it.each(vi)('vi: %s', (_why, text) => {
    expect(spans(text, 'vi')).toEqual([]);
  });

  const en: [string, string][] = [
    ['years and quarters', 'In 2022 and the 3rd quarter of 2023.'],
    ['stock index points', 'The Dow closed at 33,403.54 points, up 120 points.'],
    ['fractions and ratios', 'A third of firms, 1 in 10 households.'],
    ['vague amounts', 'Billions of dollars were lost.'],
    ['speeds', 'The train reaches 300 km/h.'],
    ['people at an event', 'About 1,500 participants from 140 countries.'],
  ];
  it.each(en)('en: %s', (_why, text) => {
    expect(spans(text, 'en')).toEqual([]);
  });
});

describe('findFigures: offsets and normalisation', () => {
  it('returns offsets into the normalised text', () => {
    const text = 'Doanh thu  đạt\n12 tỷ đồng.';
    const [f] = findFigures(text, 'vi');
    const norm = 'Doanh thu đạt 12 tỷ đồng.';
    expect(f && norm.slice(f.start, f.end)).toBe('12 tỷ đồng');
  });

  it('finds figures in decomposed (NFD) Vietnamese text', () => {
    expect(spans('Giá 5 triệu đồng'.normalize('NFD'), 'vi')).toEqual(['5 triệu đồng']);
  });

  it('reads Vietnamese numbers on a page whose lang attribute says en', () => {
    const text = 'Giá trị xuất khẩu của địa phương đạt 1,465 triệu USD, tăng trưởng ổn định.';
    expect(findFigures(text, 'en')[0]?.value).toBe(1465000);
  });

  it('reads an English-written decimal on a Vietnamese page', () => {
    expect(findFigures('tăng 2.5% so với', 'vi')[0]?.value).toBe(2.5);
  });
});

describe('not figures: a distance named after cách, however long the place (issue 20)', () => {
  it('skips a length whose cách stands several words before it', () => {
    const texts = findFigures(
      'Khu đất cách trung tâm thành phố Đà Nẵng 25km về phía Tây.',
      'vi',
    ).map((f) => f.text);
    expect(texts).toEqual([]);
  });

  it('keeps a length after bằng cách (by way of)', () => {
    const texts = findFigures('bằng cách làm thêm 50 km đường gom', 'vi').map((f) => f.text);
    expect(texts).toEqual(['50 km']);
  });
});
