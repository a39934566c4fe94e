import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import type { PageState } from '../../../src/model/page-state';
import { seedPageState } from './seed-page-state';

vi.mock('../../../src/platform/browser-api', () => ({
  TARGET_BROWSER: 'chrome',
  browser: {},
  t: (key: string, subs?: string | string[]) =>
    `${key}${subs ? `:${[subs].flat().join(',')}` : ''}`,
}));
const { FiguresTable } = await import('../../../src/ui/popup/figures-table');

const page = seedPageState;

describe('the popup figures table', () => {
  it('lists figures and projects, picks a row, and copies TSV and CSV for a spreadsheet', async () => {
    const copied: string[] = [];
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: async (text: string) => void copied.push(text) },
      configurable: true,
    });
    const picked: [string, number][] = [];
    const root = document.createElement('div');
    document.body.append(root);
    render(<FiguresTable page={page} onPick={(kind, index) => picked.push([kind, index])} />, root);

    const rows = [...root.querySelectorAll('[data-testid="figure-row"]')];
    expect(rows.map((r) => r.textContent)).toEqual([
      expect.stringContaining('202.600.000.000 VND'),
      expect.stringContaining('41,6%'),
    ]);
    (rows[1] as HTMLElement).click();
    (root.querySelector('[data-testid="project-row"]') as HTMLElement).click();
    expect(picked).toEqual([
      ['figure', 1],
      ['project', 0],
    ]);

    (root.querySelector('[data-testid="copy-tsv"]') as HTMLElement).click();
    (root.querySelector('[data-testid="copy-csv"]') as HTMLElement).click();
    await vi.waitFor(() => expect(copied).toHaveLength(2));
    const [tsv, csv] = copied as [string, string];
    const tsvRows = tsv
      .trim()
      .split('\n')
      .map((l) => l.split('\t'));
    expect(tsvRows[0]).toEqual([
      'clipping title',
      'url',
      'published',
      'text',
      'kind',
      'value',
      'currency/unit',
      'per',
      'change',
      'subject',
      'entity',
      'period',
      'comparison',
      'status',
      'context',
    ]);
    expect(tsvRows[1]).toEqual([
      'Lai Châu: xuất khẩu',
      'https://congthuong.vn/lai-chau.html',
      '2020-05-12',
      '202,6 tỷ đồng',
      'money',
      '202600000000',
      'VND',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      'đạt 202,6 tỷ đồng, giảm',
    ]);
    expect(tsvRows[2]?.slice(3, 9)).toEqual(['41,6%', 'percent', '41.6', '', '', 'down']);
    expect(csv.startsWith('\uFEFF"clipping title","url",')).toBe(true);
    expect(csv).toContain('"đạt 202,6 tỷ đồng, giảm"');
    expect(csv.endsWith('\r\n')).toBe(true);
    render(null, root);
  });
});

describe('the popup figures table with the keyboard', () => {
  it('is one Tab stop: arrow keys move between rows, Home and End jump, Enter picks', async () => {
    const picked: [string, number][] = [];
    const root = document.createElement('div');
    document.body.append(root);
    render(<FiguresTable page={page} onPick={(kind, index) => picked.push([kind, index])} />, root);
    const rows = () => [...root.querySelectorAll<HTMLElement>('tbody tr')];
    const stops = () => rows().filter((r) => r.tabIndex === 0);
    expect(rows()).toHaveLength(3);
    expect(stops()).toEqual([rows()[0]]);
    const key = (el: Element, k: string) =>
      el.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true }));

    rows()[0]?.focus();
    key(rows()[0] as HTMLElement, 'ArrowDown');
    expect(document.activeElement).toBe(rows()[1]);
    // Preact renders the moved tab stop on its next tick.
    await vi.waitFor(() => expect(stops()).toEqual([rows()[1]]));
    key(rows()[1] as HTMLElement, 'End');
    expect(document.activeElement).toBe(rows()[2]);
    key(rows()[2] as HTMLElement, 'ArrowDown');
    expect(document.activeElement).toBe(rows()[2]);
    key(rows()[2] as HTMLElement, 'Enter');
    key(rows()[2] as HTMLElement, 'Home');
    expect(document.activeElement).toBe(rows()[0]);
    key(rows()[0] as HTMLElement, ' ');
    expect(picked).toEqual([
      ['project', 0],
      ['figure', 0],
    ]);
    await vi.waitFor(() => expect(stops()).toEqual([rows()[0]]));
    // A section that folds away, open to begin with.
    expect(root.querySelector<HTMLDetailsElement>('[data-testid="figures-section"]')?.open).toBe(
      true,
    );
    render(null, root);
  });
});

describe('the popup figures table with a list of projects', () => {
  it('names a project given by ellipsis in full (`2` of `Thủy điện A Mé 1, 2`)', () => {
    const context = 'các dự án Thủy điện A Mé 1, 2 và';
    const listPage: PageState = {
      ...page,
      figures: [],
      projects: [
        {
          index: 0,
          text: 'Thủy điện A Mé 1',
          name: 'A Mé 1',
          type: 'Thủy điện',
          start: 100,
          end: 116,
          context,
        },
        { index: 1, text: '2', name: '2', type: '', start: 118, end: 119, context },
      ],
    };
    const root = document.createElement('div');
    document.body.append(root);
    render(<FiguresTable page={listPage} onPick={() => undefined} />, root);
    const firstCells = [...root.querySelectorAll('[data-testid="project-row"] td:first-child')];
    expect(firstCells.map((td) => td.textContent)).toEqual([
      'Thủy điện A Mé 1',
      'Thủy điện A Mé 2',
    ]);
    render(null, root);
  });
});

describe('the popup figures table with figure records', () => {
  it('says under a figure what it measures, whose, for when, its change and status', () => {
    const recorded: PageState = {
      ...page,
      figures: page.figures.map((f, i) =>
        i === 0
          ? {
              ...f,
              record: {
                subject: 'giá trị sản xuất công nghiệp',
                entity: 'Lai Châu',
                period: '2020-04',
                comparison: { change: -41.6, unit: '%', base: 'year-on-year', figure: 1 },
                status: 'estimate',
              },
            }
          : f,
      ),
    };
    const root = document.createElement('div');
    document.body.append(root);
    render(<FiguresTable page={recorded} onPick={() => undefined} />, root);
    const lines = [...root.querySelectorAll('[data-testid="figure-record"]')].map(
      (l) => l.textContent,
    );
    // Only the figure with a record has a line; the mocked t() shows message keys.
    expect(lines).toEqual([
      'giá trị sản xuất công nghiệp · Lai Châu · 2020-04 · −41,6% figBase_yoy · figStatus_estimate',
    ]);
    render(null, root);
  });
});
