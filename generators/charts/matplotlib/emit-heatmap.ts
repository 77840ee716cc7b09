import type { PanelEmitter } from './panel.js';
import { tableOf } from './panel.js';
import { categoryTickLines, pyList, pyNum, pyStr, varName } from './py.js';

/**
 * Heatmap: imshow of the series × categories matrix with a two-colour ramp, every cell annotated
 * (white text on the dark half), and a colourbar carrying the measure.
 */
export const emitHeatmap: PanelEmitter = (spec, ctx) => {
  const d = tableOf(spec);
  const st = spec.style;
  const ax = ctx.ax;
  const cols = varName(spec.xTitle || 'columns', ctx.names);
  const rows = varName(spec.legendTitle || 'rows', ctx.names);
  const data = varName('data', ctx.names);
  const flat = d.values.flat();
  const mid = (Math.min(...flat) + Math.max(...flat)) / 2;
  return [
    `${cols} = ${pyList(d.categories)}`,
    `${rows} = ${pyList(d.series)}`,
    `${data} = np.array([`,
    ...d.values.map((r) => `    ${pyList(r)},`),
    '])',
    `cmap = LinearSegmentedColormap.from_list('ramp', [${pyStr(st.palette[0])}, ${pyStr(st.palette[1])}])`,
    `im = ${ax}.imshow(${data}, cmap=cmap, aspect='auto')`,
    `for i in range(len(${rows})):`,
    `    for j in range(len(${cols})):`,
    `        v = ${data}[i, j]`,
    `        ${ax}.text(j, i, f'{v:.${spec.decimals}f}', ha='center', va='center', color='white' if v > ${pyNum(Number(mid.toFixed(4)))} else '#111111')`,
    ...categoryTickLines(ax, 'x', cols, d.categories, st),
    ...categoryTickLines(ax, 'y', rows, d.series, st),
    `${ax}.set_xlabel(${pyStr(spec.xTitle)})`,
    `${ax}.set_ylabel(${pyStr(spec.legendTitle)})`,
    `fig.colorbar(im, ax=${ax}, label=${pyStr(spec.value.title)})`,
  ];
};
