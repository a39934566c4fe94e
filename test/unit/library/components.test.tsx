import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { makeMatcher } from '../../../src/ui/library/highlight-matches';
import { ClippingList, ROW_HEIGHT, visibleRange } from '../../../src/ui/library/clipping-list';
import { FiguresView } from '../../../src/ui/library/figures-view';
import { ProjectsView } from '../../../src/ui/library/projects-view';
import { findProjects } from '../../../src/annotate/find-projects';
import { makeClipping, money, summary } from './library-fixtures';
import { useMount } from './mount-component';

// The real module needs the WebExtension runtime; strings are their keys here.
vi.mock('../../../src/platform/browser-api', () => ({
  t: (key: string, subs?: string | string[]) => [key, ...[subs ?? []].flat()].join(' '),
}));

const mount = useMount();

describe('ClippingList', () => {
  const many = Array.from({ length: 10_000 }, (_, i) =>
    summary(
      makeClipping(`c${i}`, { metadata: { ...makeClipping('x').metadata, title: `Title ${i}` } }),
    ),
  );

  it('renders only the rows in view out of 10,000', () => {
    const el = mount(
      <ClippingList
        items={many}
        counts={new Map()}
        matcher={null}
        selected={new Set()}
        onToggle={() => undefined}
        onOpen={() => undefined}
      />,
    );
    const rows = el.querySelectorAll('[data-testid="clipping-item"]');
    expect(rows.length).toBeGreaterThan(5);
    expect(rows.length).toBeLessThan(40);
    expect(rows[0]?.textContent).toContain('Title 0');
    expect(rows[0]?.getAttribute('aria-setsize')).toBe('10000');
    expect(el.querySelector('ul')?.getAttribute('style')).toContain(`${10_000 * ROW_HEIGHT}px`);
  });

  it('computes the window for a scroll position', () => {
    expect(visibleRange(ROW_HEIGHT * 500, ROW_HEIGHT * 10, 10_000)).toEqual({
      start: 494,
      end: 516,
    });
    expect(visibleRange(0, 800, 3)).toEqual({ start: 0, end: 3 });
  });

  it('opens and selects with the row buttons, highlighting search matches', () => {
    const opened: string[] = [];
    const toggled: string[] = [];
    const el = mount(
      <ClippingList
        items={[
          summary(
            makeClipping('vi', {
              metadata: { ...makeClipping('x').metadata, title: 'Thủy điện Lai Châu' },
            }),
          ),
        ]}
        counts={new Map([['vi', { highlights: 3, orphans: 1 }]])}
        matcher={makeMatcher('thuy')}
        selected={new Set()}
        onToggle={(id) => toggled.push(id)}
        onOpen={(id) => opened.push(id)}
      />,
    );
    expect(el.querySelector('mark')?.textContent).toBe('Thủy');
    expect(el.textContent).toContain('libCountOrphans 1');
    act(() => (el.querySelector('[data-testid="open-clipping"]') as HTMLElement).click());
    act(() => (el.querySelector('input[type="checkbox"]') as HTMLElement).click());
    expect(opened).toEqual(['vi']);
    expect(toggled).toEqual(['vi']);
  });
});

describe('FiguresView', () => {
  it('filters money in VND over 1 000 tỷ with the scale selector', () => {
    const clippings = [
      summary(
        makeClipping('a', {
          figures: [
            money('202,6 tỷ đồng', 202.6e9, 'VND'),
            money('6.122,1 tỷ đồng', 6122.1e9, 'VND'),
          ],
        }),
      ),
    ];
    const el = mount(<FiguresView clippings={clippings} onOpen={() => undefined} />);
    expect(el.querySelectorAll('[data-testid="figure-row"]')).toHaveLength(2);
    const [minInput] = Array.from(
      el.querySelectorAll('input[inputmode="decimal"]'),
    ) as HTMLInputElement[];
    const [minScale] = Array.from(el.querySelectorAll('.bound select')) as HTMLSelectElement[];
    act(() => {
      minInput!.value = '1000';
      minInput!.dispatchEvent(new Event('input', { bubbles: true }));
    });
    act(() => {
      minScale!.value = '1000000000';
      minScale!.dispatchEvent(new Event('change', { bubbles: true }));
    });
    const rows = el.querySelectorAll('[data-testid="figure-row"]');
    expect(rows).toHaveLength(1);
    expect(rows[0]?.textContent).toContain('6.122,1 tỷ đồng');
  });

  it('names units and rates in the UI language, as the popup does (Vietnamese UI: tấn, not t)', async () => {
    const { translatorFor } = await import('../locale-messages');
    const host = globalThis as { chrome?: unknown };
    host.chrome = { i18n: { getMessage: translatorFor('vi') } };
    try {
      const clipping = makeClipping('q', {
        figures: [
          { text: '5.700 tấn', kind: 'quantity', value: 5700, unit: 't', start: 0, end: 9 },
          { ...money('12 triệu đồng/tấn', 12e6, 'VND'), per: 't', start: 20, end: 37 },
        ],
      });
      const el = mount(<FiguresView clippings={[summary(clipping)]} onOpen={() => undefined} />);
      const units = [...el.querySelectorAll('[data-testid="figure-row"]')].map(
        (row) => row.querySelectorAll('td')[3]?.textContent,
      );
      expect(units.sort()).toEqual(['VND /tấn', 'tấn']);
    } finally {
      delete host.chrome;
    }
  });

  it('heads each unit, counts repeats and writes numbers as the article’s language does', () => {
    const vi = makeClipping('vi', {
      metadata: { ...makeClipping('x').metadata, lang: 'vi' },
      figures: [
        money('6.122,1 tỷ đồng', 6122.1e9, 'VND'),
        { ...money('6.122,1 tỷ đồng', 6122.1e9, 'VND'), start: 50, end: 65 },
        { text: '41,6%', kind: 'percent', value: 41.6, start: 70, end: 75 },
      ],
    });
    const en = makeClipping('en', { figures: [money('$1.2 billion', 1.2e9, 'USD')] });
    const el = mount(
      <FiguresView clippings={[summary(vi), summary(en)]} onOpen={() => undefined} />,
    );
    const groups = [...el.querySelectorAll('[data-testid="figure-group"]')];
    expect(groups.map((g) => g.textContent)).toEqual([
      'libKind_money · USD',
      'libKind_money · VND',
      'libKind_percent',
    ]);
    const rows = [...el.querySelectorAll('[data-testid="figure-row"]')];
    expect(rows).toHaveLength(3);
    const cells = (row: Element | undefined) =>
      [...(row?.querySelectorAll('td') ?? [])].map((td) => td.textContent);
    expect(cells(rows[0]).slice(2, 5)).toEqual(['1,200,000,000', 'USD', '1']);
    expect(cells(rows[1]).slice(2, 5)).toEqual(['6.122.100.000.000', 'VND', '2']);
    expect(cells(rows[2])[2]).toBe('41,6');
    expect(el.querySelector('[data-testid="figures-export"]')?.textContent).toBe(
      'libFigExportShown 3',
    );
  });
  it('shows what each figure measures, for when, its change and status', () => {
    const vi = makeClipping('vi', {
      metadata: { ...makeClipping('x').metadata, lang: 'vi' },
      figures: [
        {
          ...money('202,6 tỷ đồng', 202.6e9, 'VND'),
          record: {
            subject: 'giá trị sản xuất công nghiệp',
            entity: 'tỉnh Lai Châu',
            period: '2020-04',
            comparison: {
              change: -41.6,
              unit: '%',
              base: 'year-on-year',
              basePeriod: '2019',
              figure: 1,
            },
            status: 'estimate',
          },
        },
      ],
    });
    const el = mount(<FiguresView clippings={[summary(vi)]} onOpen={() => undefined} />);
    const row = el.querySelector('[data-testid="figure-row"]');
    const cells = [...(row?.querySelectorAll('td') ?? [])].map((td) => td.textContent);
    expect(cells.slice(5, 9)).toEqual([
      'giá trị sản xuất công nghiệp',
      '2020-04',
      '−41,6% figBase_yoy 2019',
      'figStatus_estimate',
    ]);
  });
});

describe('ProjectsView', () => {
  it('lists each project by its full name with the clippings that mention it', () => {
    const text = 'Dự án thủy điện A Mé 1, 2 khởi công. Thủy điện A Mé 2 có vốn lớn.';
    const a = makeClipping('a', { text, projects: findProjects(text, 'vi') });
    const b = makeClipping('b', {
      text: 'Thủy điện A Mé 1',
      projects: findProjects('Thủy điện A Mé 1', 'vi'),
    });
    const opened: string[] = [];
    const el = mount(
      <ProjectsView clippings={[summary(a), summary(b)]} onOpen={(id) => opened.push(id)} />,
    );
    const rows = [...el.querySelectorAll('[data-testid="project-row"]')];
    const cells = rows.map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent));
    expect(cells).toEqual([
      ['Thủy điện A Mé 1', '2', 'ab'],
      ['Thủy điện A Mé 2', '2', 'a'],
    ]);
    act(() => (rows[1]?.querySelector('button') as HTMLButtonElement).click());
    expect(opened).toEqual(['a']);
    const search = el.querySelector('[data-testid="project-search"]') as HTMLInputElement;
    act(() => {
      search.value = 'me 2';
      search.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(el.querySelectorAll('[data-testid="project-row"]')).toHaveLength(1);
  });
});
