import type { Primitive } from '../../core/scene.js';
import type { CanvasScene } from '../../core/scene.js';

/**
 * How an array is drawn: `bars` (spaced bar chart), `wall` (bars side by side with no gap, as the
 * rain-water and histogram problems picture them), `lines` (one vertical line per value, the
 * container-with-most-water picture) or `prices` (a line chart of points). Every value is written
 * above its mark and every position is numbered below, so the image carries the whole array.
 */
export type ArrayStyle = 'bars' | 'wall' | 'lines' | 'prices';

const INK = '#1a1a1a';
const FILL: Record<ArrayStyle, string> = { bars: '#5b8fd9', wall: '#8fa3b8', lines: '#37474f', prices: '#1976d2' };

export const markId = (i: number) => `value-mark-${i}`;
export const labelId = (i: number) => `value-label-${i}`;
export const indexId = (i: number) => `index-label-${i}`;

/** Canvas scene of `values` (non-negative integers) in `style`; `title` sits above the plot. */
export function arrayScene(values: readonly number[], style: ArrayStyle, title: string): CanvasScene {
  const n = values.length;
  const slot = Math.max(16, Math.min(48, Math.floor(640 / n)));
  const plotH = 260;
  const x0 = 48;
  const top = 64;
  const base = top + plotH;
  const max = Math.max(1, ...values);
  const yOf = (v: number) => base - (v / max) * plotH;
  const font = Math.max(10, Math.min(15, Math.round(slot * 0.5)));
  const els: Primitive[] = [
    { type: 'text', id: 'title', x: x0 + (n * slot) / 2, y: 24, text: title, size: 16, weight: 'bold', align: 'center', baseline: 'middle', fill: INK },
  ];
  // Faint horizontal guides at quarter heights help reading relative sizes.
  for (let k = 1; k <= 4; k++) {
    const y = base - (k * plotH) / 4;
    els.push({ type: 'line', x1: x0, y1: y, x2: x0 + n * slot, y2: y, stroke: '#e3e3e3', lineWidth: 1 });
  }
  if (style === 'prices') {
    const pts = values.map((v, i): [number, number] => [x0 + (i + 0.5) * slot, yOf(v)]);
    els.push({ type: 'polygon', points: pts, closed: false, stroke: FILL.prices, lineWidth: 2 });
  }
  values.forEach((v, i) => {
    const cx = x0 + (i + 0.5) * slot;
    const y = yOf(v);
    if (style === 'bars' || style === 'wall') {
      const gap = style === 'bars' ? Math.max(2, slot * 0.18) : 0;
      els.push({ type: 'rect', id: markId(i), x: x0 + i * slot + gap / 2, y, w: slot - gap, h: base - y, fill: FILL[style], stroke: style === 'wall' ? '#ffffff' : undefined, lineWidth: 1 });
    } else if (style === 'lines') {
      els.push({ type: 'line', id: markId(i), x1: cx, y1: base, x2: cx, y2: y, stroke: FILL.lines, lineWidth: Math.max(2, slot * 0.15), cap: 'butt' });
    } else {
      els.push({ type: 'circle', id: markId(i), cx, cy: y, r: Math.max(3, slot * 0.14), fill: '#ffffff', stroke: FILL.prices, lineWidth: 2 });
    }
    els.push({ type: 'text', id: labelId(i), x: cx, y: y - 5, text: String(v), size: font, weight: 'bold', align: 'center', baseline: 'bottom', fill: INK });
    els.push({ type: 'text', id: indexId(i), x: cx, y: base + 8, text: String(i + 1), size: Math.max(9, font - 2), align: 'center', baseline: 'top', fill: '#777777' });
  });
  els.push({ type: 'line', x1: x0 - 4, y1: base, x2: x0 + n * slot + 4, y2: base, stroke: INK, lineWidth: 2 });
  return { kind: 'canvas', width: x0 * 2 + n * slot, height: base + 36, background: '#ffffff', elements: els };
}
