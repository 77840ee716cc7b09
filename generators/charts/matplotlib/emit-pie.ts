import type { PanelEmitter } from './panel.js';
import { tableOf } from './panel.js';
import { legendLine, pyList, pyStr, varName } from './py.js';

/**
 * Pie or donut (wedgeprops width): slices labelled with their values (the numbers a reader needs),
 * categories in a legend; start at 90° and run clockwise like most published pies.
 */
export const emitPie: PanelEmitter = (spec, ctx) => {
  const d = tableOf(spec);
  const st = spec.style;
  const ax = ctx.ax;
  const labels = varName(spec.xTitle || 'labels', ctx.names);
  const values = varName(d.series[0] ?? 'values', ctx.names);
  const colors = varName('colors', ctx.names);
  const total = d.values[0].reduce((a, b) => a + b, 0);
  const lines = [`${labels} = ${pyList(d.categories)}`, `${values} = ${pyList(d.values[0])}`, `${colors} = ${pyList(st.palette.slice(0, d.categories.length))}`];
  // autopct receives percentages: the value is printed back from the total so labels show data.
  const wedge = spec.donut ? `, wedgeprops=dict(width=0.45, edgecolor='white')` : `, wedgeprops=dict(edgecolor='white')`;
  lines.push(`${ax}.pie(${values}, colors=${colors}, startangle=90, counterclock=False, autopct=lambda p: f'{p * ${total.toFixed(spec.decimals)} / 100:.${spec.decimals}f}', pctdistance=${spec.donut ? 0.78 : 0.7}${wedge})`);
  lines.push(`${ax}.set_aspect('equal')`);
  lines.push(legendLine(ax, st.legend === 'right' || ctx.inGrid ? st : { ...st, legend: 'right' }, spec.xTitle, 1).replace('.legend(', `.legend(${labels}, `));
  return lines;
};
