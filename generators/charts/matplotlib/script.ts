import type { ChartSpec } from '../spec.js';
import { emitBar } from './emit-bar.js';
import { emitBox } from './emit-box.js';
import { emitHeatmap } from './emit-heatmap.js';
import { emitHist } from './emit-hist.js';
import { emitLine } from './emit-line.js';
import { emitPareto } from './emit-pareto.js';
import { emitPie } from './emit-pie.js';
import { emitRadar } from './emit-radar.js';
import { emitScatter } from './emit-scatter.js';
import type { PanelContext, PanelEmitter } from './panel.js';
import { figSize, pt, pyNum, pyStr, styleLines, titleLine } from './py.js';

/** Figure families a matplotlib chart-to-code item can be: our chart types plus matplotlib's own compositions. */
export const MPL_KINDS = ['bar', 'line', 'area', 'scatter', 'pie', 'histogram', 'box', 'heatmap', 'errorbar', 'dual', 'radar', 'grid'] as const;
export type MplKind = (typeof MPL_KINDS)[number];

/** How the script ends: every form real scripts use (the executor captures the figure in all three). */
export type Ending = 'show' | 'savefig' | 'none';

/** A whole figure: one chart, or panels of a subplot grid; errorbar/dual/radar are drawings of one chart. */
export interface MplFigure {
  kind: MplKind;
  /** One chart, or the panels of a grid in row-major order. */
  charts: ChartSpec[];
  /** Error bar half-widths, values' shape (errorbar). */
  errors?: number[][];
  /** Grid rows × columns and the figure title (grid). */
  grid?: { rows: number; cols: number; title: string };
  ending: Ending;
}

const EMITTERS: Record<ChartSpec['type'], PanelEmitter> = {
  bar: emitBar,
  line: emitLine,
  area: emitLine,
  scatter: emitScatter,
  pie: emitPie,
  histogram: emitHist,
  box: emitBox,
  heatmap: emitHeatmap,
};

function panelLines(fig: MplFigure, spec: ChartSpec, ctx: PanelContext): string[] {
  if (fig.kind === 'dual') return emitPareto(spec, ctx);
  if (fig.kind === 'radar') return emitRadar(spec, ctx);
  return EMITTERS[spec.type](spec, { ...ctx, errors: fig.errors });
}

function ending(e: Ending): string[] {
  if (e === 'show') return ['plt.show()'];
  if (e === 'savefig') return [`plt.savefig('chart.png', dpi=${100})`];
  return [];
}

/**
 * The reference script of a figure: idiomatic pyplot (subplots, one call per series, named data
 * lists), deterministic text for a given figure. Its render is the item's picture.
 */
export function matplotlibScript(fig: MplFigure): string {
  const first = fig.charts[0];
  const names = new Set<string>();
  const body: string[] = [];
  if (fig.kind === 'grid' && fig.grid) {
    const { rows, cols, title } = fig.grid;
    const [w, h] = [Number((3.9 * cols + 0.4).toFixed(2)), Number(((first.style.height + 110) * rows / 100 + 0.4).toFixed(2))];
    body.push(`fig, axes = plt.subplots(${rows}, ${cols}, figsize=(${pyNum(w)}, ${pyNum(h)}), layout='constrained')`);
    fig.charts.forEach((spec, i) => {
      const at = rows > 1 ? `axes[${Math.floor(i / cols)}, ${i % cols}]` : `axes[${i}]`;
      body.push('', `# ${spec.title}`, `ax = ${at}`, ...panelLines(fig, spec, { ax: 'ax', names, inGrid: true }), `ax.set_title(${pyStr(spec.title)})`);
    });
    body.push('', `fig.suptitle(${pyStr(title)}, fontsize=${pyNum(pt(first.style.fontSize + 5))}, fontweight='bold')`);
  } else {
    const [w, h] = figSize(first.style, fig.kind === 'radar' ? -40 : 0);
    const polar = fig.kind === 'radar' ? `, subplot_kw={'projection': 'polar'}` : '';
    const panel = panelLines(fig, first, { ax: 'ax', names });
    const legendOnTop = panel.some((l) => l.includes('.legend(') && l.includes("loc='lower center'"));
    // Polar axes carry ring labels up to their rim: the title keeps clear of the top one.
    body.push(`fig, ax = plt.subplots(figsize=(${pyNum(w)}, ${pyNum(h)})${polar})`, ...panel, titleLine('ax', first, legendOnTop, fig.kind === 'radar'));
  }
  const text = body.join('\n');
  const imports = ['import matplotlib.pyplot as plt', 'import numpy as np'];
  if (text.includes('LinearSegmentedColormap')) imports.push('from matplotlib.colors import LinearSegmentedColormap');
  const bg = first.style.background === '#ffffff' ? [] : [`fig.patch.set_facecolor(${pyStr(first.style.background)})`];
  return [...imports, '', ...styleLines(first.style), '', text, ...bg, ...(fig.kind === 'grid' ? [] : ['fig.tight_layout()']), ...ending(fig.ending), ''].join('\n');
}
