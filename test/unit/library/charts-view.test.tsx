import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import type { Figure } from '../../../src/model/figure';
import { standaloneSvg } from '../../../src/ui/library/chart-export';
import { ChartsView } from '../../../src/ui/library/charts-view';
import { seriesInputs } from '../../../src/ui/library/figure-series-inputs';
import { makeClipping, money, summary } from './library-fixtures';
import { useMount } from './mount-component';

// The real module needs the WebExtension runtime; strings are their keys here.
vi.mock('../../../src/platform/browser-api', () => ({
  t: (key: string, subs?: string | string[]) => [key, ...[subs ?? []].flat()].join(' '),
}));

const mount = useMount();

function recorded(figure: Figure, subject: string, period: string): Figure {
  return { ...figure, record: { subject, period } };
}

const exportsApril = summary(
  makeClipping('april', {
    figures: [
      recorded(money('120 triệu USD', 120e6, 'USD'), 'kim ngạch xuất khẩu', '2020-04'),
      money('5 tỷ đồng', 5e9, 'VND'),
      // The change of the first figure: a rate, not a level of exports, so never charted.
      {
        text: '3,2%',
        kind: 'percent',
        value: 3.2,
        start: 0,
        end: 4,
        record: {
          subject: 'kim ngạch xuất khẩu',
          period: '2020-04',
          comparison: { change: 3.2, unit: '%', base: 'year-on-year', figure: 2 },
        },
      },
    ],
  }),
);
const exportsMay = summary(
  makeClipping('may', {
    figures: [recorded(money('-30 triệu USD', -30e6, 'USD'), 'Kim ngạch xuất khẩu', '2020-05')],
  }),
);

describe('ChartsView', () => {
  it('says how a series comes about when the library has none', () => {
    const el = mount(<ChartsView clippings={[exportsApril]} onOpen={() => undefined} />);
    expect(el.querySelector('[data-testid="charts-empty"]')?.textContent).toBe('libChartsEmpty');
    expect(el.querySelector('svg')).toBeNull();
  });

  it('charts one subject in one unit across two clippings, bars below zero going down', () => {
    const opened: string[] = [];
    const el = mount(
      <ChartsView clippings={[exportsMay, exportsApril]} onOpen={(id) => opened.push(id)} />,
    );
    const points = Array.from(el.querySelectorAll<SVGRectElement>('[data-testid="chart-point"]'));
    expect(points.map((p) => p.getAttribute('data-clipping'))).toEqual(['april', 'may']);
    const [april, may] = points;
    // April's bar stands on the zero line, May's hangs from it.
    const aprilBottom = Number(april?.getAttribute('y')) + Number(april?.getAttribute('height'));
    expect(Number(may?.getAttribute('y'))).toBeCloseTo(aprilBottom, 5);
    expect(april?.querySelector('title')?.textContent).toContain('120');
    expect(
      el.querySelector('select[data-testid="chart-series"]')?.textContent?.toLowerCase(),
    ).toContain('kim ngạch xuất khẩu');
    act(() => {
      may?.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    });
    act(() => {
      april?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    });
    expect(opened).toEqual(['may', 'april']);
  });

  it('draws a line through the points when asked', () => {
    const el = mount(
      <ChartsView clippings={[exportsMay, exportsApril]} onOpen={() => undefined} />,
    );
    const line = el.querySelector<HTMLInputElement>('input[value="line"]');
    act(() => {
      line?.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    });
    expect(el.querySelectorAll('circle[data-testid="chart-point"]')).toHaveLength(2);
    expect(el.querySelector('path')?.getAttribute('d')).toMatch(/^M[\d.]+,[\d.]+L[\d.]+,[\d.]+$/);
  });

  it('exports a standalone SVG: white background, dark text, no page hooks', () => {
    const el = mount(
      <ChartsView clippings={[exportsMay, exportsApril]} onOpen={() => undefined} />,
    );
    const svg = standaloneSvg(el.querySelector('svg') as SVGSVGElement);
    expect(svg.startsWith('<?xml')).toBe(true);
    expect(svg).toContain('fill="#ffffff"');
    expect(svg).toContain('color="#1a1a1a"');
    expect(svg).not.toContain('data-testid');
    expect(svg).not.toContain('tabindex');
    expect(svg.match(/<rect /g)?.length).toBe(3);
  });
});

describe('seriesInputs', () => {
  it('leaves out a figure that states the change of another', () => {
    const april = { ...exportsApril, id: 'april-2' };
    const may = { ...exportsMay, id: 'may-2' };
    const inputs = seriesInputs([april, may]);
    expect(inputs.map((i) => i.text)).toEqual(['120 triệu USD', '-30 triệu USD']);
  });
});
