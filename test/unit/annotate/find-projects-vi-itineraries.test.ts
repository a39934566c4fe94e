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
