import { stableStringify } from '../../core/canonical.js';
import { VeriforgeError } from '../../core/errors.js';
import type { Rng } from '../../core/rng.js';
import type { Instance, TaskDefinition } from '../../core/task.js';
import { askQuestion, FAMILIES, type Family, type QaTruth } from './qa.js';
import { dataAsText, readings } from './readings.js';
import { CHART_LEVELS, CHART_PARAMS, checkChartParams, chartPicture, makeChart, type ChartParams } from './source.js';
import { CHART_TYPES, type ChartType } from './spec.js';

export interface ChartQaParams extends ChartParams {
  family: 'any' | Family;
}

/** Chart types a family can ever ask about (check() rejects impossible pairs up front). */
const FAMILY_TYPES: Record<Family, readonly ChartType[]> = {
  value: ['bar', 'line', 'area', 'pie', 'histogram', 'box', 'heatmap'],
  extremum: CHART_TYPES,
  compare: ['bar', 'line', 'area', 'pie', 'histogram', 'box', 'heatmap'],
  difference: ['bar', 'line', 'area', 'pie', 'histogram', 'box', 'heatmap'],
  aggregate: ['bar', 'line', 'area', 'pie', 'histogram', 'heatmap'],
  trend: ['bar', 'line', 'area', 'heatmap'],
  threshold: CHART_TYPES,
  multihop: ['bar', 'line', 'area'],
};

function allowedTypes(p: ChartQaParams): readonly ChartType[] {
  return p.family === 'any' ? CHART_TYPES : FAMILY_TYPES[p.family];
}

function generate(rng: Rng, p: ChartQaParams): Instance<QaTruth> {
  // A chart may admit no fair question of the wanted family (values too close to tell apart):
  // draw another chart, a bounded number of times.
  for (let attempt = 0; attempt < 12; attempt++) {
    const spec = makeChart(rng.fork(`chart/${attempt}`), p, allowedTypes(p), p.family === 'trend' || p.family === 'multihop' ? true : undefined);
    const q = askQuestion(rng.fork(`question/${attempt}`), spec, p.family);
    if (!q) continue;
    const marks = readings(spec).length;
    return {
      question: q.text,
      textOnly: `The chart "${spec.title}" (${spec.type}) shows this data:\n${dataAsText(spec)}\n\n${q.text}`,
      ...chartPicture(rng.fork('scene'), spec, p, q.evidence),
      answer: q.answer,
      truth: q.truth,
      features: {
        chartType: CHART_TYPES.indexOf(spec.type),
        family: FAMILIES.indexOf(q.truth.family),
        marks,
        series: spec.data.kind === 'table' ? spec.data.series.length : 1,
        labelled: spec.style.labels ? 1 : 0,
        evidenceMarks: q.evidence.length,
        relativeTolerance: q.truth.kind === 'number' && q.truth.value !== 0 ? q.truth.tolerance / Math.abs(q.truth.value) : 0,
      },
      canonical: `chart-qa:${stableStringify({ data: spec.data, type: spec.type, layout: spec.layout ?? null, q: q.text })}`,
    };
  }
  throw new VeriforgeError(`chart-qa: no fair "${p.family}" question found for chart type "${p.type}" in 12 charts; try family=any or another type`);
}

export const chartQa: TaskDefinition<ChartQaParams, QaTruth> = {
  name: 'chart-qa',
  domain: 'chart',
  describe: 'Question about a chart (value, extremum, compare, difference, sum/mean, trend, threshold count, multi-hop); exact answers, tick-derived tolerance',
  params: { ...CHART_PARAMS, family: { type: 'enum', values: ['any', ...FAMILIES], default: 'any', describe: 'question family (any: chosen per item by seed)' } },
  levels: CHART_LEVELS,
  check(p) {
    const bad = checkChartParams(p, allowedTypes(p));
    if (bad) return bad;
    if (p.family === 'multihop' && p.series < 2 && !p.csv) return `series: got ${p.series}; family multihop needs at least 2`;
    return undefined;
  },
  generate,
  verifier: 'chart-qa',
};
