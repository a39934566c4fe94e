import { comparisonLabel, statusLabel } from '../shared/figure-record-text';
import { useMemo, useState } from 'preact/hooks';
import type { FigureKind } from '../../model/figure';
import { formatNumber } from '../../annotate/format-figure';
import { figureContext } from '../../export/figure-cells';
import { separatorForLocale } from '../../export/to-csv';
import { t } from '../../platform/browser-api';
import { countText } from './count-text';
import { downloadFile } from './download-file';
import { figureEntriesToCsv } from './figure-entries-csv';
import type { ClippingSummary } from '../../store/library-queries';
import {
  ANY_FIGURE,
  SCALES,
  figureEntries,
  queryFigures,
  unitGroup,
  unitText,
  unitsFor,
  type FigureEntry,
  type FigureQuery,
  type FigureSort,
} from './figure-query';

/** Rows rendered at most; the count says how many more matched (narrow the filter to see them). */
const MAX_ROWS = 500;

const KINDS: readonly FigureKind[] = ['money', 'percent', 'quantity'];
const SORTS: readonly FigureSort[] = ['value-desc', 'value-asc', 'date', 'clipping'];

function readNumber(text: string, factor: number): number | null {
  const n = Number(text.replace(/\s/g, '').replace(',', '.'));
  return text.trim() === '' || !Number.isFinite(n) ? null : n * factor;
}

/** A bound input with a scale (× 1, thousand, million, billion/tỷ), so 1 000 tỷ is easy to type. */
function Bound(props: { label: string; onChange: (value: number | null) => void }) {
  const [text, setText] = useState('');
  const [factor, setFactor] = useState(1);
  const update = (nextText: string, nextFactor: number) => {
    setText(nextText);
    setFactor(nextFactor);
    props.onChange(readNumber(nextText, nextFactor));
  };
  return (
    <span class="bound">
      <label>
        {props.label}{' '}
        <input
          type="text"
          inputMode="decimal"
          size={8}
          value={text}
          onInput={(e) => update((e.currentTarget as HTMLInputElement).value, factor)}
        />
      </label>
      <select
        aria-label={t('libFigScale', props.label)}
        value={String(factor)}
        onChange={(e) => update(text, Number((e.currentTarget as HTMLSelectElement).value))}
      >
        {SCALES.map((s) => (
          <option key={s.key} value={String(s.factor)}>
            {t(s.key)}
          </option>
        ))}
      </select>
    </span>
  );
}

/** The view's rows as a CSV file named for the day, in the separator the user's locale expects. */
function exportRows(rows: readonly FigureEntry[]): void {
  const csv = figureEntriesToCsv(rows, separatorForLocale(navigator.language));
  const day = new Date().toISOString().slice(0, 10);
  downloadFile({
    blob: new Blob([csv], { type: 'text/csv;charset=utf-8' }),
    name: `reader-assistant-figures-${rows.length}-${day}.csv`,
  });
}

/** The language a clipping's numbers are written in, as the popup shows them for its page. */
function langOf(entry: FigureEntry): string {
  return entry.clipping.metadata.lang ?? document.documentElement.lang ?? 'en';
}

/**
 * Every distinct figure across the library, filterable by kind, unit and value, sortable; by
 * value, each unit is its own group with a heading row, never ranked against another unit.
 */
export function FiguresView(props: {
  clippings: readonly ClippingSummary[];
  onOpen: (id: string) => void;
}) {
  const [query, setQuery] = useState<FigureQuery>(ANY_FIGURE);
  const set = (patch: Partial<FigureQuery>) => setQuery((q) => ({ ...q, ...patch }));
  const entries = useMemo(() => figureEntries(props.clippings), [props.clippings]);
  const units = useMemo(() => unitsFor(entries, query.kind), [entries, query.kind]);
  const rows = useMemo(() => queryFigures(entries, query), [entries, query]);
  const byValue = query.sort === 'value-desc' || query.sort === 'value-asc';

  return (
    <section class="figures-view" aria-labelledby="figures-heading">
      <h2 id="figures-heading">{t('libFiguresHeading')}</h2>
      <form class="filters" onSubmit={(e) => e.preventDefault()}>
        <label>
          {t('libFigKind')}{' '}
          <select
            value={query.kind ?? ''}
            onChange={(e) => {
              const kind = ((e.currentTarget as HTMLSelectElement).value ||
                null) as FigureKind | null;
              set({ kind, unit: null });
            }}
          >
            <option value="">{t('libAny')}</option>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`libKind_${k}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('libFigUnit')}{' '}
          <select
            value={query.unit ?? ''}
            onChange={(e) => set({ unit: (e.currentTarget as HTMLSelectElement).value || null })}
          >
            <option value="">{t('libAny')}</option>
            {units.map((u) => (
              <option key={u} value={u}>
                {u}
              </option>
            ))}
          </select>
        </label>
        <Bound label={t('libFigMin')} onChange={(min) => set({ min })} />
        <Bound label={t('libFigMax')} onChange={(max) => set({ max })} />
        <label>
          {t('libFigText')}{' '}
          <input
            type="search"
            value={query.text}
            onInput={(e) => set({ text: (e.currentTarget as HTMLInputElement).value })}
          />
        </label>
        <label>
          {t('libSortBy')}{' '}
          <select
            value={query.sort}
            onChange={(e) =>
              set({ sort: (e.currentTarget as HTMLSelectElement).value as FigureSort })
            }
          >
            {SORTS.map((s) => (
              <option key={s} value={s}>
                {t(`libFigSort_${s.replace('-', '_')}`)}
              </option>
            ))}
          </select>
        </label>
      </form>
      <p class="muted figures-status">
        <span role="status">
          {rows.length > MAX_ROWS
            ? t('libFigShowingSome', [String(MAX_ROWS), String(rows.length)])
            : countText('libFigCount', rows.length)}
        </span>{' '}
        <button
          type="button"
          data-testid="figures-export"
          disabled={rows.length === 0}
          onClick={() => exportRows(rows)}
        >
          {t('libFigExportShown', String(rows.length))}
        </button>
      </p>
      <table class="figures-table" data-testid="figures-table">
        <thead>
          <tr>
            <th scope="col">{t('colText')}</th>
            <th scope="col">{t('libFigKind')}</th>
            <th scope="col">{t('colValue')}</th>
            <th scope="col">{t('libFigUnit')}</th>
            <th scope="col">{t('libFigMentions')}</th>
            <th scope="col">{t('libFigSubject')}</th>
            <th scope="col">{t('libFigPeriod')}</th>
            <th scope="col">{t('libFigComparison')}</th>
            <th scope="col">{t('libFigStatus')}</th>
            <th scope="col">{t('libFigClipping')}</th>
            <th scope="col">{t('colContext')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.slice(0, MAX_ROWS).map((entry, i, shown) => {
            const { clipping, figure, index, count } = entry;
            const group = unitGroup(figure);
            const previous = shown[i - 1];
            const heading = byValue && (!previous || unitGroup(previous.figure) !== group);
            return [
              heading && (
                <tr key={`group:${group}`} class="unit-group" data-testid="figure-group">
                  <td colSpan={11}>
                    {[t(`libKind_${figure.kind}`), unitText(figure)].filter(Boolean).join(' · ')}
                  </td>
                </tr>
              ),
              <tr key={`${clipping.id}:${index}`} data-testid="figure-row">
                <td>{figure.text}</td>
                <td>{t(`libKind_${figure.kind}`)}</td>
                <td class="num">{formatNumber(figure.value, langOf(entry))}</td>
                <td>{unitText(figure)}</td>
                <td class="num" data-testid="figure-mentions">
                  {count}
                </td>
                <td data-testid="figure-subject">{figure.record?.subject ?? ''}</td>
                <td>{figure.record?.period ?? ''}</td>
                <td>{comparisonLabel(figure.record?.comparison, langOf(entry))}</td>
                <td>{statusLabel(figure.record)}</td>
                <td>
                  <button
                    type="button"
                    class="link-button"
                    onClick={() => props.onOpen(clipping.id)}
                  >
                    {clipping.metadata.title ?? clipping.url}
                  </button>
                </td>
                <td class="context">{figureContext(clipping.text, figure, 40)}</td>
              </tr>,
            ];
          })}
        </tbody>
      </table>
    </section>
  );
}
