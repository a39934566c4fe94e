// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { unzipSync, strFromU8 } from 'fflate';
import { clippingToMarkdown, yamlString } from '../../../src/export/to-markdown';
import { markdownZip, readImageBytes } from '../../../src/export/to-markdown-zip';
import { slugify } from '../../../src/export/fold-diacritics';
import { enClipping, makeParser, viAnnotations, viClipping, viImages } from './export-fixtures';

/**
 * A strict reader for the YAML subset the front matter uses: `key: "double-quoted"`, `key: []`
 * and block lists of double-quoted items. Anything else fails, so output drift is caught.
 */
function readFrontMatter(markdown: string): Record<string, string | string[]> {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(markdown);
  if (!match?.[1]) throw new Error('no front matter');
  const out: Record<string, string | string[]> = {};
  let list: string[] | null = null;
  for (const line of match[1].split('\n')) {
    const item = /^ {2}- (".*")$/.exec(line);
    if (item?.[1] && list) {
      list.push(readQuoted(item[1]));
      continue;
    }
    const field = /^([a-z]+): ?(.*)$/.exec(line);
    if (!field?.[1] || field[2] === undefined) throw new Error(`not front matter YAML: ${line}`);
    if (field[2] === '') {
      list = [];
      out[field[1]] = list;
    } else {
      out[field[1]] = field[2] === '[]' ? [] : readQuoted(field[2]);
      list = null;
    }
  }
  return out;
}

/** YAML double-quoted scalar with the escapes we emit (`\" \\ \n \t \uXXXX`). */
function readQuoted(scalar: string): string {
  if (!/^"(?:[^"\\\n]|\\["\\nt]|\\u[0-9a-f]{4})*"$/.test(scalar))
    throw new Error(`bad scalar ${scalar}`);
  return scalar
    .slice(1, -1)
    .replace(/\\(["\\nt]|u[0-9a-f]{4})/g, (_, e: string) =>
      e === 'n'
        ? '\n'
        : e === 't'
          ? '\t'
          : e.startsWith('u')
            ? String.fromCharCode(parseInt(e.slice(1), 16))
            : e,
    );
}

describe('clippingToMarkdown', () => {
  const parser = makeParser();

  it('renders the Vietnamese clipping (golden)', async () => {
    const md = clippingToMarkdown(viClipping(), viAnnotations(), {
      parser,
      imageHref: (id) => `images/${id}.svg`,
    });
    await expect(md).toMatchFileSnapshot('./golden/laichau.md.golden');
    expect(md).toContain('![Chè là mặt hàng xuất khẩu chính của Lai Châu](images/img-che.svg)');
    expect(md).toContain(
      '- ==giá trị sản xuất công nghiệp của tỉnh đạt 202,6 tỷ đồng==\n  > Giảm mạnh',
    );
    expect(md).toContain('| 202,6 tỷ đồng | money | 202600000000 | VND |  |  |');
    expect(md).toContain('| 41,6% | percent | 41.6 |  |  | down |');
  });

  it('renders the English clipping (golden)', async () => {
    const md = clippingToMarkdown(enClipping(), [], { parser });
    await expect(md).toMatchFileSnapshot('./golden/fed-rates.md.golden');
    expect(md).not.toContain('## Highlights');
  });

  it('writes front matter that reads back as the metadata', () => {
    const c = viClipping();
    const fm = readFrontMatter(clippingToMarkdown(c, [], { parser }));
    expect(fm).toEqual({
      title: c.metadata.title,
      authors: ['Nguyễn Văn An'],
      site: 'Báo Công Thương',
      url: c.metadata.canonicalUrl,
      published: '2020-05-12T08:30:00+07:00',
      saved: '2024-01-02T03:04:05.000Z',
      tags: ['xuất-khẩu', 'Lai-Châu'], // Obsidian tags have no spaces
    });
  });

  it('escapes hostile titles in YAML', () => {
    const c = enClipping();
    const nasty = 'a: "b" \\ c\n--- #d \u0007 \u0085 \uFEFF';
    c.metadata.title = nasty;
    c.metadata.authors = [];
    c.tags = [];
    const fm = readFrontMatter(clippingToMarkdown(c, [], { parser }));
    expect(fm['title']).toBe(nasty);
    expect(fm['authors']).toEqual([]);
    expect(yamlString('\uD800x')).toBe('"\uFFFDx"');
  });

  it('drops stored images it has no file for, keeps remote ones, never leaks ra-image:', () => {
    const md = clippingToMarkdown(viClipping(), [], { parser });
    expect(md).not.toContain('ra-image:');
    expect(md).toContain('Chè là mặt hàng xuất khẩu chính của Lai Châu');
    expect(md).toContain('![Ảnh không tải được](https://congthuong.vn/missing.jpg)');
  });
});

describe('markdownZip', () => {
  it('zips one .md per clipping with its images beside it', async () => {
    const parser = makeParser();
    const images = await readImageBytes(viImages());
    const twin = { ...viClipping(), id: 'clip-vi-2', canonicalKey: 'other' };
    const zip = markdownZip(
      [
        { clipping: viClipping(), annotations: viAnnotations() },
        { clipping: twin, annotations: [] },
        { clipping: enClipping(), annotations: [] },
      ],
      images,
      parser,
    );
    const files = unzipSync(zip);
    expect(Object.keys(files).sort()).toEqual([
      'fed-raises-rates-by-0-25-what-it-means-for-savers-1-ok.md',
      'images/img-che.svg',
      'lai-chau-kim-ngach-xuat-khau-giam-manh-2.md',
      'lai-chau-kim-ngach-xuat-khau-giam-manh.md',
    ]);
    const svg = new Uint8Array(await viImages()[0]!.blob.arrayBuffer());
    expect(files['images/img-che.svg']).toEqual(svg);
    const md = strFromU8(files['lai-chau-kim-ngach-xuat-khau-giam-manh.md']!);
    expect(md).toContain('](images/img-che.svg)');
    expect(md).toContain('==giá trị sản xuất');
  });

  it('slugs Vietnamese titles to ASCII', () => {
    expect(slugify('Thủy điện Nậm Voi')).toBe('thuy-dien-nam-voi');
    expect(slugify('ĐƯỜNG DÂY 500 kV mạch 3: Quảng Trạch – Phố Nối')).toBe(
      'duong-day-500-kv-mach-3-quang-trach-pho-noi',
    );
    expect(slugify('!!!')).toBe('');
  });
});
