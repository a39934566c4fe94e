import { describe, expect, it } from 'vitest';
import { exportFile, openLibrary, saveFixture, textOf } from './support/downloads';
import { BROWSER_NAMES } from './support/launch';
import { useExtensionSession } from './support/session';

// Two articles of ours that report one measure (Hà Giang's exports, in USD) for two months.
const APRIL = '/library/exports-april.html';
const MAY = '/library/exports-may.html';

describe.each(BROWSER_NAMES)('library chart in %s', (name) => {
  const session = useExtensionSession(name, { hostAccess: 'granted' });

  it('charts two clippings that share a subject and unit as one series, downloadable as SVG and CSV', async () => {
    await saveFixture(session, APRIL);
    await saveFixture(session, MAY);
    const library = await openLibrary(session.browser, 2);
    await library.click('[data-testid="charts-view"]');
    await library.waitFor(
      () => document.querySelectorAll('[data-testid="chart-point"]').length > 0,
      null,
    );

    const chart = await library.evaluate(() => {
      const select = document.querySelector<HTMLSelectElement>('[data-testid="chart-series"]');
      return {
        series: select ? [...select.options].map((o) => o.textContent ?? '') : [],
        points: [...document.querySelectorAll('[data-testid="chart-point"]')].map((p) => ({
          label: p.getAttribute('aria-label') ?? '',
          clipping: p.getAttribute('data-clipping') ?? '',
        })),
      };
    }, null);
    expect(chart.series[0]?.toLowerCase()).toContain('kim ngạch xuất khẩu');
    expect(chart.points).toHaveLength(2);
    expect(chart.points[0]?.label).toMatch(/2020-04.*12[.,]5/);
    expect(chart.points[1]?.label).toMatch(/2020-05.*14[.,]8/);
    expect(new Set(chart.points.map((p) => p.clipping)).size).toBe(2);

    const svg = await exportFile(library, 'chart-svg');
    expect(svg.name).toMatch(/\.svg$/);
    const markup = textOf(svg);
    expect(markup).toContain('<svg');
    expect(markup.match(/<rect [^>]*fill="#2f6fb0"/g)).toHaveLength(2);
    expect(markup).toContain('2020-04');
    expect(markup).toContain('2020-05');

    const csv = await exportFile(library, 'chart-csv');
    expect(csv.name).toMatch(/\.csv$/);
    const rows = textOf(csv).replace('\uFEFF', '').trim().split(/\r?\n/);
    expect(rows).toHaveLength(3);
    expect(rows[1]).toMatch(/"2020-04".12500000\b/);
    expect(rows[2]).toMatch(/"2020-05".14800000\b/);

    // A point opens the clipping it came from.
    await library.click('[data-testid="chart-point"]');
    await library.waitFor(
      () => document.querySelector('[data-testid="reader-content"]') !== null,
      null,
    );
  }, 180000);
});
