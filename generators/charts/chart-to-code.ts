import { stableStringify } from '../../core/canonical.js';
import type { Rng } from '../../core/rng.js';
import type { Instance, TaskDefinition } from '../../core/task.js';
import { precisionOf, readings } from './readings.js';
import { CHART_LEVELS, CHART_PARAMS, checkChartParams, makeChart, type ChartParams } from './source.js';
import type { ChartType } from './spec.js';
import { toVegaLite, type VlSpec } from './vegalite.js';

/** Types whose Vega-Lite spec a model can write from the picture (histograms and boxes need raw samples). */
const TYPES: readonly ChartType[] = ['bar', 'line', 'area', 'scatter', 'pie', 'heatmap'];

export interface CodeTruth {
  spec: VlSpec;
  tolerance: number;
  xTolerance: number;
}

function generate(rng: Rng, p: ChartParams): Instance<CodeTruth> {
  const chart = makeChart(rng.fork('chart'), p, TYPES);
  const spec = toVegaLite(chart);
  const prec = precisionOf(chart);
  const truth: CodeTruth = { spec, tolerance: prec.tol, xTolerance: chart.xAxis ? chart.xAxis.step / 4 : 0 };
  const question =
    'Write a Vega-Lite JSON specification that reproduces this chart: the same mark type, data values (inline in data.values), ' +
    'encodings, size, title, axis titles, tick values, legend and colours. Answer with the JSON object only, inside <answer></answer>.';
  return {
    question,
    textOnly: `${/^[aeiou]/.test(chart.type) ? 'An' : 'A'} ${chart.type} chart titled "${chart.title}" (axes: ${chart.xTitle}; ${chart.value.title}). ${question}`,
    // The picture is always drawn by Vega-Lite here: the truth spec must be able to reproduce it exactly.
    scene: { kind: 'chart', library: 'vega-lite', spec },
    answer: JSON.stringify(spec),
    truth,
    evidence: readings(chart).map((r) => r.id),
    features: { marks: readings(chart).length, chartType: TYPES.indexOf(chart.type), specChars: JSON.stringify(spec).length, labelled: chart.style.labels ? 1 : 0 },
    canonical: `chart-to-code:${stableStringify({ data: chart.data, type: chart.type, layout: chart.layout ?? null })}`,
  };
}

export const chartToCode: TaskDefinition<ChartParams, CodeTruth> = {
  name: 'chart-to-code',
  domain: 'chart',
  describe: 'Write the Vega-Lite spec of a chart; scored on data, mark, encodings, text, CIEDE2000 colours and (async) pixels',
  params: CHART_PARAMS,
  levels: CHART_LEVELS,
  check: (p) => checkChartParams(p, TYPES) ?? (p.library === 'echarts' ? 'library: got "echarts"; chart-to-code pictures are drawn by Vega-Lite (its spec is the answer)' : undefined),
  generate,
  verifier: 'chart-to-code',
};
