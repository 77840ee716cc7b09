import { stableStringify } from '../../core/canonical.js';
import type { Rng } from '../../core/rng.js';
import type { Instance, TaskDefinition } from '../../core/task.js';
import { binLabel, precisionOf, readings } from './readings.js';
import { CHART_LEVELS, CHART_PARAMS, checkChartParams, chartPicture, makeChart, type ChartParams } from './source.js';
import { fmt, type ChartSpec, type ChartType } from './spec.js';

/** Scatter plots are left out: a point cloud has no row keys to match transcribed cells by. */
const TYPES: readonly ChartType[] = ['bar', 'line', 'area', 'pie', 'histogram', 'box', 'heatmap'];

/** Row key (first column) and numeric cells; each numeric column has its own tolerance. */
export interface TableTruth {
  columns: string[];
  rows: { key: string; values: number[] }[];
  tolerance: number[];
  decimals: number;
}

function tableOf(spec: ChartSpec): TableTruth {
  const d = spec.data;
  const p = precisionOf(spec);
  switch (d.kind) {
    case 'table':
      return { columns: [spec.xTitle, ...d.series], rows: d.categories.map((key, c) => ({ key, values: d.series.map((_, s) => d.values[s][c]) })), tolerance: d.series.map(() => p.tol), decimals: p.decimals };
    case 'bins':
      return { columns: ['Bin', 'Count'], rows: d.counts.map((n, i) => ({ key: binLabel(d.edges, i, spec.xAxis?.decimals ?? 0), values: [n] })), tolerance: [p.tol], decimals: 0 };
    case 'box':
      return { columns: [spec.xTitle, 'Min', 'Q1', 'Median', 'Q3', 'Max'], rows: d.groups.map((key, i) => ({ key, values: [...d.stats[i]] })), tolerance: [p.tol, p.tol, p.tol, p.tol, p.tol], decimals: spec.decimals };
    case 'points':
      throw new Error('chart-to-table: scatter plots are not transcribed');
  }
}

function generate(rng: Rng, p: ChartParams): Instance<TableTruth> {
  const spec = makeChart(rng.fork('chart'), p, TYPES);
  const truth = tableOf(spec);
  const header = truth.columns.join(',');
  const csv = [header, ...truth.rows.map((r) => [r.key, ...r.values.map((v) => fmt(v, truth.decimals))].join(','))].join('\n');
  const keyHint = spec.type === 'histogram' ? ' Name each bin by its range, for example 10–20.' : '';
  const question = `Transcribe the data shown in the chart as a CSV table with the header row "${header}" and one row per ${spec.type === 'histogram' ? 'bin' : truth.columns[0].toLowerCase()}.${keyHint} Read values as precisely as the chart allows. Put the table inside <answer></answer>.`;
  return {
    question,
    textOnly: `${/^[aeiou]/.test(spec.type) ? 'An' : 'A'} ${spec.type} chart titled "${spec.title}" is described only by its title and axes: ${spec.xTitle}; ${spec.value.title}. ${question}`,
    ...chartPicture(rng.fork('scene'), spec, p, readings(spec).map((r) => r.id)),
    answer: csv,
    truth,
    features: { rows: truth.rows.length, columns: truth.columns.length, cells: truth.rows.length * (truth.columns.length - 1), labelled: spec.style.labels ? 1 : 0, chartType: TYPES.indexOf(spec.type) },
    canonical: `chart-to-table:${stableStringify({ data: spec.data, type: spec.type })}`,
  };
}

export const chartToTable: TaskDefinition<ChartParams, TableTruth> = {
  name: 'chart-to-table',
  domain: 'chart',
  describe: 'Transcribe the data table behind a chart; scored by cell-level match with tick-derived numeric tolerance',
  params: CHART_PARAMS,
  levels: CHART_LEVELS,
  check: (p) => checkChartParams(p, TYPES),
  generate,
  verifier: 'chart-to-table',
};
