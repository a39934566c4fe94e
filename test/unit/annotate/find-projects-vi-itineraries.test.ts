import { describe, expect, it } from 'vitest';
import { findProjects } from '../../../src/annotate/find-projects';

// Sentences written for these tests (issue 20, third round of Vietnamese rules).
const spans = (text: string): string[] => findProjects(text, 'vi').map((p) => p.text);

describe('findProjects: numbered roads in itineraries', () => {
  it('keeps a code letter glued to a road number, though B is also a scale word', () => {
    expect(spans('Xe tải đi vòng theo Quốc lộ 1B rồi lên cầu Chương Dương.')).toEqual([
      'Quốc lộ 1B',
      'cầu Chương Dương',
    ]);
    expect(spans('Hai tuyến Quốc lộ 3, 3B sẽ được mở rộng.')).toEqual(['Quốc lộ 3', '3B']);
  });

  it('reads a dash between two numbered roads as two roads of a route', () => {
    expect(spans('Lộ trình: Quốc lộ 21 - Quốc lộ 10 - Quốc lộ 39 về Thái Bình.')).toEqual([
      'Quốc lộ 21',
      'Quốc lộ 10',
      'Quốc lộ 39',
    ]);
    // A place then a road is still one segment.
    expect(spans('mở rộng đoạn Phủ Lý - Quốc lộ 21')).toEqual(['đoạn Phủ Lý - Quốc lộ 21']);
  });
});

describe('findProjects: list items that run to the end of the clause', () => {
  it('takes bare names after a first project when they close the clause', () => {
    expect(spans('nâng cấp Cảng hàng không Phù Cát, Chu Lai; xây mới đường băng')).toEqual([
      'Cảng hàng không Phù Cát',
      'Chu Lai',
    ]);
    expect(
      spans('nối với cảng Cửa Lò, Nghi Sơn, Hòn La và tuyến đường sắt Vinh - Thanh Thủy'),
    ).toEqual(['cảng Cửa Lò', 'Nghi Sơn', 'Hòn La', 'tuyến đường sắt Vinh - Thanh Thủy']);
  });

  it('takes names in brackets after a plural type noun', () => {
    expect(spans('mở rộng các cảng biển (Chân Mây, Liên Chiểu) trong năm tới')).toEqual([
      'Chân Mây',
      'Liên Chiểu',
    ]);
  });

  it('leaves out a place, a ward and a new clause after the name', () => {
    expect(spans('tại sân bay Cát Bi, Hải Phòng.')).toEqual(['sân bay Cát Bi']);
    expect(spans('khu đô thị Phú Mỹ, P. Phước Long, TP Nha Trang.')).toEqual(['khu đô thị Phú Mỹ']);
    expect(spans('tại KCN Đồng Văn, Nguyễn Văn Hùng cho biết')).toEqual(['KCN Đồng Văn']);
  });
});

describe('findProjects: stretches, company names and rarer type nouns', () => {
  it('does not name a stretch by its kilometre posts; the road is the project', () => {
    expect(spans('Mặt đường đoạn Km12 – Km40 của cao tốc Cầu Giẽ - Ninh Bình bị nứt.')).toEqual([
      'cao tốc Cầu Giẽ - Ninh Bình',
    ]);
  });

  it('leaves a type noun inside a company name opened by its business line', () => {
    expect(
      spans('Công ty cổ phần Đầu tư phát triển khu công nghiệp Long Đức làm chủ đầu tư.'),
    ).toEqual([]);
    // A brand there is the owner, and the type noun what it builds.
    expect(spans('Công ty Sun Group xây dựng khu đô thị Hạ Long Xanh')).toEqual([
      'khu đô thị Hạ Long Xanh',
    ]);
  });

  it('reads highways, mines, rarer qualifiers and longer descriptions', () => {
    expect(spans('xa lộ Biên Hòa, mỏ đồng Sin Quyền')).toEqual([
      'xa lộ Biên Hòa',
      'mỏ đồng Sin Quyền',
    ]);
    expect(spans('khu đô thị thương mại dịch vụ Tây Hồ Tây')).toEqual([
      'khu đô thị thương mại dịch vụ Tây Hồ Tây',
    ]);
    expect(spans('cảng cửa ngõ quốc tế Lạch Huyện và sân bay lưỡng dụng Thành Sơn')).toEqual([
      'cảng cửa ngõ quốc tế Lạch Huyện',
      'sân bay lưỡng dụng Thành Sơn',
    ]);
  });
});

describe('findProjects: a conjunction as the second syllable of a place name', () => {
  it('keeps Tuy, Vì after the first syllable, but not a connective opening the lead', () => {
    expect(spans('thông xe nút giao Vĩnh Tuy')).toEqual(['nút giao Vĩnh Tuy']);
    expect(spans('cầu Sơn Tây - Ba Vì nối hai bờ')).toEqual(['cầu Sơn Tây - Ba Vì']);
    expect(spans('Thủy điện Hòa Bình Tuy nhiên, lượng nước về hồ giảm')).toEqual([
      'Thủy điện Hòa Bình',
    ]);
  });
});

describe('findProjects: component projects, written-out road classes, chained modifiers', () => {
  it('reads the segment of a component project (thành phần is no company)', () => {
    expect(spans('Dự án thành phần đoạn Quảng Ngãi - Hoài Nhơn khởi công hôm nay.')).toEqual([
      'đoạn Quảng Ngãi - Hoài Nhơn',
    ]);
    expect(spans('Công ty cổ phần khu công nghiệp Tân Tạo báo lãi.')).toEqual([]);
  });

  it('reads a road class written out before its code', () => {
    expect(spans('nâng cấp đường tỉnh ĐT.769 và ĐT 25B')).toEqual(['đường tỉnh ĐT.769', 'ĐT 25B']);
  });

  it('keeps a phase after an extension in the name', () => {
    expect(spans('Khu công nghiệp Đồng An mở rộng giai đoạn 2 đã lấp đầy')).toEqual([
      'Khu công nghiệp Đồng An mở rộng giai đoạn 2',
    ]);
  });
});

describe('findProjects: the circuit after a line rating', () => {
  it('skips mạch 3, mạch kép between the rating and the name', () => {
    expect(spans('khởi công đường dây 500kV mạch 3 Vũng Áng - Phố Nối')).toEqual([
      'đường dây 500kV mạch 3 Vũng Áng - Phố Nối',
    ]);
    expect(spans('đường dây 220kV mạch kép Nho Quan - Thanh Nghị')).toEqual([
      'đường dây 220kV mạch kép Nho Quan - Thanh Nghị',
    ]);
  });
});

describe('findProjects: stretches listed in brackets after a road', () => {
  it('takes listed stretches, not a single bracketed route or a plant’s provinces', () => {
    expect(
      spans('đường Vành đai 4 (Mê Linh - Sóc Sơn và đoạn Sóc Sơn - Phố Nối) đang làm'),
    ).toEqual(['đường Vành đai 4', 'Mê Linh - Sóc Sơn', 'đoạn Sóc Sơn - Phố Nối']);
    expect(spans('tuyến metro số 2 (Bến Thành - Tham Lương) chậm tiến độ')).toEqual([
      'tuyến metro số 2',
    ]);
    expect(spans('Thủy điện Huội Quảng (Sơn La - Lai Châu) phát điện')).toEqual([
      'Thủy điện Huội Quảng',
    ]);
  });
});
