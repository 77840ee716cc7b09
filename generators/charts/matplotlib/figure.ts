import type { Rng } from '../../../core/rng.js';
import { niceAxis } from '../data.js';
import { makeChart, type ChartParams } from '../source.js';
import { CHART_TYPES, type ChartSpec, type TableData } from '../spec.js';
import { MPL_KINDS, type Ending, type MplFigure, type MplKind } from './script.js';

/** Panel types of a subplot grid (radar needs polar axes; heatmaps crowd a small panel). */
const GRID_PANELS = ['bar', 'line', 'area', 'scatter', 'pie', 'histogram', 'box'] as const;
/**
 * Plot width a grid panel's category labels can count on (a 2-column figure of 7.8 in leaves each
 * axes about 300 px after its tick labels and the gap; kept conservative).
 */
export const GRID_PANEL_WIDTH = 230;
const GRID_TITLES = ['Overview', 'Key figures', 'Summary dashboard', 'Quarterly report figures', 'Survey results at a glance'];

const round = (v: number, d: number) => Number(v.toFixed(d));

/** The value axis again, from the data and its error bars (bars must not poke out of the frame). */
function withErrors(spec: ChartSpec, errors: number[][]): ChartSpec {
  const d = spec.data as TableData;
  const top = Math.max(...d.values.flatMap((row, s) => row.map((v, c) => v + errors[s][c])));
  const low = Math.min(...d.values.flatMap((row, s) => row.map((v, c) => v - errors[s][c])));
  const value = niceAxis(spec.value.title, spec.type === 'line' ? Math.min(spec.value.min, low) : 0, top, 7);
  return { ...spec, value, layout: spec.layout === 'stacked' ? 'grouped' : spec.layout, style: { ...spec.style, labels: false } };
}

/**
 * A matplotlib figure for one item: `kind` by seed (or fixed), data from our chart builder. Error
 * bars get half-widths of 4–12% of each value; dual axes are a Pareto chart (sorted bars and their
 * cumulative share); radars chart 5–8 spokes; grids hold 2 or 4 different panels.
 */
export function makeMplFigure(rng: Rng, p: ChartParams, kind: 'any' | MplKind): MplFigure {
  const k: MplKind = kind !== 'any' ? kind : p.type !== 'any' ? p.type : rng.pick(MPL_KINDS);
  const ending = rng.pick(['show', 'savefig', 'none'] as const satisfies readonly Ending[]);
  const base = (type: ChartSpec['type'], over: Partial<ChartParams> = {}, ordered?: boolean) => makeChart(rng.fork(`chart/${type}`), { ...p, ...over, type }, CHART_TYPES, ordered);
  switch (k) {
    case 'errorbar': {
      const spec = base(rng.chance(0.5) ? 'bar' : 'line', { series: Math.min(p.series, 3) });
      const d = spec.data as TableData;
      const unit = 10 ** -spec.decimals;
      const errors = d.values.map((row) => row.map((v) => Math.max(unit, round(v * rng.float(0.04, 0.12), spec.decimals))));
      return { kind: k, charts: [withErrors(spec, errors)], errors, ending };
    }
    case 'dual': {
      const spec = base('bar', { series: 1 }, false);
      const d = spec.data as TableData;
      const order = d.categories.map((_, i) => i).sort((a, b) => d.values[0][b] - d.values[0][a] || a - b);
      const data: TableData = { ...d, categories: order.map((i) => d.categories[i]), values: [order.map((i) => d.values[0][i])], ordered: false };
      return { kind: k, charts: [{ ...spec, layout: 'grouped', data, style: { ...spec.style, labels: false, legend: 'right' } }], ending };
    }
    case 'radar': {
      const spec = base('bar', { categories: Math.max(5, Math.min(8, p.categories)), series: Math.min(p.series, 3) });
      const d = spec.data as TableData;
      const value = niceAxis(spec.value.title, 0, Math.max(...d.values.flat()), 4);
      return { kind: k, charts: [{ ...spec, type: 'line', layout: undefined, value, style: { ...spec.style, labels: false, labelAngle: 0 } }], ending };
    }
    case 'grid': {
      const n = rng.chance(0.5) ? 2 : 4;
      const types = rng.shuffle([...GRID_PANELS]).slice(0, n);
      const first = base(types[0], { categories: Math.min(p.categories, 6), series: Math.min(p.series, 2) });
      const charts = types.map((t, i) => {
        const c = i === 0 ? first : base(t, { categories: Math.min(p.categories, 6), series: Math.min(p.series, 2) });
        // One look for the whole figure: the first panel's font, palette and background; small panels.
        const palette = c.type === 'heatmap' ? c.style.palette : first.style.palette;
        return { ...c, style: { ...c.style, font: first.style.font, fontSize: first.style.fontSize, background: first.style.background, palette, width: GRID_PANEL_WIDTH, height: 200, labels: false, legend: 'right' as const } };
      });
      return { kind: k, charts, grid: { rows: n === 2 ? 1 : 2, cols: 2, title: rng.pick(GRID_TITLES) }, ending };
    }
    default:
      return { kind: k, charts: [base(k)], ending };
  }
}
