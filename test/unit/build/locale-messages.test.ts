// @vitest-environment node
/**
 * Every word the extension shows comes from `_locales`, in English and Vietnamese alike: the two
 * files have the same keys with the same substitutions, and every key the code asks for (by a
 * literal `t('…')`, a key prefix `t(`prefix_${…}`)`, or one of the key tables the page UI and
 * the verdict's reasons use) is in both.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { detectArticle } from '../../../src/detect/detect-article';
import { KIND_MESSAGE, PER_MESSAGE, UNIT_MESSAGE } from '../../../src/ui/shared/figure-words';
import { loadFixture } from '../extract/load-page';
import { readMessages, translatorFor } from '../locale-messages';

vi.mock('../../../src/platform/browser-api', async () => ({
  t: (await import('../locale-messages')).translatorFor('en'),
}));

const en = readMessages('en');
const vi_ = readMessages('vi');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}
const sources = sourceFiles(join(process.cwd(), 'src')).map((path) => ({
  path,
  text: readFileSync(path, 'utf8'),
}));

/** `$1`, `$2`… and `$NAME$` placeholders a message uses. */
const substitutions = (message: string) =>
  [...message.matchAll(/\$(\d|[A-Za-z_]+\$)/g)].map((m) => m[0]).sort();

function keysUsed(pattern: RegExp): { key: string; where: string }[] {
  return sources.flatMap(({ path, text }) =>
    [...text.matchAll(pattern)].map((m) => ({
      key: m[1] as string,
      where: path.slice(process.cwd().length + 1),
    })),
  );
}

describe('the locale files', () => {
  it('have the same keys in English and Vietnamese, each with the same substitutions', () => {
    expect(Object.keys(vi_).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en)) {
      expect(substitutions(vi_[key]?.message ?? ''), key).toEqual(
        substitutions(en[key]?.message ?? ''),
      );
    }
  });

  it('have every key the code asks for with a literal t(…)', () => {
    const used = keysUsed(/\bt\(\s*'([A-Za-z0-9_@]+)'/g);
    expect(used.length).toBeGreaterThan(150);
    const missing = used.filter(({ key }) => !en[key] || !vi_[key]);
    expect(missing).toEqual([]);
  });

  it('have keys for every prefix the code builds a key from', () => {
    const prefixes = keysUsed(/\bt\(\s*`([A-Za-z0-9_]+)\$\{/g);
    expect(prefixes.length).toBeGreaterThan(0);
    const missing = prefixes.filter(
      ({ key }) =>
        !Object.keys(en).some((k) => k.startsWith(key)) ||
        !Object.keys(vi_).some((k) => k.startsWith(key)),
    );
    expect(missing).toEqual([]);
  });

  it('have every key of the page UI tables and of the verdict reasons', () => {
    const tables = [
      ...Object.values(KIND_MESSAGE),
      ...Object.values(UNIT_MESSAGE),
      ...Object.values(PER_MESSAGE),
      // Colour names of the highlight toolbar, reasons of the verdict (explain-verdict.ts).
      ...keysUsed(/\b(color[A-Z][a-z]+)'/g).map((u) => u.key),
      ...keysUsed(/\bm\(\s*'(reason[A-Za-z0-9]+)'/g).map((u) => u.key),
      'reasonAgainst',
    ];
    expect(tables.filter((k) => k.startsWith('reason')).length).toBeGreaterThan(40);
    expect(tables.filter((k) => k.startsWith('color')).length).toBe(4);
    expect(tables.filter((key) => !en[key] || !vi_[key])).toEqual([]);
  });
});

describe("the verdict's reasons", () => {
  it.each([
    ['seed/laichau.html', 'https://congthuong.vn/nganh-cong-thuong-lai-chau.html'],
    ['pages/home-page.html', 'https://news.example.com/'],
    ['pages/product-page.html', 'https://shop.example.com/p/4711'],
  ])('of %s are worded in Vietnamese in a Vietnamese browser', (file, url) => {
    const english = detectArticle(loadFixture(file), url).reasons;
    const vietnamese = detectArticle(loadFixture(file), url, translatorFor('vi')).reasons;
    expect(vietnamese.length).toBe(english.length);
    expect(vietnamese.length).toBeGreaterThan(0);
    for (const [k, reason] of vietnamese.entries()) {
      expect(reason).not.toBe(english[k]);
      // Not a bare key, and no English connective left in it.
      expect(reason).not.toMatch(/^[a-z]+[A-Z]\w*$|\b(but|the|no|address|block)\b/);
    }
  });
});
