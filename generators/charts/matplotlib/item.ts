import { stableStringify } from '../../../core/canonical.js';
import type { Rng } from '../../../core/rng.js';
import type { Instance } from '../../../core/task.js';
import type { ChartParams } from '../source.js';
import { CHART_TYPES } from '../spec.js';
import { makeMplFigure } from './figure.js';
import { matplotlibScript, type MplKind } from './script.js';

/** Figure families of `--param figure=` ('chart': one chart of `type`). */
export const MPL_FIGURES = ['chart', 'errorbar', 'dual', 'radar', 'grid'] as const;
export type MplFigureParam = 'any' | (typeof MPL_FIGURES)[number];

/**
 * Ground truth of a matplotlib chart-to-code item (verifiers/charts/matplotlib.ts judges it).
 * `reference` (the extraction of the reference render: texts, types, layout, colours, data) and
 * `thumb` are measured by the renderer when the picture is drawn and merged in by the dataset
 * pipeline, so verifying runs only the candidate.
 */
export interface MatplotlibCodeTruth {
  target: 'matplotlib';
  script: string;
  kind: MplKind;
  /** Filled in when the picture is drawn: the extraction of the reference render and its grey thumbnail. */
  reference?: unknown;
  thumb?: string;
}

/** The chart-to-code question for a matplotlib picture (generated and imported items alike). */
export const MATPLOTLIB_QUESTION =
  'Write a Python script that uses matplotlib to reproduce this chart: the same chart type(s) and subplot layout, data values, ' +
  'title, axis labels, tick values, legend and colours. The script must build one figure (saving or showing it is optional). ' +
  'Answer with the code inside <answer></answer>.';

/** A matplotlib chart-to-code item: the figure, its idiomatic reference script as answer and scene. */
export function matplotlibItem(rng: Rng, p: ChartParams, figure: MplFigureParam): Instance<MatplotlibCodeTruth> {
  const pick = figure === 'any' ? 'any' : figure === 'chart' ? (p.type !== 'any' ? p.type : rng.fork('type').pick(CHART_TYPES)) : figure;
  const fig = makeMplFigure(rng.fork('figure'), p, pick);
  const script = matplotlibScript(fig);
  const first = fig.charts[0];
  const what = fig.kind === 'grid' ? `A ${fig.grid!.rows}×${fig.grid!.cols} grid of charts (${fig.charts.map((c) => c.type).join(', ')})` : `A ${fig.kind} chart titled "${first.title}"`;
  return {
    question: MATPLOTLIB_QUESTION,
    textOnly: `${what}. ${MATPLOTLIB_QUESTION}`,
    scene: { kind: 'matplotlib', script },
    answer: script,
    truth: { target: 'matplotlib', script, kind: fig.kind },
    // matplotlib reports no pixel box per mark here: nothing to mask.
    evidence: [],
    unmaskable: 'matplotlib chart-to-code items report no per-mark boxes',
    features: { panels: fig.charts.length, scriptChars: script.length, chartType: CHART_TYPES.indexOf(first.type), labelled: first.style.labels ? 1 : 0 },
    canonical: `chart-to-code:matplotlib:${stableStringify({ kind: fig.kind, data: fig.charts.map((c) => c.data) })}`,
  };
}
