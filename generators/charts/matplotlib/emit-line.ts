import type { PanelEmitter } from './panel.js';
import { tableOf } from './panel.js';
import { categoryTickLines, legendLine, pyList, pyStr, valueAxisLines, varName } from './py.js';

/**
 * Lines with markers over ordered categories; areas fill each series down to zero (not stacked,
 * as our charts overlay them), drawn translucent under their line. Error bars use errorbar().
 */
export const emitLine: PanelEmitter = (spec, ctx) => {
  const d = tableOf(spec);
  const st = spec.style;
  const ax = ctx.ax;
  const cats = varName(spec.xTitle || 'categories', ctx.names);
  const series = d.series.map((s) => varName(s, ctx.names));
  const lines = [`${cats} = ${pyList(d.categories)}`, ...d.values.map((v, i) => `${series[i]} = ${pyList(v)}`)];
  const errs = ctx.errors ? d.series.map((s) => varName(`${s} err`, ctx.names)) : [];
  if (ctx.errors) lines.push(...ctx.errors.map((e, i) => `${errs[i]} = ${pyList(e)}`));
  const x = varName('x', ctx.names);
  lines.push(`${x} = np.arange(len(${cats}))`);
  const multi = d.series.length > 1;
  d.series.forEach((name, i) => {
    const label = multi ? `, label=${pyStr(name)}` : '';
    const color = pyStr(st.palette[i]);
    if (spec.type === 'area') lines.push(`${ax}.fill_between(${x}, ${series[i]}, color=${color}, alpha=0.35${label})`, `${ax}.plot(${x}, ${series[i]}, marker='o', color=${color})`);
    else if (ctx.errors) lines.push(`${ax}.errorbar(${x}, ${series[i]}, yerr=${errs[i]}, fmt='-o', capsize=3, color=${color}${label})`);
    else lines.push(`${ax}.plot(${x}, ${series[i]}, marker='o', color=${color}${label})`);
    if (st.labels) {
      lines.push(`for xi, v in zip(${x}, ${series[i]}):`, `    ${ax}.annotate(f'{v:.${spec.decimals}f}', (xi, v), textcoords='offset points', xytext=(0, 6), ha='center')`);
    }
  });
  const ticks = categoryTickLines(ax, 'x', cats, d.categories, st);
  lines.push(...ticks, `${ax}.set_xlabel(${pyStr(spec.xTitle)})`);
  lines.push(...valueAxisLines(ax, 'y', spec.value, st.grid));
  if (multi) lines.push(legendLine(ax, st, spec.legendTitle, d.series.length, ticks.length > 1));
  return lines;
};
