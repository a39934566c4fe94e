// @vitest-environment node
/**
 * The seed page against its golden analysis. To refresh after an intended change:
 *   UPDATE_GOLDEN=1 npx vitest run test/unit/extract/seed-golden.test.ts
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../../src/pipeline/analyze-document';
import { fixturesDir, loadFixture } from './load-page';

const SEED_URL =
  'https://congthuong.vn/nganh-cong-thuong-lai-chau-no-luc-on-dinh-san-xuat-xuat-khau.html';
const goldenFile = path.resolve(fixturesDir, '../golden/seed.analysis.json');

function analyzeSeed(): Record<string, unknown> {
  const a = analyzeDocument(loadFixture('seed/laichau.html', SEED_URL), SEED_URL);
  return {
    verdict: a.verdict,
    lang: a.lang,
    metadata: a.metadata,
    text: a.text,
    articleText: a.articleText,
  };
}

describe('seed page (congthuong.vn, Lai Châu)', () => {
  const actual = analyzeSeed();
  const text = actual.text as string;

  it('matches the golden analysis', () => {
    if (process.env.UPDATE_GOLDEN || !existsSync(goldenFile))
      writeFileSync(goldenFile, `${JSON.stringify(actual, null, 2)}\n`);
    expect(actual).toEqual(JSON.parse(readFileSync(goldenFile, 'utf8')));
  });

  it('keeps every paragraph of the reference text, the subheadings, the caption and the author', () => {
    const reference = readFileSync(path.join(fixturesDir, 'seed/laichau.article.txt'), 'utf8');
    for (const block of reference
      .split(/\n\s*\n/)
      .map((b) => b.trim())
      .filter((b) => b !== '')) {
      expect(text).toContain(block.replace(/\s+/g, ' '));
    }
    expect(text).toContain('Hải Linh');
    expect(text).toContain('Ngành Công Thương Lai Châu: Nỗ lực ổn định sản xuất, xuất khẩu');
  });

  it('hides the rating widget, the boxes of other stories, "Xem thêm" and the footer', () => {
    for (const clutter of [
      'Bạn thấy bài viết này thế nào?',
      'Có thể bạn quan tâm',
      'Tin mới nhất',
      'Tin cùng chuyên mục',
      'Xem thêm',
      'Cơ quan ngôn luận',
      'Quảng cáo',
    ]) {
      expect(text).not.toContain(clutter);
    }
  });
});
