import { fitCategoryLabels, textWidth } from '../text-width.js';
import type { ChartSpec, ChartStyle, QAxis } from '../spec.js';

/**
 * Python source helpers shared by the emitters: literals (always valid Python, never locale
 * dependent), names, and the axis and legend calls every cartesian chart ends with.
 */

/** A Python string literal (JSON escapes are valid Python escapes for these texts). */
export const pyStr = (s: string) => JSON.stringify(s);

/** A number as Python prints it: integers without ".0", no exponent for the magnitudes we chart. */
export function pyNum(v: number): string {
  if (Number.isInteger(v)) return String(v);
  return String(Number(v.toPrecision(12)));
}

export const pyList = (xs: readonly (string | number)[]) => `[${xs.map((x) => (typeof x === 'number' ? pyNum(x) : pyStr(x))).join(', ')}]`;

/** A snake_case variable name for a series label ("Lake Park" → lake_park), unique within `taken`. */
export function varName(label: string, taken: Set<string>): string {
  let base = label.toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '') || 'series';
  if (/^[0-9]/.test(base)) base = `s_${base}`;
  if (['lambda', 'in', 'is', 'for', 'if', 'and', 'or', 'not', 'def', 'class', 'ax', 'fig', 'x', 'np', 'plt'].includes(base)) base = `${base}_values`;
  let name = base;
  for (let k = 2; taken.has(name); k++) name = `${base}_${k}`;
  taken.add(name);
  return name;
}

/** Pixels per inch of every figure we emit: a 6.0 × 4.0 in figure is 600 × 400 px. */
export const DPI = 100;
/** Font sizes are given in pixels by our chart style; matplotlib wants points. */
export const pt = (px: number) => Number(((px * 72) / DPI).toFixed(1));

/** Figure size in inches for a chart style (the plot area plus room for axes, legend and title). */
export function figSize(st: ChartStyle, extraWidth = 0): [number, number] {
  return [Number(((st.width + 160 + extraWidth) / DPI).toFixed(2)), Number(((st.height + 130) / DPI).toFixed(2))];
}

/** rcParams lines for the style: font family and size, and the figure background. */
export function styleLines(st: ChartStyle): string[] {
  const lines = [`plt.rcParams['font.size'] = ${pyNum(pt(st.fontSize))}`];
  if (st.font !== 'sans-serif') lines.unshift(`plt.rcParams['font.family'] = ${pyStr(st.font)}`);
  return lines;
}

/** Tick positions of a pinned axis, as numbers. */
export function axisTicks(a: QAxis): number[] {
  const out: number[] = [];
  for (let k = 0; a.min + k * a.step <= a.max + a.step * 1e-6; k++) out.push(Number((a.min + k * a.step).toFixed(a.decimals + 2)));
  return out;
}

/** Plot width in pixels matplotlib leaves a single axes of this style (what category labels share). */
export const plotWidth = (st: ChartStyle) => Math.round(st.width + 160 - 140);

/** Plot width in pixels of a panel in a subplot grid (its axes, without tick labels and legend). */
export const GRID_PLOT_WIDTH = 180;

/** Tick labels as matplotlib's default formatter prints a set of ticks: all with the finest tick's decimals. */
export function tickLabels(ticks: number[]): string[] {
  const decimals = Math.max(0, ...ticks.map((t) => (String(t).split('.')[1] ?? '').length));
  return ticks.map((t) => t.toFixed(decimals));
}

/**
 * Every other tick of a horizontal value axis, as often as needed, while its labels (as matplotlib
 * prints them: the decimals of the finest tick) would not fit side by side in `width` px.
 */
export function thinTicks(ticks: number[], st: ChartStyle, width: number): number[] {
  const need = (ts: number[]) => tickLabels(ts).reduce((s, t) => s + textWidth(t, st.font, st.fontSize) + 0.6 * st.fontSize, 0);
  let out = ticks;
  while (out.length > 2 && need(out) > width) out = out.filter((_, i) => i % 2 === 0);
  return out;
}

/**
 * Limits, ticks, label and grid of a value axis (`which` is 'x' or 'y'). With `fit`, the ticks of an
 * x axis are thinned until their labels fit the plot's width (a grid panel's or the style's).
 */
export function valueAxisLines(ax: string, which: 'x' | 'y', a: QAxis, grid: boolean, fit?: { st: ChartStyle; inGrid?: boolean }): string[] {
  const ticks = which === 'x' && fit ? thinTicks(axisTicks(a), fit.st, fit.inGrid ? GRID_PLOT_WIDTH : plotWidth(fit.st)) : axisTicks(a);
  const out = [`${ax}.set_${which}lim(${pyNum(a.min)}, ${pyNum(a.max)})`, `${ax}.set_${which}ticks(${pyList(ticks)})`];
  if (a.title) out.push(`${ax}.set_${which}label(${pyStr(a.title)})`);
  if (grid) out.push(`${ax}.grid(axis=${pyStr(which)}, alpha=0.3)`, `${ax}.set_axisbelow(True)`);
  return out;
}

/**
 * Category tick labels at positions 0..n-1, tilted or vertical when they would touch (measured in
 * DejaVu, the face matplotlib draws with). Returns the lines and the extra figure width needed.
 */
export function categoryTickLines(ax: string, which: 'x' | 'y', labels: string, names: readonly string[], st: ChartStyle, width = plotWidth(st)): string[] {
  const lines = [`${ax}.set_${which}ticks(range(len(${labels})), ${labels})`];
  if (which === 'y') return lines;
  const fit = fitCategoryLabels(names, st.font, st.fontSize, width, st.labelAngle !== 0);
  if (fit.angle === -45) lines.push(`${ax}.tick_params(axis='x', labelrotation=45)`, `plt.setp(${ax}.get_xticklabels(), ha='right', rotation_mode='anchor')`);
  if (fit.angle === -90) lines.push(`${ax}.tick_params(axis='x', labelrotation=90)`);
  return lines;
}

/** Extra figure width category labels need beyond the style's own (0 when they fit). */
export function categoryExtraWidth(names: readonly string[], st: ChartStyle): number {
  const w = plotWidth(st);
  return Math.max(0, fitCategoryLabels(names, st.font, st.fontSize, w, st.labelAngle !== 0).width - w);
}

/**
 * The legend call for a style's legend position. Under tilted category labels there is no room
 * for a legend below the axes (it would sit on the labels and the axis title): it goes right.
 */
export function legendLine(ax: string, st: ChartStyle, title: string, ncol: number, tilted = false): string {
  if (tilted && st.legend === 'bottom') return legendLine(ax, { ...st, legend: 'right' }, title, ncol);
  const t = title ? `title=${pyStr(title)}, ` : '';
  if (st.legend === 'right') return `${ax}.legend(${t}loc='upper left', bbox_to_anchor=(1.01, 1), frameon=False)`;
  if (st.legend === 'top') return `${ax}.legend(${t}loc='lower center', bbox_to_anchor=(0.5, 1.02), ncol=${ncol}, frameon=False)`;
  return `${ax}.legend(${t}loc='upper center', bbox_to_anchor=(0.5, -0.16), ncol=${ncol}, frameon=False)`;
}

/** Title line: left-aligned or centred as the style says. */
export function titleLine(ax: string, spec: Pick<ChartSpec, 'title' | 'style'>, legendOnTop: boolean, polar = false): string {
  const loc = spec.style.titleAnchor === 'start' ? ", loc='left'" : '';
  // A legend above the axes takes the title's place: lift the title over its two rows (legend title
  // and entries, ≈1.2 em each) and its padding (≈1.4 em).
  const pad = legendOnTop ? `, pad=${pyNum(pt(4.6 * spec.style.fontSize + 8))}` : polar ? `, pad=${pyNum(pt(2 * spec.style.fontSize))}` : '';
  return `${ax}.set_title(${pyStr(spec.title)}${loc}, fontsize=${pyNum(pt(spec.style.fontSize + 4))}, fontweight='bold'${pad})`;
}
