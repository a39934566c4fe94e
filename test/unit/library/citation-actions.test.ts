// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { saveClipping } from '../../../src/store/clippings-repository';
import { openReaderDb } from '../../../src/store/open-db';
import { citationText } from '../../../src/ui/library/citation-actions';
import { viClipping } from '../export/export-fixtures';

describe('citationText', () => {
  it('formats the stored clipping in the chosen style', async () => {
    const db = await openReaderDb({ name: `cite-${Math.random().toString(36).slice(2)}` });
    await saveClipping(db, { clipping: viClipping(), images: [], annotations: [] });
    expect(await citationText(db, 'clip-vi', 'apa')).toBe(
      'Nguyễn V. A. (2020, May 12). Lai Châu: Kim ngạch xuất khẩu giảm mạnh. Báo Công Thương. https://congthuong.vn/lai-chau-kim-ngach-xuat-khau.html',
    );
    expect(await citationText(db, 'clip-vi', 'chicago')).toMatch(
      /^Nguyễn Văn An\. 2020\. “Lai Châu/,
    );
    expect(await citationText(db, 'clip-vi', 'vancouver')).toContain('[cited 2024 Jan 2]');
    await expect(citationText(db, 'nope', 'apa')).rejects.toThrow(/no clipping/);
    // Three citeproc engines, each parsing its style: seconds on a busy machine.
  }, 90_000);
});
