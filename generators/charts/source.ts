import type { ParamSpec } from '../../core/params.js';
import type { Rng } from '../../core/rng.js';
import type { Instance, Level } from '../../core/task.js';
import { buildChart, chartScene, PIE_MAX } from './build.js';
import { csvTable } from './csv.js';
import { matplotlibScript } from './matplotlib/script.js';
import { CHART_TYPES, type ChartSpec, type ChartType } from './spec.js';

/** Parameters every chart task shares: what to draw, from which data, with which library. */
export interface ChartParams {
  type: 'any' | ChartType;
  categories: number;
  series: number;
  library: 'any' | 'vega-lite' | 'echarts' | 'matplotlib';
  csv: string;
  x: string;
  y: string;
  group: string;
}

export const CHART_PARAMS: ParamSpec<ChartParams> = {
  type: { type: 'enum', values: ['any', ...CHART_TYPES], default: 'any', describe: 'chart type (any: chosen per item by seed)' },
  categories: { type: 'int', min: 3, max: 12, default: 6, describe: 'categories (x values, slices, groups, bins) per chart' },
  series: { type: 'int', min: 1, max: 5, default: 2, describe: 'series per chart where the type has several' },
  library: { type: 'enum', values: ['any', 'vega-lite', 'echarts', 'matplotlib'], default: 'any', describe: 'chart library (any: ECharts for some bar/line/area/pie/scatter items, by seed; matplotlib: our idiomatic script, run in the sandbox)' },
  csv: { type: 'string', maxLength: 500, default: '', describe: "CSV file with a header row, or vega-datasets:NAME.csv, to chart instead of synthetic tables ('' = synthetic)" },
  x: { type: 'string', maxLength: 200, default: '', describe: "CSV category or date column ('' = inferred)" },
  y: { type: 'string', maxLength: 500, default: '', describe: "CSV value columns, comma-separated, sharing one axis ('' = first numeric column)" },
  group: { type: 'string', maxLength: 200, default: '', describe: "CSV column naming the series in long tables ('' = none)" },
};

/** Difficulty presets: more categories and series, and every chart type from level 2. */
export const CHART_LEVELS: Record<Level, Partial<ChartParams>> = {
  1: { categories: 4, series: 1 },
  2: { categories: 5, series: 2 },
  3: { categories: 6, series: 2 },
  4: { categories: 8, series: 3 },
  5: { categories: 10, series: 4 },
};

/** Types a CSV table can be drawn as (raw tables have no samples for histograms, boxes or scatter). */
export const CSV_TYPES: readonly ChartType[] = ['bar', 'line', 'area', 'pie', 'heatmap'];

export function checkChartParams(p: ChartParams, allowed: readonly ChartType[] = CHART_TYPES): string | undefined {
  if (p.type !== 'any' && !allowed.includes(p.type)) return `type: got "${p.type}"; allowed for this task: ${allowed.join(', ')}`;
  if (p.csv && p.type !== 'any' && !CSV_TYPES.includes(p.type)) return `type: got "${p.type}" with a CSV file; allowed: ${CSV_TYPES.join(', ')}`;
  if (!p.csv && (p.x || p.y || p.group)) return 'x: column roles (x, y, group) need csv=FILE';
  return undefined;
}

/** A chart for one item: type by seed (among `allowed`), data synthetic or from the CSV file; `ordered` asks for time-like categories. */
export function makeChart(rng: Rng, p: ChartParams, allowed: readonly ChartType[] = CHART_TYPES, ordered?: boolean): ChartSpec {
  const pool = p.csv ? allowed.filter((t) => CSV_TYPES.includes(t)) : allowed;
  let type = p.type === 'any' ? rng.pick(pool) : p.type;
  const table = p.csv ? csvTable(rng.fork('csv'), { path: p.csv, x: p.x, y: p.y, group: p.group }, type === 'pie' ? Math.min(p.categories, PIE_MAX) : p.categories, type === 'pie' ? 1 : p.series) : undefined;
  // A pie needs positive parts; a one-series heatmap is a bar chart in disguise.
  if (table && type === 'pie' && table.values[0].some((v) => v <= 0)) type = 'bar';
  if (table && type === 'heatmap' && table.series.length < 2) type = 'bar';
  return buildChart(rng.fork('chart'), { type, categories: p.categories, series: p.series, table, ordered });
}

/**
 * The picture of a chart question and what on it supports the answer. With library=matplotlib the
 * picture is our idiomatic matplotlib script's render (the one chart-to-code uses), drawn from the
 * same spec, so the question's truth holds on it; matplotlib reports no box per mark, so such items
 * name no evidence and cannot be masked.
 */
export function chartPicture(rng: Rng, spec: ChartSpec, p: ChartParams, evidence: string[]): Pick<Instance<unknown>, 'scene' | 'evidence' | 'context' | 'unmaskable'> {
  if (p.library === 'matplotlib') {
    return { scene: { kind: 'matplotlib', script: matplotlibScript({ kind: spec.type, charts: [spec], ending: 'none' }), measure: false }, evidence: [], unmaskable: 'matplotlib charts report no per-mark boxes' };
  }
  // Axis labels, legend and title are needed to read the marks: counterfactual random masks avoid them.
  const echarts = p.library === 'vega-lite' ? 'never' : p.library === 'echarts' ? 'always' : 'sometimes';
  return { scene: chartScene(rng, spec, echarts), evidence, context: ['text:*', 'title'] };
}
