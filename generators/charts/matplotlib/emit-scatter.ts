import type { PanelEmitter } from './panel.js';
import { legendLine, pyList, pyStr, valueAxisLines, varName } from './py.js';

/** Scatter: one scatter() call per group, so each group has its colour and legend entry. */
export const emitScatter: PanelEmitter = (spec, ctx) => {
  if (spec.data.kind !== 'points') throw new Error('matplotlib: scatter needs points');
  const d = spec.data;
  const st = spec.style;
  const ax = ctx.ax;
  const lines: string[] = [];
  d.groups.forEach((g, gi) => {
    const pts = d.points.filter((p) => p.g === gi);
    const xs = varName(d.groups.length > 1 ? `${g} x` : 'x', ctx.names);
    const ys = varName(d.groups.length > 1 ? `${g} y` : 'y', ctx.names);
    lines.push(`${xs} = ${pyList(pts.map((p) => p.x))}`, `${ys} = ${pyList(pts.map((p) => p.y))}`);
    const label = d.groups.length > 1 ? `, label=${pyStr(g)}` : '';
    lines.push(`${ax}.scatter(${xs}, ${ys}, s=36, color=${pyStr(st.palette[gi])}, alpha=0.9${label})`);
  });
  lines.push(...valueAxisLines(ax, 'x', spec.xAxis!, st.grid, { st, inGrid: ctx.inGrid }), ...valueAxisLines(ax, 'y', spec.value, st.grid));
  if (d.groups.length > 1) lines.push(legendLine(ax, st, spec.legendTitle, d.groups.length));
  return lines;
};
