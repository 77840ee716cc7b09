import { stableStringify } from '../../core/canonical.js';
import type { Rng } from '../../core/rng.js';
import type { Instance, TaskDefinition } from '../../core/task.js';
import { matplotlibItem, MPL_FIGURES, type MatplotlibCodeTruth, type MplFigureParam } from './matplotlib/item.js';
import { precisionOf, readings } from './readings.js';
import { CHART_LEVELS, CHART_PARAMS, checkChartParams, makeChart, type ChartParams } from './source.js';
import { CHART_TYPES, type ChartType } from './spec.js';
import { toVegaLite, type VlSpec } from './vegalite.js';

/** Types whose Vega-Lite spec a model can write from the picture (histograms and boxes need raw samples). */
const TYPES: readonly ChartType[] = ['bar', 'line', 'area', 'scatter', 'pie', 'heatmap'];

export interface CodeParams extends ChartParams {
  /** The language of the answer: a Vega-Lite spec, or a matplotlib script whose render is the picture. */
  target: 'vega-lite' | 'matplotlib';
  /** matplotlib only: the figure family (any: chosen per item by seed). */
  figure: MplFigureParam;
}

export interface CodeTruth {
  spec: VlSpec;
  tolerance: number;
  xTolerance: number;
}

/** The truth of any chart-to-code item: a Vega-Lite one, or a matplotlib one (`target: 'matplotlib'`). */
export type AnyCodeTruth = CodeTruth | MatplotlibCodeTruth;

function vegaLiteItem(rng: Rng, p: ChartParams): Instance<CodeTruth> {
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

function generate(rng: Rng, p: CodeParams): Instance<AnyCodeTruth> {
  return p.target === 'matplotlib' ? matplotlibItem(rng, p, p.figure) : vegaLiteItem(rng, p);
}

export const chartToCode: TaskDefinition<CodeParams, AnyCodeTruth> = {
  name: 'chart-to-code',
  domain: 'chart',
  describe: 'Write the code of a chart (Vega-Lite spec, or with target=matplotlib a matplotlib script run in a sandbox); scored on data, type, text, layout, CIEDE2000 colours and pixels',
  params: {
    ...CHART_PARAMS,
    target: { type: 'enum', values: ['vega-lite', 'matplotlib'], default: 'vega-lite', describe: 'answer language: a Vega-Lite spec, or a matplotlib script (the picture is its render)' },
    figure: { type: 'enum', values: ['any', ...MPL_FIGURES], default: 'any', describe: 'target=matplotlib: figure family (errorbar, dual axes, radar, subplot grid, or one of the chart types; any: by seed)' },
  },
  levels: CHART_LEVELS,
  check(p) {
    if (p.target === 'matplotlib') {
      if (p.csv) return 'csv: target=matplotlib draws synthetic tables only for now';
      if (p.library !== 'any') return `library: got "${p.library}"; with target=matplotlib the picture is the script's own render`;
      return checkChartParams(p, CHART_TYPES);
    }
    if (p.figure !== 'any') return `figure: got "${p.figure}"; figure families are for target=matplotlib`;
    const drawnByVegaLite = p.library === 'any' || p.library === 'vega-lite';
    return checkChartParams(p, TYPES) ?? (drawnByVegaLite ? undefined : `library: got "${p.library}"; chart-to-code pictures are drawn by Vega-Lite (its spec is the answer); for a matplotlib picture use target=matplotlib`);
  },
  generate,
  verifier: 'chart-to-code',
};
