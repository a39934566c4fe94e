import { useMemo, useRef, useState } from 'preact/hooks';
import { slugify } from '../../export/fold-diacritics';
import { separatorForLocale } from '../../export/to-csv';
import { t } from '../../platform/browser-api';
import type { ClippingSummary } from '../../store/library-queries';
import { standaloneSvg, svgToPng } from './chart-export';
import { downloadFile } from './download-file';
import { FigureChart, type ChartMode } from './figure-chart';
import { buildSeries, seriesToCsv, type FigureSeries } from './figure-series';
import { seriesInputs } from './figure-series-inputs';

/** A file name from the subject: ASCII words, at most 40 characters (`slugify`, as exports). */
function fileStem(series: FigureSeries): string {
  return `reader-assistant-series-${slugify(series.subject, 40) || 'figures'}`;
}

/**
 * Series across the library: the same subject in the same unit, charted over periods, with
 * the chart as SVG or PNG and the points as CSV.
 */
export function ChartsView(props: {
  clippings: readonly ClippingSummary[];
  onOpen: (id: string) => void;
}) {
  const lang = document.documentElement.lang || navigator.language || 'en';
  const series = useMemo(() => buildSeries(seriesInputs(props.clippings)), [props.clippings]);
  const [chosen, setChosen] = useState(0);
  const [mode, setMode] = useState<ChartMode>('bar');
  const [error, setError] = useState<string | null>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const current = series[Math.min(chosen, series.length - 1)];

  const download = (kind: 'svg' | 'png' | 'csv') => {
    if (!current) return;
    setError(null);
    const stem = fileStem(current);
    if (kind === 'csv') {
      const csv = seriesToCsv(current, separatorForLocale(navigator.language));
      downloadFile({
        blob: new Blob([csv], { type: 'text/csv;charset=utf-8' }),
        name: `${stem}.csv`,
      });
      return;
    }
    const svg = svgRef.current;
    if (!svg) return;
    const markup = standaloneSvg(svg);
    if (kind === 'svg') {
      downloadFile({ blob: new Blob([markup], { type: 'image/svg+xml' }), name: `${stem}.svg` });
      return;
    }
    svgToPng(markup, svg.width.baseVal.value, svg.height.baseVal.value).then(
      (blob) => downloadFile({ blob, name: `${stem}.png` }),
      (e: unknown) => setError(t('libChartPngFailed', e instanceof Error ? e.message : String(e))),
    );
  };

  return (
    <section class="charts-view" aria-labelledby="charts-heading">
      <h2 id="charts-heading">{t('libChartsHeading')}</h2>
      {!current ? (
        <p class="muted" data-testid="charts-empty">
          {t('libChartsEmpty')}
        </p>
      ) : (
        <>
          <form class="filters" onSubmit={(e) => e.preventDefault()}>
            <label>
              {t('libChartSeries')}{' '}
              <select
                data-testid="chart-series"
                value={String(series.indexOf(current))}
                onChange={(e) => setChosen(Number((e.currentTarget as HTMLSelectElement).value))}
              >
                {series.map((s, i) => (
                  <option key={s.key} value={String(i)}>
                    {t('libChartSeriesOption', [s.subject, s.unitLabel, String(s.points.length)])}
                  </option>
                ))}
              </select>
            </label>
            <fieldset class="chart-mode">
              <legend>{t('libChartMode')}</legend>
              {(['bar', 'line'] as const).map((m) => (
                <label key={m}>
                  <input
                    type="radio"
                    name="chart-mode"
                    value={m}
                    checked={mode === m}
                    onChange={() => setMode(m)}
                  />{' '}
                  {t(m === 'bar' ? 'libChartBar' : 'libChartLine')}
                </label>
              ))}
            </fieldset>
          </form>
          <FigureChart
            series={current}
            mode={mode}
            lang={lang}
            title={t('libChartTitle', [current.subject, current.unitLabel])}
            onOpen={props.onOpen}
            svgRef={svgRef}
          />
          <p class="chart-actions">
            <button type="button" data-testid="chart-svg" onClick={() => download('svg')}>
              {t('libChartSvg')}
            </button>{' '}
            <button type="button" data-testid="chart-png" onClick={() => download('png')}>
              {t('libChartPng')}
            </button>{' '}
            <button type="button" data-testid="chart-csv" onClick={() => download('csv')}>
              {t('libChartCsv')}
            </button>
          </p>
          {error && (
            <p role="alert" class="error">
              {error}
            </p>
          )}
        </>
      )}
    </section>
  );
}
