import type { PanelEmitter } from './panel.js';
import { tableOf } from './panel.js';
import { lineHeight, textWidth } from '../text-width.js';
import type { ChartStyle } from '../spec.js';
import { axisTicks, legendLine, pyList, pyNum, pyStr, varName } from './py.js';

/** About the radius in pixels of a radar's polar axes: gaps are compared with each other, so an estimate serves. */
const RIM = 110;

/**
 * The angle (degrees) the ring labels run along: the middle of a gap between two spokes in the upper
 * half (the legend sits below or right), the one whose spoke labels leave the outermost ring label,
 * drawn on the rim, the most room (ties: nearest the top). Boxes are measured as matplotlib draws
 * them: spoke labels centred just outside the rim, the ring label centred on it.
 */
export function ringLabelAngle(categories: readonly string[], outer: string, st: ChartStyle): number {
  const spoke = 360 / categories.length;
  const h = lineHeight(st.fontSize);
  const ring = { w: textWidth(outer, st.font, st.fontSize), h };
  const at = (deg: number, r: number) => [r * Math.cos((deg * Math.PI) / 180), r * Math.sin((deg * Math.PI) / 180)];
  /** Separation of two centred boxes: positive when apart (the larger of the x and y gaps). */
  const room = (p: number[], a: { w: number; h: number }, q: number[], b: { w: number; h: number }) =>
    Math.max(Math.abs(p[0] - q[0]) - (a.w + b.w) / 2, Math.abs(p[1] - q[1]) - (a.h + b.h) / 2);
  let best = { angle: 90, room: -Infinity };
  for (let k = 0; k < categories.length; k++) {
    const mid = spoke * (k + 0.5);
    if (mid <= 0 || mid >= 180) continue;
    const p = at(mid, RIM);
    const clear = Math.min(...[k, (k + 1) % categories.length].map((i) => room(p, ring, at(spoke * i, RIM + st.fontSize), { w: textWidth(categories[i], st.font, st.fontSize), h })));
    if (clear > best.room + 1e-9 || (Math.abs(clear - best.room) <= 1e-9 && Math.abs(mid - 90) < Math.abs(best.angle - 90))) best = { angle: Number(mid.toFixed(2)), room: clear };
  }
  return best.angle;
}

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
  lines.push(`${ax}.set_xticks(${angles}, ${cats})`, `${ax}.set_ylim(${pyNum(spec.value.min)}, ${pyNum(spec.value.max)})`, `${ax}.set_yticks(${pyList(ticks)})`);
  lines.push(`${ax}.set_rlabel_position(${pyNum(ringLabelAngle(d.categories, String(ticks[ticks.length - 1] ?? ''), st))})`);
  if (multi) lines.push(legendLine(ax, st.legend === 'bottom' ? st : { ...st, legend: 'right' }, spec.legendTitle, d.series.length).replace("bbox_to_anchor=(1.01, 1)", 'bbox_to_anchor=(1.1, 1)'));
  return lines;
};
