import type { PanelEmitter } from './panel.js';
import { pyList, pyStr, valueAxisLines, varName } from './py.js';

/**
 * Histogram from pre-binned counts: hist() of the bin starts weighted by the counts, the idiom for
 * binned data, so the bars are exactly the counts (a script drawing raw samples could not be
 * reproduced from the picture).
 */
export const emitHist: PanelEmitter = (spec, ctx) => {
  if (spec.data.kind !== 'bins') throw new Error('matplotlib: histogram needs bins');
  const d = spec.data;
  const st = spec.style;
  const ax = ctx.ax;
  const edges = varName('bin edges', ctx.names);
  const counts = varName('counts', ctx.names);
  return [
    `${edges} = ${pyList(d.edges)}`,
    `${counts} = ${pyList(d.counts)}`,
    `${ax}.hist(${edges}[:-1], bins=${edges}, weights=${counts}, color=${pyStr(st.palette[0])}, edgecolor='white')`,
    ...valueAxisLines(ax, 'x', spec.xAxis!, false, { st, inGrid: ctx.inGrid }),
    ...valueAxisLines(ax, 'y', spec.value, st.grid),
  ];
};
