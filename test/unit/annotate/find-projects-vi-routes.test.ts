import { describe, expect, it } from 'vitest';
import { findProjects } from '../../../src/annotate/find-projects';

/**
 * Route names as news writes them (issue 20, second round of development passages): endpoints
 * that are themselves type nouns or cities, numbered lines, lists with running numbers.
 */
const spans = (text: string): string[] => findProjects(text, 'vi').map((p) => p.text);

describe('findProjects vi: route endpoints', () => {
  it('reads an endpoint that opens with a type noun after the dash', () => {
    expect(spans('xe đi vào cao tốc Mai Dịch - Cầu Diễn - Sơn Tây từ sáng.')).toEqual([
      'cao tốc Mai Dịch - Cầu Diễn - Sơn Tây',
    ]);
    expect(spans('tuyến Lạc Trung - Ga Kim Mã đang chạy thử')).toEqual([
      'tuyến Lạc Trung - Ga Kim Mã',
    ]);
  });

  it('reads a city written with its unit as an endpoint, not alone', () => {
    expect(spans('nối đường cao tốc TP. Vinh - Cửa Lò với cảng')).toEqual([
      'đường cao tốc TP. Vinh - Cửa Lò',
    ]);
    expect(spans('đi cao tốc Bắc Giang - TP Lạng Sơn mất một giờ')).toEqual([
      'cao tốc Bắc Giang - TP Lạng Sơn',
    ]);
    expect(spans('tuyến TP. Vinh có nhiều xe')).toEqual([]);
  });

  it('keeps the branch of a route written after its name', () => {
    expect(spans('đường cao tốc Duyên Hải phía Tây đã thông xe')).toEqual([
      'đường cao tốc Duyên Hải phía Tây',
    ]);
  });

  it('reads an endpoint named with its own lowercase type noun', () => {
    expect(spans('hai tuyến là Văn Cao – Hòa Lạc và Trôi – ga Long Biên sẽ được xây')).toEqual([
      'Văn Cao – Hòa Lạc',
      'Trôi – ga Long Biên',
    ]);
  });

  it('keeps a railway speed class between the type and the name', () => {
    expect(spans('dự án đường sắt tốc độ cao Lào Cai - Hải Phòng cần nhiều vốn')).toEqual([
      'đường sắt tốc độ cao Lào Cai - Hải Phòng',
    ]);
  });

  it('takes a number, never a person, after a road code', () => {
    expect(spans('Bộ GD - ĐT Nguyễn Văn Bình cho biết, còn ĐT 741 đã xong')).toEqual(['ĐT 741']);
  });

  it('reads an axis named by direction and place', () => {
    expect(spans('thi công đường trục phía Bắc Hưng Yên và đường trục Đông Tây Bắc Ninh')).toEqual([
      'đường trục phía Bắc Hưng Yên',
      'đường trục Đông Tây Bắc Ninh',
    ]);
    expect(spans('mở rộng đường trục phía Nam trong năm')).toEqual([]);
  });

  it('reads a ring road numbered with a decimal comma', () => {
    expect(spans('nối đường vành đai 2,5 tại quận Tây Hồ')).toEqual(['đường vành đai 2,5']);
  });
});

describe('findProjects vi: numbered lines and running lists', () => {
  it('reads a line named by its number and endpoints', () => {
    expect(spans('khởi công tuyến số 4 Long Biên – Cầu Giấy trong năm')).toEqual([
      'tuyến số 4 Long Biên – Cầu Giấy',
    ]);
  });

  it('continues a list of routes through semicolons and running numbers', () => {
    expect(
      spans(
        'bốn dự án gồm: tuyến số 3 Kim Liên – Ô Chợ Dừa; 4 là Hòa Lạc – Xuân Mai; 5 là Mỹ Đình – Nam Từ Liêm.',
      ),
    ).toEqual(['tuyến số 3 Kim Liên – Ô Chợ Dừa', 'Hòa Lạc – Xuân Mai', 'Mỹ Đình – Nam Từ Liêm']);
  });

  it('lists named estates after a typed first item', () => {
    expect(
      spans(
        'giao dịch tăng tại một số dự án như Khu đô thị mới Dương Nội, Hope Residence, Ruby Garden và nhiều nơi khác',
      ),
    ).toEqual(['Khu đô thị mới Dương Nội', 'Hope Residence', 'Ruby Garden']);
  });

  it('takes one route introduced after a plural segment noun', () => {
    expect(spans('các đoạn nối quan trọng như Yên Nghĩa - Ba La (kết nối quốc lộ 6)')).toEqual([
      'Yên Nghĩa - Ba La',
      'quốc lộ 6',
    ]);
  });
});
