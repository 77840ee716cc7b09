import type { Rng } from '../../core/rng.js';
import { niceAxis, syntheticBins, syntheticBoxes, syntheticPoints, syntheticTable } from './data.js';
import { toECharts, ECHARTS_TYPES } from './echarts.js';
import { fitCategoryLabels } from './text-width.js';
import { fmt, type ChartSpec, type ChartStyle, type ChartType, type TableData } from './spec.js';
import { toVegaLite } from './vegalite.js';

/** Categorical palettes (colour-blind-aware sets and a few house styles); picked per item by seed. */
const PALETTES: readonly string[][] = [
  ['#4c78a8', '#f58518', '#54a24b', '#e45756', '#72b7b2', '#b279a2', '#eeca3b'],
  ['#1b9e77', '#d95f02', '#7570b3', '#e7298a', '#66a61e', '#e6ab02', '#a6761d'],
  ['#0072b2', '#e69f00', '#009e73', '#cc79a7', '#56b4e9', '#d55e00', '#f0e442'],
  ['#5470c6', '#91cc75', '#fac858', '#ee6666', '#73c0de', '#3ba272', '#fc8452'],
  ['#264653', '#2a9d8f', '#e9c46a', '#f4a261', '#e76f51', '#8ab17d', '#b56576'],
];
/** Two-colour ramps for heatmaps (light → dark). */
const RAMPS: readonly [string, string][] = [
  ['#eff3ff', '#08519c'],
  ['#fff5eb', '#a63603'],
  ['#f7fcf5', '#006d2c'],
  ['#fcfbfd', '#54278f'],
];

/** A value as d3's ",.Nf" prints it (thousands grouped): the width its label needs. */
const fmtGrouped = (v: number, decimals: number) => fmt(v, decimals).replace(/\B(?=(\d{3})+(?!\d))/, ',');

/** Most slices a pie may have (each needs its own colour and room for its label). */
export const PIE_MAX = 6;

export function pickStyle(rng: Rng, type: ChartType, labelsAllowed: boolean): ChartStyle {
  const palette = type === 'heatmap' ? [...rng.pick(RAMPS)] : rng.pick(PALETTES);
  return {
    font: rng.pick(['sans-serif', 'sans-serif', 'sans-serif', 'serif', 'monospace'] as const),
    width: rng.pick([320, 360, 400, 440, 480]),
    height: rng.pick([220, 250, 280, 300]),
    palette,
    fontSize: rng.pick([11, 12, 13]),
    background: rng.pick(['#ffffff', '#ffffff', '#fbfbf8', '#f7f9fc']),
    // Pie and heatmap always carry value labels: without them slices and cells cannot be read.
    labels: type === 'pie' || type === 'heatmap' ? true : labelsAllowed && rng.chance(0.4),
    legend: rng.pick(['right', 'bottom', 'top'] as const),
    titleAnchor: rng.pick(['start', 'middle'] as const),
    labelAngle: 0,
    grid: true,
  };
}

export interface BuildOptions {
  type: ChartType;
  categories: number;
  series: number;
  /** A table from a CSV file replaces the synthetic one (table chart types only). */
  /** Synthetic tables with time-like (true) or nominal (false) categories; undefined: either. */
  ordered?: boolean;
  table?: TableData & { title: string; xTitle: string; measure: string; legendTitle: string; decimals: number };
}

/** Data and spec for one chart: synthetic or given table, pinned value axis, seeded style. */
export function buildChart(rng: Rng, o: BuildOptions): ChartSpec {
  const type = o.type;
  const style = pickStyle(rng.fork('style'), type, true);
  switch (type) {
    case 'histogram': {
      const d = syntheticBins(rng.fork('data'), o.categories);
      const top = Math.max(...d.counts);
      return { type, data: { kind: 'bins', edges: d.edges, counts: d.counts }, title: d.title, xTitle: d.xTitle, xAxis: d.axis, value: niceAxis('Count', 0, top, 5), legendTitle: '', decimals: 0, style: { ...style, labels: false } };
    }
    case 'box': {
      const d = syntheticBoxes(rng.fork('data'), Math.max(3, Math.min(7, o.categories)));
      const all = d.stats.flat();
      const fit = fitCategoryLabels(d.groups, style.font, style.fontSize, style.width);
      return { type, data: { kind: 'box', groups: d.groups, stats: d.stats }, title: d.title, xTitle: d.xTitle, value: niceAxis(d.yTitle, Math.min(...all) * 0.9, Math.max(...all), 8), legendTitle: '', decimals: d.decimals, style: { ...style, width: fit.width, labelAngle: fit.angle, labels: false } };
    }
    case 'scatter': {
      const d = syntheticPoints(rng.fork('data'), 8 + 3 * o.categories, Math.min(3, o.series));
      const xs = d.points.map((p) => p.x);
      const ys = d.points.map((p) => p.y);
      return {
        type,
        data: { kind: 'points', groups: d.groups, points: d.points },
        title: d.title,
        xTitle: d.xTitle,
        xAxis: niceAxis(d.xTitle, Math.min(...xs), Math.max(...xs), 5),
        value: niceAxis(d.yTitle, Math.min(...ys), Math.max(...ys), 5),
        legendTitle: d.legendTitle,
        decimals: 2,
        style: { ...style, labels: false },
      };
    }
    default: {
      const nSeries = type === 'pie' ? 1 : type === 'heatmap' ? Math.max(2, o.series) : type === 'area' ? Math.min(2, o.series) : o.series;
      const wantOrdered = type === 'line' || type === 'area' ? true : type === 'pie' ? false : o.ordered;
      // A pie with more slices than palette colours would repeat colours; keep well below.
      const t = o.table ?? syntheticTable(rng.fork('data'), type === 'pie' ? Math.min(o.categories, PIE_MAX) : o.categories, nSeries, wantOrdered);
      const layout = type === 'bar' ? (t.series.length > 1 ? rng.pick(['grouped', 'stacked', 'horizontal'] as const) : rng.pick(['grouped', 'horizontal'] as const)) : undefined;
      const stackedMax = Math.max(...t.categories.map((_, c) => t.values.reduce((s, row) => s + row[c], 0)));
      const flat = t.values.flat();
      const top = layout === 'stacked' ? stackedMax : Math.max(...flat);
      const low = type === 'line' ? Math.min(...flat) : 0;
      const value = niceAxis(t.measure, low < 0 || type !== 'line' ? Math.min(0, low) : low * 0.8, top, 7);
      const slots = t.categories.length * (layout === 'grouped' || layout === 'horizontal' ? t.series.length : 1);
      const crowded = slots > 10;
      // Value labels must fit their slot, or they overlap and a "labelled" value becomes unreadable.
      const em = style.font === 'sans-serif' ? 0.62 : 0.66;
      const labelWidth = Math.max(...flat.map((v) => fmtGrouped(v, t.decimals).length)) * em * (style.fontSize - 1) + 6;
      const heatCell = type === 'heatmap' ? Math.ceil(labelWidth + 8) * t.categories.length : 0;
      const width = Math.max(crowded ? Math.max(style.width, 480) : style.width, heatCell);
      const fits = layout === 'horizontal' ? style.height / slots >= style.fontSize + 4 : (0.85 * width) / slots >= labelWidth;
      // Tilt category labels when they would not fit side by side (≈0.62 em per DejaVu character).
      const tickWidth = Math.max(...t.categories.map((c) => c.length)) * em * style.fontSize + 8;
      const rough = layout !== 'horizontal' && type !== 'pie' && t.categories.length * tickWidth > width;
      // The rough estimate decides as before; measured DejaVu widths overrule it where labels would still touch.
      const fit = layout !== 'horizontal' && type !== 'pie' ? fitCategoryLabels(t.categories, style.font, style.fontSize, width, rough) : { angle: 0 as const, width };
      return {
        type,
        layout,
        donut: type === 'pie' ? rng.chance(0.5) : undefined,
        data: { kind: 'table', categories: t.categories, series: t.series, values: t.values, ordered: t.ordered },
        title: t.title,
        xTitle: t.xTitle,
        value,
        legendTitle: t.legendTitle,
        decimals: t.decimals,
        style: {
          ...style,
          width: fit.width,
          labelAngle: fit.angle,
          // Labels of crossing lines collide, and stacked segments are too thin: no value labels there.
          labels: type === 'pie' || type === 'heatmap' ? true : style.labels && fits && layout !== 'stacked' && !((type === 'line' || type === 'area') && t.series.length > 1),
        },
      };
    }
  }
}

export type Library = 'vega-lite' | 'echarts';

/**
 * The scene for a chart: compiled for ECharts when it supports the type and `echarts` says so
 * ('sometimes': 40% of items by seed), otherwise for Vega-Lite.
 */
export function chartScene(rng: Rng, spec: ChartSpec, echarts: 'never' | 'sometimes' | 'always') {
  const draw = rng.chance(0.4);
  const library: Library = ECHARTS_TYPES.includes(spec.type) && (echarts === 'always' || (echarts === 'sometimes' && draw)) ? 'echarts' : 'vega-lite';
  if (library === 'echarts') {
    const { option, width, height } = toECharts(spec);
    return { kind: 'chart', library, option, width, height };
  }
  return { kind: 'chart', library, spec: toVegaLite(spec) };
}
