import type { PanelEmitter } from './panel.js';
import { categoryTickLines, pyNum, pyStr, valueAxisLines, varName } from './py.js';

/** Box plot from five-number summaries: Axes.bxp takes the statistics directly (no raw samples). */
export const emitBox: PanelEmitter = (spec, ctx) => {
  if (spec.data.kind !== 'box') throw new Error('matplotlib: box needs summaries');
  const d = spec.data;
  const st = spec.style;
  const ax = ctx.ax;
  const stats = varName('stats', ctx.names);
  const groups = varName(spec.xTitle || 'groups', ctx.names);
  const rows = d.groups.map((g, i) => {
    const [min, q1, med, q3, max] = d.stats[i].map(pyNum);
    return `    {'label': ${pyStr(g)}, 'whislo': ${min}, 'q1': ${q1}, 'med': ${med}, 'q3': ${q3}, 'whishi': ${max}, 'fliers': []},`;
  });
  return [
    `${stats} = [`,
    ...rows,
    ']',
    `${groups} = [s['label'] for s in ${stats}]`,
    `${ax}.bxp(${stats}, positions=range(len(${stats})), widths=0.5, patch_artist=True, showfliers=False,`,
    `       boxprops=dict(facecolor=${pyStr(st.palette[0])}), medianprops=dict(color='#111111', linewidth=2))`,
    ...categoryTickLines(ax, 'x', groups, d.groups, st),
    `${ax}.set_xlabel(${pyStr(spec.xTitle)})`,
    ...valueAxisLines(ax, 'y', spec.value, st.grid),
  ];
};
