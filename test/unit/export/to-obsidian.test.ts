// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  MAX_URI_LENGTH,
  obsidianFileName,
  obsidianLink,
  obsidianNote,
} from '../../../src/export/to-obsidian';
import { enClipping, viAnnotations, viClipping } from './export-fixtures';

/** The parameters of an `obsidian://new` URI, decoded as Obsidian decodes them. */
function params(uri: string): Map<string, string> {
  expect(uri.startsWith('obsidian://new?')).toBe(true);
  const query = uri.slice('obsidian://new?'.length);
  return new Map(
    query.split('&').map((pair) => {
      const [k, v = ''] = pair.split('=');
      return [k ?? '', decodeURIComponent(v)];
    }),
  );
}

describe('obsidianNote', () => {
  it('has front matter, the highlights with their notes and the clipping note', () => {
    const note = obsidianNote(viClipping(), viAnnotations());
    expect(note).toContain(
      [
        '---',
        'title: "Lai Châu: Kim ngạch xuất khẩu giảm mạnh"',
        'source: "https://congthuong.vn/lai-chau-kim-ngach-xuat-khau.html"',
        'author:',
        '  - "Nguyễn Văn An"',
        'published: "2020-05-12T08:30:00+07:00"',
        'created: "2024-01-02T03:04:05.000Z"',
        'tags:',
        '  - "xuất-khẩu"',
        '  - "Lai-Châu"',
        '---',
      ].join('\n'),
    );
    expect(note).toContain(
      '## Highlights\n\n> giá trị sản xuất công nghiệp của tỉnh đạt 202,6 tỷ đồng\n\nGiảm mạnh nhất từ đầu năm?\nKiểm tra lại số liệu.',
    );
    expect(note).toContain('## Note\n\nSố liệu tháng 4/2020');
    expect(note).toContain(
      '[Báo Công Thương](https://congthuong.vn/lai-chau-kim-ngach-xuat-khau.html)',
    );
  });
});

describe('obsidianLink', () => {
  it('puts vault, title as file name and the note in the URI', () => {
    const c = viClipping();
    const note = obsidianNote(c, viAnnotations());
    const link = obsidianLink(note, c.metadata.title ?? '', 'Nghiên cứu');
    expect(link.viaClipboard).toBe(false);
    const p = params(link.uri);
    expect(p.get('vault')).toBe('Nghiên cứu');
    expect(p.get('file')).toBe('Lai Châu Kim ngạch xuất khẩu giảm mạnh');
    expect(p.get('content')).toBe(note);
    // Spaces as %20, not `+`, which Obsidian would keep literally.
    expect(link.uri).not.toContain('+');
  });

  it('leaves the vault out when none is set (the default vault)', () => {
    const link = obsidianLink('# x\n', 'Fed raises rates', '  ');
    expect(link.uri).toBe('obsidian://new?file=Fed%20raises%20rates&content=%23%20x%0A');
  });

  it('goes by clipboard when the note would make the URI too long', () => {
    const c = enClipping();
    c.note = 'Lãi suất '.repeat(4000);
    const note = obsidianNote(c, []);
    const link = obsidianLink(note, c.metadata.title ?? '', 'Vault');
    expect(link.viaClipboard).toBe(true);
    expect(link.uri.length).toBeLessThan(MAX_URI_LENGTH);
    expect(link.uri).toMatch(/^obsidian:\/\/new\?vault=Vault&file=[^&]+&clipboard$/);
  });

  it('makes file names Obsidian accepts', () => {
    expect(
      obsidianFileName('Fed raises rates by 0.25%: what it means for $ & savers #1_{ok}'),
    ).toBe('Fed raises rates by 0.25% what it means for $ & savers 1_{ok}');
    expect(obsidianFileName('a/b\\c [d] | e? ^f')).toBe('a b c d e f');
    expect(obsidianFileName('...')).toBe('Untitled clipping');
  });
});
