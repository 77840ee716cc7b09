/**
 * Our own chart spec: what a chart shows (data, axes, colours, text) independent of the library that
 * draws it. Generators build one, compile it to Vega-Lite or ECharts (vegalite.ts, echarts.ts) and emit
 * the compiled spec as the scene, so renderers stay library drivers and know nothing of our tasks.
 */
export type ChartType = 'bar' | 'line' | 'scatter' | 'area' | 'pie' | 'histogram' | 'box' | 'heatmap';
export const CHART_TYPES: readonly ChartType[] = ['bar', 'line', 'scatter', 'area', 'pie', 'histogram', 'box', 'heatmap'];
export type BarLayout = 'grouped' | 'stacked' | 'horizontal';

/** Categories × series of values: bar, line, area, pie (one series), heatmap (series are rows). */
export interface TableData {
  kind: 'table';
  categories: string[];
  series: string[];
  /** values[s][c]; NaN never occurs (missing CSV cells are dropped before). */
  values: number[][];
  /** True when categories have a natural order (months, years): trend questions make sense. */
  ordered: boolean;
}

/** Histogram: counts of samples in [edges[i], edges[i+1]). Binned here so truth and picture agree. */
export interface BinData {
  kind: 'bins';
  edges: number[];
  counts: number[];
}

/** Box plot from five-number summaries computed here (min, q1, median, q3, max). */
export interface BoxData {
  kind: 'box';
  groups: string[];
  stats: [number, number, number, number, number][];
}

export interface PointData {
  kind: 'points';
  groups: string[];
  points: { x: number; y: number; g: number }[];
}

export type ChartData = TableData | BinData | BoxData | PointData;

/** A quantitative axis with explicit ticks: questions derive their tolerance from `step`. */
export interface QAxis {
  title: string;
  min: number;
  max: number;
  step: number;
  /** Decimals of the tick labels. */
  decimals: number;
}

export interface ChartStyle {
  /** Generic CSS family; renderers map it to the embedded DejaVu Sans, Serif or Sans Mono face. */
  font: 'sans-serif' | 'serif' | 'monospace';
  width: number;
  height: number;
  palette: string[];
  fontSize: number;
  background: string;
  /** Value labels drawn on the marks: numeric answers can then be read exactly. */
  labels: boolean;
  legend: 'right' | 'bottom' | 'top';
  titleAnchor: 'start' | 'middle';
  labelAngle: 0 | -45 | -90;
  grid: boolean;
}

export interface ChartSpec {
  type: ChartType;
  layout?: BarLayout;
  donut?: boolean;
  data: ChartData;
  title: string;
  /** Category (or quantitative x for scatter/histogram) axis title. */
  xTitle: string;
  /** Value axis; for pie and heatmap it only carries the value format. */
  value: QAxis;
  /** Scatter and histogram: the quantitative x axis. */
  xAxis?: QAxis;
  /** Title of the colour legend (series name). */
  legendTitle: string;
  /** Decimals the data values are recorded with (value labels and answers use them). */
  decimals: number;
  style: ChartStyle;
}

/** Element id of the mark of series `s`, category `c` (or bin/group/point index with s = 0). */
export const markId = (s: number, c: number) => `mark-${s}-${c}`;

/** Fixed-decimal text without locale (toFixed never groups digits or localises the point). */
export function fmt(v: number, decimals: number): string {
  const s = v.toFixed(decimals);
  return s === '-0' || /^-0\.0+$/.test(s) ? s.slice(1) : s;
}

/** d3-format string for `decimals` decimals with thousands separators (d3's default locale is fixed en-US). */
export const d3Format = (decimals: number) => `,.${decimals}f`;
