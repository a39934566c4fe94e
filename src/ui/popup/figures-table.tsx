import { useRef, useState } from 'preact/hooks';
import { formatFigureValue } from '../../annotate/format-figure';
import { projectFullNames } from '../../annotate/project-full-name';
import { UNIT_NAMES } from '../shared/figure-words';
import { recordLine } from '../shared/figure-record-text';
import type { FigureRow, PageState, ProjectRow } from '../../model/page-state';
import { t } from '../../platform/browser-api';
import { figureCells } from '../../export/figure-cells';
import { FIGURE_ROW_HEADERS, figuresToTsv, rowsToCsv } from '../../export/to-csv';

interface Props {
  page: PageState;
  onPick(kind: 'figure' | 'project', index: number): void;
}

function tableRows(page: PageState): string[][] {
  const title = page.metadata.title ?? page.title;
  const url = page.metadata.canonicalUrl ?? page.url;
  const published = page.metadata.publishedTime ?? '';
  return page.figures.map((f) => [title, url, published, ...figureCells(f), f.context]);
}

/**
 * The current article's figures and projects; a row scrolls the page to it; the table copies to
 * a spreadsheet. A section that folds away, and one Tab stop however long: the rows are a
 * roving group (arrow keys, Home, End move between them, Enter or Space picks one), so a
 * keyboard user passes 35 rows with one Tab.
 */
export function FiguresTable({ page, onPick }: Props) {
  const [copied, setCopied] = useState<string>('');
  const [current, setCurrent] = useState(0);
  const body = useRef<HTMLTableSectionElement>(null);
  const rowCount = page.figures.length + page.projects.length;
  // A list's later members are stored as bare spans (`2` of `Thủy điện A Mé 1, 2`); the table
  // names them in full. The page sends projects in text order, as `projectFullNames` needs.
  const projectNames = projectFullNames(page.projects);
  const active = Math.min(current, Math.max(0, rowCount - 1));
  const moveTo = (index: number) => {
    const next = Math.max(0, Math.min(rowCount - 1, index));
    setCurrent(next);
    body.current?.querySelectorAll<HTMLElement>('tr')[next]?.focus();
  };
  const onRowKey = (e: KeyboardEvent, at: number, pick: () => void) => {
    const step: Record<string, number> = {
      ArrowDown: at + 1,
      ArrowUp: at - 1,
      Home: 0,
      End: rowCount - 1,
      PageDown: at + 10,
      PageUp: at - 10,
    };
    if (e.key in step) {
      e.preventDefault();
      moveTo(step[e.key] ?? at);
    } else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      pick();
    }
  };
  const rowProps = (at: number, pick: () => void) => ({
    tabIndex: at === active ? 0 : -1,
    onClick: () => {
      setCurrent(at);
      pick();
    },
    onKeyDown: (e: KeyboardEvent) => onRowKey(e, at, pick),
  });
  const copy = async (format: 'csv' | 'tsv') => {
    const rows = tableRows(page);
    const text = format === 'tsv' ? figuresToTsv(rows) : rowsToCsv([FIGURE_ROW_HEADERS, ...rows]);
    try {
      await navigator.clipboard.writeText(text);
      setCopied(format === 'tsv' ? t('copiedTsv') : t('copiedCsv'));
    } catch {
      setCopied(t('copyFailed'));
    }
  };
  if (page.figures.length === 0 && page.projects.length === 0) {
    return (
      <p class="muted" data-testid="no-figures">
        {t('noFigures')}
      </p>
    );
  }
  return (
    <details class="figures" open data-testid="figures-section">
      <summary class="figures-head">
        <h2 id="figures-heading">
          {t('figuresHeading', [String(page.figures.length), String(page.projects.length)])}
        </h2>
      </summary>
      <div class="figures-tools">
        <span class="muted">{t('figuresKeysHint')}</span>
        <span class="copy-buttons">
          <button
            type="button"
            onClick={() => void copy('tsv')}
            data-testid="copy-tsv"
            title={t('copyTsvHint')}
          >
            TSV
          </button>
          <button type="button" onClick={() => void copy('csv')} data-testid="copy-csv">
            CSV
          </button>
        </span>
      </div>
      {copied && (
        <p class="muted" role="status">
          {copied}
        </p>
      )}
      <div class="table-scroll">
        <table aria-labelledby="figures-heading">
          <thead>
            <tr>
              <th scope="col">{t('colText')}</th>
              <th scope="col">{t('colValue')}</th>
              <th scope="col">{t('colContext')}</th>
            </tr>
          </thead>
          <tbody ref={body}>
            {page.figures.map((f: FigureRow, at) => (
              <tr
                key={`f${f.index}`}
                data-testid="figure-row"
                class={`kind-${f.kind}`}
                {...rowProps(at, () => onPick('figure', f.index))}
              >
                <td>
                  <span class={`chip chip-${f.kind}`} aria-hidden="true" />
                  {f.text}
                </td>
                <td class="num">
                  {formatFigureValue(f, page.lang, UNIT_NAMES)}
                  {f.change === 'up' && <span class="up"> ▲</span>}
                  {f.change === 'down' && <span class="down"> ▼</span>}
                </td>
                <td class="context">
                  {f.context}
                  {f.record && (
                    <span class="record" data-testid="figure-record">
                      {recordLine(f.record, page.lang)}
                    </span>
                  )}
                </td>
              </tr>
            ))}
            {page.projects.map((p: ProjectRow, k) => (
              <tr
                key={`p${p.index}`}
                data-testid="project-row"
                {...rowProps(page.figures.length + k, () => onPick('project', p.index))}
              >
                <td>
                  <span class="chip chip-project" aria-hidden="true" />
                  {projectNames[k] ?? p.text}
                </td>
                <td>{p.type}</td>
                <td class="context">{p.context}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
