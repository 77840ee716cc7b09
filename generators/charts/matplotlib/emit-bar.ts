import type { PanelEmitter } from './panel.js';
import { tableOf } from './panel.js';
import { categoryTickLines, legendLine, pyList, pyNum, pyStr, valueAxisLines, varName } from './py.js';

/**
 * Bars: grouped (offsets of one bar width per series), stacked (running `bottom`), horizontal
 * (barh, first category on top), with value labels via bar_label and optional error bars.
 */
export const emitBar: PanelEmitter = (spec, ctx) => {
  const d = tableOf(spec);
  const st = spec.style;
  const ax = ctx.ax;
  const cats = varName('categories', ctx.names);
  const series = d.series.map((s) => varName(s, ctx.names));
  const errs = ctx.errors ? d.series.map((s) => varName(`${s} err`, ctx.names)) : [];
  const lines = [`${cats} = ${pyList(d.categories)}`, ...d.values.map((v, i) => `${series[i]} = ${pyList(v)}`)];
  if (ctx.errors) lines.push(...ctx.errors.map((e, i) => `${errs[i]} = ${pyList(e)}`));
  const horizontal = spec.layout === 'horizontal';
  const stacked = spec.layout === 'stacked' && d.series.length > 1;
  const multi = d.series.length > 1;
  const fn = horizontal ? 'barh' : 'bar';
  const sizeKw = horizontal ? 'height' : 'width';
  const baseKw = horizontal ? 'left' : 'bottom';
  const errKw = (i: number) => (ctx.errors ? `, ${horizontal ? 'xerr' : 'yerr'}=${errs[i]}, capsize=3` : '');
  const fmt = `'%.${spec.decimals}f'`;
  const x = varName('x', ctx.names);
  lines.push(`${x} = np.arange(len(${cats}))`);
  if (stacked) {
    const bottom = varName('bottom', ctx.names);
    lines.push(`${bottom} = np.zeros(len(${cats}))`);
    lines.push(`for values, name, color in zip([${series.join(', ')}], ${pyList(d.series)}, ${pyList(st.palette.slice(0, d.series.length))}):`);
    lines.push(`    ${ax}.${fn}(${x}, values, 0.6, ${baseKw}=${bottom}, label=name, color=color)`);
    lines.push(`    ${bottom} += values`);
  } else if (multi) {
    const width = Number((0.8 / d.series.length).toFixed(3));
    lines.push(`${sizeKw} = ${pyNum(width)}`);
    d.series.forEach((name, i) => {
      const offset = Number(((i - (d.series.length - 1) / 2) * width).toFixed(4));
      const pos = offset === 0 ? x : `${x} ${offset < 0 ? '-' : '+'} ${pyNum(Math.abs(offset))}`;
      const bars = st.labels ? `bars = ` : '';
      lines.push(`${bars}${ax}.${fn}(${pos}, ${series[i]}, ${sizeKw}, label=${pyStr(name)}, color=${pyStr(st.palette[i])}${errKw(i)})`);
      if (st.labels) lines.push(`${ax}.bar_label(bars, fmt=${fmt}, padding=2)`);
    });
  } else {
    const bars = st.labels ? `bars = ` : '';
    lines.push(`${bars}${ax}.${fn}(${x}, ${series[0]}, 0.6, color=${pyStr(st.palette[0])}${errKw(0)})`);
    if (st.labels) lines.push(`${ax}.bar_label(bars, fmt=${fmt}, padding=2)`);
  }
  let tilted = false;
  if (horizontal) {
    lines.push(...categoryTickLines(ax, 'y', cats, d.categories, st), `${ax}.invert_yaxis()`, `${ax}.set_ylabel(${pyStr(spec.xTitle)})`);
    lines.push(...valueAxisLines(ax, 'x', spec.value, st.grid, { st, inGrid: ctx.inGrid }));
  } else {
    const ticks = categoryTickLines(ax, 'x', cats, d.categories, st);
    tilted = ticks.length > 1;
    lines.push(...ticks, `${ax}.set_xlabel(${pyStr(spec.xTitle)})`);
    lines.push(...valueAxisLines(ax, 'y', spec.value, st.grid));
  }
  if (multi) lines.push(legendLine(ax, st, spec.legendTitle, d.series.length, tilted));
  return lines;
};
