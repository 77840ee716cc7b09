import type { PanelEmitter } from './panel.js';
import { tableOf } from './panel.js';
import { axisTicks, legendLine, pyList, pyNum, pyStr, varName } from './py.js';

/**
 * Radar: one closed polygon per series on polar axes, categories as spokes, the value axis as rings.
 * The axes must be created with projection='polar' (the figure builder does that for radar panels).
 */
export const emitRadar: PanelEmitter = (spec, ctx) => {
  const d = tableOf(spec);
  const st = spec.style;
  const ax = ctx.ax;
  const cats = varName(spec.xTitle || 'categories', ctx.names);
  const series = d.series.map((s) => varName(s, ctx.names));
  const angles = varName('angles', ctx.names);
  const lines = [`${cats} = ${pyList(d.categories)}`, ...d.values.map((v, i) => `${series[i]} = ${pyList(v)}`)];
  lines.push(`${angles} = np.linspace(0, 2 * np.pi, len(${cats}), endpoint=False).tolist()`);
  const multi = d.series.length > 1;
  d.series.forEach((name, i) => {
    const color = pyStr(st.palette[i]);
    lines.push(`${ax}.plot(${angles} + ${angles}[:1], ${series[i]} + ${series[i]}[:1], color=${color}, linewidth=2${multi ? `, label=${pyStr(name)}` : ''})`);
    lines.push(`${ax}.fill(${angles}, ${series[i]}, color=${color}, alpha=0.25)`);
  });
  const ticks = axisTicks(spec.value).filter((t) => t > spec.value.min);
  // Spoke labels a few points further out than matplotlib's default, so a long one beside the top gap
  // clears the outermost ring label drawn on the rim.
  lines.push(`${ax}.set_xticks(${angles}, ${cats})`, `${ax}.tick_params(axis='x', pad=9)`, `${ax}.set_ylim(${pyNum(spec.value.min)}, ${pyNum(spec.value.max)})`, `${ax}.set_yticks(${pyList(ticks)})`);
  // Ring labels run up the gap between the two spokes nearest the top, clear of the polygons' labels.
  const spoke = 360 / d.categories.length;
  lines.push(`${ax}.set_rlabel_position(${pyNum(Number((spoke * (Math.floor(90 / spoke) + 0.5)).toFixed(2)))})`);
  if (multi) lines.push(legendLine(ax, st.legend === 'bottom' ? st : { ...st, legend: 'right' }, spec.legendTitle, d.series.length).replace("bbox_to_anchor=(1.01, 1)", 'bbox_to_anchor=(1.1, 1)'));
  return lines;
};
