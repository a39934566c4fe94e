import { describe, expect, it } from 'vitest';
import { findProjects } from '../../../src/annotate/find-projects';

/** Classes of Vietnamese project names the 7 development pages did not show (issue 20). */
const spans = (text: string): string[] => findProjects(text, 'vi').map((p) => p.text);

describe('findProjects vi: modifiers and numbered units', () => {
  it('keeps an extension or a phase written after the name', () => {
    expect(spans('Bộ trưởng thăm Nhà máy thủy điện Hòa Bình mở rộng hôm qua.')).toEqual([
      'Nhà máy thủy điện Hòa Bình mở rộng',
    ]);
    expect(spans('khởi công Nhiệt điện Ô Môn 4 giai đoạn 2 vào quý tới')).toEqual([
      'Nhiệt điện Ô Môn 4 giai đoạn 2',
    ]);
  });

  it('lists units numbered with a dot', () => {
    expect(spans('Điện gió Sóc Trăng 4.1, 4.2 đã hòa lưới.')).toEqual([
      'Điện gió Sóc Trăng 4.1',
      '4.2',
    ]);
  });
});

describe('findProjects vi: lists sharing one type noun', () => {
  it('lists names after a rated type noun', () => {
    expect(spans('đóng điện TBA 220kV Đồng Xoài, Chơn Thành 2, Bù Đăng trong quý')).toEqual([
      'TBA 220kV Đồng Xoài',
      'Chơn Thành 2',
      'Bù Đăng',
    ]);
  });

  it('lists after a first name that is a province', () => {
    expect(spans('nâng công suất trạm biến áp Ninh Bình, Gián Khẩu cuối năm')).toEqual([
      'trạm biến áp Ninh Bình',
      'Gián Khẩu',
    ]);
  });

  it('does not list a province that closes the list: it is the location', () => {
    expect(spans('trạm biến áp 110kV Tam Điệp, Ninh Bình đã xong')).toEqual([
      'trạm biến áp 110kV Tam Điệp',
    ]);
  });
});

describe('findProjects vi: abbreviated type nouns', () => {
  it('reads the sector abbreviations', () => {
    expect(spans('NMTĐ Trị An và NMNĐ Cẩm Phả, KCN Tân Hương, KĐT Phú Lương')).toEqual([
      'NMTĐ Trị An',
      'NMNĐ Cẩm Phả',
      'KCN Tân Hương',
      'KĐT Phú Lương',
    ]);
  });

  it('learns an abbreviation introduced in brackets', () => {
    const text = 'Nhà máy xử lý rác thải (NMXLRT) Nam Sơn quá tải. Sau đó NMXLRT Nam Sơn tạm dừng.';
    expect(spans(text)).toEqual(['Nhà máy xử lý rác thải (NMXLRT) Nam Sơn', 'NMXLRT Nam Sơn']);
  });
});

describe('findProjects vi: compound and rarer type nouns, roads', () => {
  it('reads compound type nouns', () => {
    expect(spans('Liên hợp gang thép Cà Ná được đề xuất')).toEqual(['Liên hợp gang thép Cà Ná']);
    expect(spans('bến phà Vàm Cống và nút giao Long Hậu')).toEqual([
      'bến phà Vàm Cống',
      'nút giao Long Hậu',
    ]);
  });

  it('reads road codes', () => {
    expect(spans('mở rộng đường ĐT.769 nối QL51 và QL.1A')).toEqual(['ĐT.769', 'QL51', 'QL.1A']);
  });

  it('reads road segments between two places', () => {
    expect(spans('thông xe đoạn Cam Lộ - La Sơn trước Tết')).toEqual(['đoạn Cam Lộ - La Sơn']);
    expect(spans('tuyến cao tốc đoạn Vĩnh Hảo - Phan Thiết đã thông xe')).toEqual([
      'tuyến cao tốc đoạn Vĩnh Hảo - Phan Thiết',
    ]);
    expect(spans('một đoạn Quảng Ngãi đang sạt lở')).toEqual([]);
  });
});

describe('findProjects vi: names that run past a direction or a common word', () => {
  it('reads a compass name on through a type noun', () => {
    expect(spans('Khu đô thị Đông Nam Vành đai 4 được duyệt')).toEqual([
      'Khu đô thị Đông Nam Vành đai 4',
    ]);
  });

  it('reads a river name that is also a type noun', () => {
    expect(spans('Khu đô thị ven sông Cầu Giát sẽ khởi công')).toEqual([
      'Khu đô thị ven sông Cầu Giát',
    ]);
  });

  it('keeps an administrative syllable inside a name', () => {
    expect(spans('bến cảng Lạch Huyện đón tàu, xã Tân Hải')).toEqual(['bến cảng Lạch Huyện']);
  });
});

describe('findProjects vi: longer names and ratings', () => {
  it('chains several endpoints and keeps a title syllable inside a place', () => {
    expect(spans('cải tạo đường dây 110kV Bà Rịa – Long Điền – Đất Đỏ năm nay')).toEqual([
      'đường dây 110kV Bà Rịa – Long Điền – Đất Đỏ',
    ]);
    expect(spans('tại sân bay Phù Cát Ông Trần Văn B cho biết')).toEqual(['sân bay Phù Cát']);
  });

  it('skips a two-voltage rating and joins two road numbers', () => {
    expect(spans('nâng cấp TBA 500/220 kV Bắc Châu Đức')).toEqual(['TBA 500/220 kV Bắc Châu Đức']);
    expect(spans('mở rộng đường tỉnh 741-753 qua')).toEqual(['đường tỉnh 741-753']);
  });

  it('reads more qualifiers and type nouns', () => {
    expect(spans('Khu kinh tế mở Nhơn Hội, Khu đô thị vệ tinh Sóc Sơn')).toEqual([
      'Khu kinh tế mở Nhơn Hội',
      'Khu đô thị vệ tinh Sóc Sơn',
    ]);
    expect(spans('Trung tâm điện lực Duyên Hải có ba nhà máy')).toEqual([
      'Trung tâm điện lực Duyên Hải',
    ]);
  });
});

describe('findProjects vi: described types and listed instances', () => {
  it('reads what a plant makes between its type noun and its name', () => {
    expect(spans('nhà máy chế biến gỗ Tân Phú và khu đô thị du lịch (KĐTDL) Hồ Tràm')).toEqual([
      'nhà máy chế biến gỗ Tân Phú',
      'khu đô thị du lịch (KĐTDL) Hồ Tràm',
    ]);
    expect(spans('nhà máy ở Bình Dương')).toEqual([]);
  });

  it('lists the instances a plural phrase introduces', () => {
    expect(spans('hai dự án đã hoàn thành (gồm: Sông Bung 4, A Lưới) trong năm')).toEqual([
      'Sông Bung 4',
      'A Lưới',
    ]);
    expect(spans('các dự án của Vingroup là Vinhomes, Vincom')).toEqual([]);
  });

  it('does not take a generic acronym for a name', () => {
    expect(spans('xây dựng KCN KHCN cần chính sách')).toEqual([]);
  });
});

describe('findProjects vi: more transport type nouns', () => {
  it('reads expressway, urban-rail and route type nouns', () => {
    expect(
      spans(
        'tuyến đường bộ cao tốc Dầu Giây - Tân Phú, tuyến Biên Hòa - Vũng Tàu và cầu vượt Mỹ Thủy',
      ),
    ).toEqual([
      'tuyến đường bộ cao tốc Dầu Giây - Tân Phú',
      'tuyến Biên Hòa - Vũng Tàu',
      'cầu vượt Mỹ Thủy',
    ]);
    expect(spans('tuyến đường sắt đô thị số 2 và bến xe Miền Đông')).toEqual([
      'tuyến đường sắt đô thị số 2',
      'bến xe Miền Đông',
    ]);
    expect(spans('tuyến này qua Bình Dương')).toEqual([]);
  });
});
