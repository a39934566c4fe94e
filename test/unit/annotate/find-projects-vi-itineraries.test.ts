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
