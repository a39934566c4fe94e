import { useMemo, useState } from 'preact/hooks';
import type { FigureKind } from '../../annotate/figure';
import { figureContext } from '../../export/figure-cells';
import { t } from '../../platform/browser-api';
import { countText } from './count-text';
import type { ClippingSummary } from '../../store/library-queries';
import {
  ANY_FIGURE,
  SCALES,
  figureEntries,
  queryFigures,
  unitOf,
  unitsFor,
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

/** Every figure across the library, filterable by kind, unit and value, sortable. */
export function FiguresView(props: {
  clippings: readonly ClippingSummary[];
  onOpen: (id: string) => void;
}) {
  const [query, setQuery] = useState<FigureQuery>(ANY_FIGURE);
  const set = (patch: Partial<FigureQuery>) => setQuery((q) => ({ ...q, ...patch }));
  const entries = useMemo(() => figureEntries(props.clippings), [props.clippings]);
  const units = useMemo(() => unitsFor(entries, query.kind), [entries, query.kind]);
  const rows = useMemo(() => queryFigures(entries, query), [entries, query]);
  const number = useMemo(() => new Intl.NumberFormat(undefined, { maximumFractionDigits: 4 }), []);

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
      <p class="muted" role="status">
        {rows.length > MAX_ROWS
          ? t('libFigShowingSome', [String(MAX_ROWS), String(rows.length)])
          : countText('libFigCount', rows.length)}
      </p>
      <table class="figures-table" data-testid="figures-table">
        <thead>
          <tr>
            <th scope="col">{t('colText')}</th>
            <th scope="col">{t('libFigKind')}</th>
            <th scope="col">{t('colValue')}</th>
            <th scope="col">{t('libFigUnit')}</th>
            <th scope="col">{t('libFigClipping')}</th>
            <th scope="col">{t('colContext')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.slice(0, MAX_ROWS).map(({ clipping, figure, index }) => (
            <tr key={`${clipping.id}:${index}`} data-testid="figure-row">
              <td>{figure.text}</td>
              <td>{t(`libKind_${figure.kind}`)}</td>
              <td class="num">{number.format(figure.value)}</td>
              <td>{[unitOf(figure), figure.per && `/${figure.per}`].filter(Boolean).join(' ')}</td>
              <td>
                <button type="button" class="link-button" onClick={() => props.onOpen(clipping.id)}>
                  {clipping.metadata.title ?? clipping.url}
                </button>
              </td>
              <td class="context">{figureContext(clipping.text, figure, 40)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
