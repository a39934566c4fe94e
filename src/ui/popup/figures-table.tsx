import { useState } from 'preact/hooks';
import { formatFigureValue } from '../../annotate/format-figure';
import { UNIT_NAMES } from '../shared/figure-words';
import type { FigureRow, PageState, ProjectRow } from '../../messaging/page-state';
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

/** The current article's figures and projects; a row scrolls the page to it; the table copies to a spreadsheet. */
export function FiguresTable({ page, onPick }: Props) {
  const [copied, setCopied] = useState<string>('');
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
    return <p class="muted">{t('noFigures')}</p>;
  }
  return (
    <section class="figures" aria-labelledby="figures-heading">
      <div class="figures-head">
        <h2 id="figures-heading">
          {t('figuresHeading', [String(page.figures.length), String(page.projects.length)])}
        </h2>
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
        <table>
          <thead>
            <tr>
              <th scope="col">{t('colText')}</th>
              <th scope="col">{t('colValue')}</th>
              <th scope="col">{t('colContext')}</th>
            </tr>
          </thead>
          <tbody>
            {page.figures.map((f: FigureRow) => (
              <tr
                key={`f${f.index}`}
                data-testid="figure-row"
                class={`kind-${f.kind}`}
                tabIndex={0}
                onClick={() => onPick('figure', f.index)}
                onKeyDown={(e) => (e.key === 'Enter' || e.key === ' ') && onPick('figure', f.index)}
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
                <td class="context">{f.context}</td>
              </tr>
            ))}
            {page.projects.map((p: ProjectRow) => (
              <tr
                key={`p${p.index}`}
                data-testid="project-row"
                tabIndex={0}
                onClick={() => onPick('project', p.index)}
                onKeyDown={(e) =>
                  (e.key === 'Enter' || e.key === ' ') && onPick('project', p.index)
                }
              >
                <td>
                  <span class="chip chip-project" aria-hidden="true" />
                  {p.text}
                </td>
                <td>{p.type}</td>
                <td class="context">{p.context}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
