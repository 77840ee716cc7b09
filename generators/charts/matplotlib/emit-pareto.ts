import type { PanelEmitter } from './panel.js';
import { tableOf } from './panel.js';
import { categoryTickLines, pyList, pyStr, valueAxisLines, varName } from './py.js';

/**
 * Dual axes, as a Pareto chart: bars sorted from the largest on the left axis and the cumulative
 * share in percent as a line on a twin right axis (twinx), both axes titled in their own colour.
 */
export const emitPareto: PanelEmitter = (spec, ctx) => {
  const d = tableOf(spec);
  const st = spec.style;
  const ax = ctx.ax;
  const ax2 = `${ax}_share`;
  const cats = varName(spec.xTitle || 'categories', ctx.names);
  const values = varName(d.series[0] ?? 'values', ctx.names);
  const share = varName('cumulative share', ctx.names);
  const [c0, c1] = [st.palette[0], st.palette[1]];
  return [
    `${cats} = ${pyList(d.categories)}`,
    `${values} = ${pyList(d.values[0])}`,
    `${share} = np.cumsum(${values}) / np.sum(${values}) * 100`,
    `${ax}.bar(${cats}, ${values}, color=${pyStr(c0)})`,
    ...categoryTickLines(ax, 'x', cats, d.categories, st),
    `${ax}.set_xlabel(${pyStr(spec.xTitle)})`,
    ...valueAxisLines(ax, 'y', { ...spec.value, title: '' }, st.grid),
    `${ax}.set_ylabel(${pyStr(spec.value.title)}, color=${pyStr(c0)})`,
    `${ax2} = ${ax}.twinx()`,
    `${ax2}.plot(${cats}, ${share}, color=${pyStr(c1)}, marker='o')`,
    `${ax2}.set_ylim(0, 105)`,
    `${ax2}.set_yticks([0, 20, 40, 60, 80, 100])`,
    `${ax2}.set_ylabel('Cumulative share (%)', color=${pyStr(c1)})`,
  ];
};
