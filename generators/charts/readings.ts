import { fmt, markId, type ChartSpec } from './spec.js';

/** One value a reader can take off the chart, with the mark it is read from. */
export interface Reading {
  id: string;
  /** Category label (x tick, slice, group, bin "lo–hi"). */
  category: string;
  /** Index of the category in the chart's order. */
  c: number;
  /** Series name, or null for single-series charts. */
  series: string | null;
  s: number;
  value: number;
}

/**
 * How precisely values can be read: `tol` is the tolerance a numeric answer gets, `gap` the smallest
 * difference a question may rely on (so "which is higher" is never decided by invisible pixels).
 * With value labels both follow the printed precision; otherwise they follow the tick spacing: a
 * quarter of a tick step is what a careful reader can estimate between gridlines.
 */
export interface Precision {
  tol: number;
  gap: number;
  decimals: number;
  labelled: boolean;
}

export function precisionOf(spec: ChartSpec): Precision {
  const labelled = spec.style.labels;
  const unit = 10 ** -spec.decimals;
  if (labelled) return { tol: unit / 2, gap: unit, decimals: spec.decimals, labelled };
  // A stacked segment is read as the difference of two edges: twice the uncertainty.
  const k = spec.layout === 'stacked' ? 2 : 1;
  return { tol: (k * spec.value.step) / 4, gap: (k * spec.value.step) / 2, decimals: spec.decimals, labelled };
}

/** Every readable value of a chart (scatter points read their y value). */
export function readings(spec: ChartSpec): Reading[] {
  const d = spec.data;
  switch (d.kind) {
    case 'table':
      return d.series.flatMap((name, s) => d.categories.map((category, c) => ({ id: markId(s, c), category, c, series: d.series.length > 1 || spec.type === 'heatmap' ? name : null, s, value: d.values[s][c] })));
    case 'bins':
      return d.counts.map((value, c) => ({ id: markId(0, c), category: binLabel(d.edges, c, spec.xAxis?.decimals ?? 0), c, series: null, s: 0, value }));
    case 'box':
      return d.groups.map((category, c) => ({ id: markId(0, c), category, c, series: null, s: 0, value: d.stats[c][2] }));
    case 'points':
      return d.points.map((p, c) => ({ id: markId(0, c), category: d.groups[p.g], c, series: d.groups.length > 1 ? d.groups[p.g] : null, s: p.g, value: p.y }));
  }
}

export const binLabel = (edges: number[], i: number, decimals: number) => `${fmt(edges[i], decimals)}–${fmt(edges[i + 1], decimals)}`;

/** The data as CSV text: the text-only baseline sees exactly what the picture shows. */
export function dataAsText(spec: ChartSpec): string {
  const d = spec.data;
  const esc = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  const rows: string[][] = [];
  switch (d.kind) {
    case 'table':
      rows.push([spec.xTitle, ...d.series]);
      d.categories.forEach((c, i) => rows.push([c, ...d.series.map((_, s) => fmt(d.values[s][i], spec.decimals))]));
      break;
    case 'bins':
      rows.push([`${spec.xTitle} from`, 'to', 'Count']);
      d.counts.forEach((n, i) => rows.push([String(d.edges[i]), String(d.edges[i + 1]), String(n)]));
      break;
    case 'box':
      rows.push([spec.xTitle, 'min', 'q1', 'median', 'q3', 'max']);
      d.groups.forEach((g, i) => rows.push([g, ...d.stats[i].map((v) => fmt(v, spec.decimals))]));
      break;
    case 'points':
      rows.push([spec.xTitle, spec.value.title, spec.legendTitle]);
      d.points.forEach((p) => rows.push([String(p.x), String(p.y), d.groups[p.g]]));
      break;
  }
  return rows.map((r) => r.map(esc).join(',')).join('\n');
}
