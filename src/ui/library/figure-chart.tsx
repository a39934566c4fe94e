import { scaleBand, scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import type { Ref } from 'preact';
import { formatNumber } from '../../annotate/format-figure';
import { seriesPeriods, type FigureSeries, type SeriesPoint } from './figure-series';

/*
 * Why d3-scale + d3-shape and not a ready-made chart: the chart must download as SVG, which rules
 * out canvas libraries (Chart.js, uPlot); and the library runs under `style-src 'self'`, which
 * refuses style attributes: Chartist 1.5 sizes its SVG and labels with them (its own source says
 * "remove inline styles due to CSP"), Observable Plot and frappe-charts write them too. d3-scale
 * (nice ticks, bands) and d3-shape (the line path), the d3 project's maintained modules, are all
 * the arithmetic; Preact draws the elements, so the CSP, dark theme and keyboard stay ours.
 */
export type ChartMode = 'bar' | 'line';

const WIDTH = 640;
const HEIGHT = 300;
const MARGIN = { top: 16, right: 16, bottom: 40, left: 72 };
// Presentation attributes, not CSS: the page's style-src 'self' forbids inline <style>, and an
// exported SVG must draw the same outside the library, where our stylesheet is not.
const BAR = '#2f6fb0';
const AXIS = '#6b6b6b';

function compact(value: number, lang: string): string {
  return new Intl.NumberFormat(lang, { notation: 'compact', maximumFractionDigits: 2 }).format(
    value,
  );
}

/** Where each point sits: its period's band, shared side by side with other sources' points. */
function layout(series: FigureSeries) {
  const periods = seriesPeriods(series);
  const x = scaleBand<string>()
    .domain(periods)
    .range([MARGIN.left, WIDTH - MARGIN.right])
    .padding(0.25);
  const values = series.points.map((p) => p.value);
  const y = scaleLinear()
    .domain([Math.min(0, ...values), Math.max(0, ...values)])
    .nice()
    .range([HEIGHT - MARGIN.bottom, MARGIN.top]);
  const placed = series.points.map((point) => {
    const peers = series.points.filter((p) => p.period === point.period);
    const inner = scaleBand<number>()
      .domain(peers.map((_, i) => i))
      .range([0, x.bandwidth()])
      .padding(0.1);
    const slot = inner(peers.indexOf(point)) ?? 0;
    return { point, left: (x(point.period) ?? 0) + slot, width: inner.bandwidth() };
  });
  return { x, y, placed };
}

function tooltip(series: FigureSeries, p: SeriesPoint, lang: string): string {
  return `${series.subject} · ${p.period}: ${formatNumber(p.value, lang)} ${series.unitLabel}\n${p.text}\n${p.clippingTitle}`;
}

/**
 * A series as an SVG bar or line chart. Each point names its value and clipping on hover (an SVG
 * <title>, which screen readers read too) and opens its clipping on click or Enter.
 */
export function FigureChart(props: {
  series: FigureSeries;
  mode: ChartMode;
  lang: string;
  title: string;
  onOpen: (clippingId: string) => void;
  svgRef?: Ref<SVGSVGElement>;
}) {
  const { series, mode, lang } = props;
  const { x, y, placed } = layout(series);
  const zero = y(0);
  const ticks = y.ticks(5);
  const path =
    line<(typeof placed)[number]>()
      .x((d) => d.left + d.width / 2)
      .y((d) => y(d.point.value))(placed) ?? '';
  const open = (id: string) => () => props.onOpen(id);
  const onKey = (id: string) => (e: KeyboardEvent) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      props.onOpen(id);
    }
  };
  return (
    <svg
      ref={props.svgRef}
      class="figure-chart"
      data-testid="figure-chart"
      xmlns="http://www.w3.org/2000/svg"
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      width={WIDTH}
      height={HEIGHT}
      role="img"
      aria-label={props.title}
      font-family="system-ui, sans-serif"
      font-size="12"
    >
      <title>{props.title}</title>
      <g class="y-axis">
        {ticks.map((t) => (
          <g key={t}>
            <line
              x1={MARGIN.left}
              x2={WIDTH - MARGIN.right}
              y1={y(t)}
              y2={y(t)}
              stroke={AXIS}
              stroke-opacity={t === 0 ? 0.9 : 0.25}
            />
            <text x={MARGIN.left - 6} y={y(t)} dy="0.32em" text-anchor="end" fill="currentColor">
              {compact(t, lang)}
            </text>
          </g>
        ))}
        <text x={4} y={MARGIN.top - 4} fill="currentColor">
          {series.unitLabel}
        </text>
      </g>
      <g class="x-axis">
        {x.domain().map((period) => (
          <text
            key={period}
            x={(x(period) ?? 0) + x.bandwidth() / 2}
            y={HEIGHT - MARGIN.bottom + 18}
            text-anchor="middle"
            fill="currentColor"
          >
            {period}
          </text>
        ))}
      </g>
      {mode === 'line' && <path d={path} fill="none" stroke={BAR} stroke-width={2} />}
      <g class="points">
        {placed.map(({ point, left, width }, i) => {
          const top = y(point.value);
          const common = {
            key: i,
            tabIndex: 0,
            role: 'button' as const,
            'data-testid': 'chart-point',
            'data-clipping': point.clippingId,
            'aria-label': tooltip(series, point, lang).replace(/\n/g, ' — '),
            fill: BAR,
            onClick: open(point.clippingId),
            onKeyDown: onKey(point.clippingId),
          };
          return mode === 'bar' ? (
            <rect
              {...common}
              x={left}
              y={Math.min(top, zero)}
              width={width}
              height={Math.max(1, Math.abs(zero - top))}
            >
              <title>{tooltip(series, point, lang)}</title>
            </rect>
          ) : (
            <circle {...common} cx={left + width / 2} cy={top} r={5}>
              <title>{tooltip(series, point, lang)}</title>
            </circle>
          );
        })}
      </g>
    </svg>
  );
}
