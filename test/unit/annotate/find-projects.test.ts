import { describe, expect, it } from 'vitest';
import { findProjects } from '../../../src/annotate/find-projects';

const spans = (text: string, lang: string): string[] => findProjects(text, lang).map((p) => p.text);
const names = (text: string, lang: string): string[] => findProjects(text, lang).map((p) => p.name);

describe('findProjects: Vietnamese TYPE + Name', () => {
  it('takes the type noun and the capitalised name, not a leading dự án', () => {
    expect(spans('Khởi công dự án Thủy điện Bản Chát (huyện Than Uyên).', 'vi')).toEqual([
      'Thủy điện Bản Chát',
    ]);
    expect(names('nâng cấp sân bay Phú Bài', 'vi')).toEqual(['Phú Bài']);
    expect(spans('mở rộng Cảng hàng không quốc tế Nội Bài', 'vi')).toEqual([
      'Cảng hàng không quốc tế Nội Bài',
    ]);
    expect(spans('Nhà máy lọc dầu Nghi Sơn dừng bảo dưỡng', 'vi')).toEqual([
      'Nhà máy lọc dầu Nghi Sơn',
    ]);
    expect(spans('Ban quản lý Khu kinh tế Cửa khẩu Lao Bảo cho biết', 'vi')).toEqual([
      'Khu kinh tế Cửa khẩu Lao Bảo',
    ]);
  });

  it('keeps codes and numbers that are part of the name', () => {
    expect(names('Nhiệt điện Duyên Hải 3 đã phát điện', 'vi')).toEqual(['Duyên Hải 3']);
    expect(names('Thủy điện Nậm Mu 2A vận hành', 'vi')).toEqual(['Nậm Mu 2A']);
    expect(spans('xây nhà ga T2 mới', 'vi')).toEqual(['nhà ga T2']);
    expect(names('đường Vành đai 4 vùng Thủ đô', 'vi')).toEqual(['4']);
  });

  it('skips a voltage rating and reads dashed endpoints', () => {
    expect(spans('đường dây 500kV Quảng Trạch - Phố Nối', 'vi')).toEqual([
      'đường dây 500kV Quảng Trạch - Phố Nối',
    ]);
    // The branch belongs to the route's name (labelling decision 2).
    expect(names('cao tốc Bắc - Nam phía Đông', 'vi')).toEqual(['Bắc - Nam phía Đông']);
  });

  it('splits lists that share one type noun', () => {
    expect(spans('các trạm biến áp 110kV Mường So, Nậm Nhùn và một số hạng mục', 'vi')).toEqual([
      'trạm biến áp 110kV Mường So',
      'Nậm Nhùn',
    ]);
    expect(spans('dự án Thủy điện Trung Sơn 1, 2 và Thủy điện Bá Thước', 'vi')).toEqual([
      'Thủy điện Trung Sơn 1',
      '2',
      'Thủy điện Bá Thước',
    ]);
    expect(
      names('các đường dây 220kV Sơn La - Điện Biên, Lai Châu - Mường Tè; tiếp đó', 'vi'),
    ).toEqual(['Sơn La - Điện Biên', 'Lai Châu - Mường Tè']);
  });

  it('does not list a following capitalised word without a plural marker', () => {
    expect(spans('tại sân bay Đà Nẵng, Thủ tướng nói', 'vi')).toEqual(['sân bay Đà Nẵng']);
    expect(spans('gần sân bay Cát Bi, Hải Phòng', 'vi')).toEqual(['sân bay Cát Bi']);
  });

  it('gives a terminal and its airport two spans', () => {
    expect(spans('Khởi công Nhà ga T2 sân bay Nội Bài', 'vi')).toEqual([
      'Nhà ga T2',
      'sân bay Nội Bài',
    ]);
  });

  it('ends a name at a time word opening the lead', () => {
    expect(spans('Khánh thành cầu Thủ Thiêm 2 Sáng 30/4, lễ khánh thành', 'vi')).toEqual([
      'cầu Thủ Thiêm 2',
    ]);
  });
});

describe('findProjects: not projects', () => {
  it.each([
    ['ministries and agencies', 'Bộ Công Thương và Cục Hàng không Việt Nam họp.'],
    ['banks', 'Ngân hàng Đầu tư và Phát triển chi nhánh Lai Châu'],
    ['companies named after a type noun', 'Tổng công ty Cảng hàng không Việt Nam (ACV) báo lãi'],
    ['administrative units', 'xã Can Hồ, huyện Mường Tè, tỉnh Lai Châu'],
    ['unnamed projects', 'hai dự án ở Linh Đàm và một nhà máy mới'],
    ['compounds ending in a type syllable', 'nhu cầu Tết tăng, kinh tế toàn cầu Châu Á'],
    ['a national network', 'Đường sắt Việt Nam tăng chuyến'],
  ])('vi: %s', (_why, text) => {
    expect(spans(text, 'vi')).toEqual([]);
  });

  it.each([
    ['an agency named after a zone', 'the Jamaica Special Economic Zone Authority said'],
    ['a generic acronym', 'once the BRT project begins'],
    ['a sentence opener', 'Airport officials said. The project was delayed.'],
    ['a person of a firm', 'said Peter Lee of Third Bridge, a research firm'],
  ])('en: %s', (_why, text) => {
    expect(spans(text, 'en')).toEqual([]);
  });
});

describe('findProjects: English Name + TYPE', () => {
  it('reads the name backwards from the type noun', () => {
    expect(spans('the site of the Kingston Free Zone expansion', 'en')).toEqual([
      'Kingston Free Zone',
    ]);
    expect(names('buses on the North Corridor Busway', 'en')).toEqual(['North Corridor']);
    expect(spans('work on the Chau Doc International Airport project began', 'en')).toEqual([
      'Chau Doc International Airport project',
    ]);
  });

  it('labels repeat mentions of a coded name without its type noun', () => {
    const text = 'EDF said the Sizewell C nuclear plant is delayed. Sizewell C will cost more.';
    expect(spans(text, 'en')).toEqual(['Sizewell C nuclear plant', 'Sizewell C']);
  });

  it('does not repeat a plain place-like name', () => {
    const text = 'The Harbour Line Transitway opened. Riders in Harbour Line praised it.';
    expect(spans(text, 'en')).toEqual(['Harbour Line Transitway']);
  });

  it('reports offsets into the normalised text and a type', () => {
    const [p] = findProjects('Ga  mới:\nsân bay Vân Đồn', 'vi');
    expect(p).toMatchObject({ text: 'sân bay Vân Đồn', type: 'sân bay', name: 'Vân Đồn' });
    expect(p && 'Ga mới: sân bay Vân Đồn'.slice(p.start, p.end)).toBe('sân bay Vân Đồn');
  });
});
