import { VeriforgeError } from '../../core/errors.js';
import type { Primitive } from '../../core/scene.js';
import type { GridGeom } from './grid-scene.js';

/**
 * Helpers shared by the grid-logic puzzles (kakuro, hitori, star-battle, light-up, tents, bridges):
 * neighbourhoods, connectivity and the text forms of grids.
 */

export const DIR4: readonly (readonly [number, number])[] = [
  [-1, 0],
  [0, 1],
  [1, 0],
  [0, -1],
];

export const DIR8: readonly (readonly [number, number])[] = [...DIR4, [-1, -1], [-1, 1], [1, -1], [1, 1]];

/** Indices of the in-grid neighbours of cell `i` (row-major) along `dirs`. */
export function neighbours(i: number, rows: number, cols: number, dirs = DIR4): number[] {
  const r = Math.floor(i / cols);
  const c = i % cols;
  const out: number[] = [];
  for (const [dr, dc] of dirs) {
    const rr = r + dr;
    const cc = c + dc;
    if (rr >= 0 && rr < rows && cc >= 0 && cc < cols) out.push(rr * cols + cc);
  }
  return out;
}

/** True when the cells with `inside(i)` form one orthogonally connected area (or there are none). */
export function isConnected(rows: number, cols: number, inside: (i: number) => boolean): boolean {
  const n = rows * cols;
  let start = -1;
  let total = 0;
  for (let i = 0; i < n; i++) {
    if (inside(i)) {
      total++;
      if (start < 0) start = i;
    }
  }
  if (total === 0) return true;
  const seen = new Uint8Array(n);
  const stack = [start];
  seen[start] = 1;
  let reached = 0;
  while (stack.length) {
    const i = stack.pop()!;
    reached++;
    for (const j of neighbours(i, rows, cols)) {
      if (!seen[j] && inside(j)) {
        seen[j] = 1;
        stack.push(j);
      }
    }
  }
  return reached === total;
}

/** Rows of characters, one line per row, cells separated by `sep`. */
export function charRows(rows: number, cols: number, ch: (r: number, c: number) => string, sep = ''): string {
  return Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => ch(r, c)).join(sep)).join('\n');
}

/** Row-major string of a grid given per cell. */
export function cellString(cells: number, ch: (i: number) => string): string {
  let s = '';
  for (let i = 0; i < cells; i++) s += ch(i);
  return s;
}

/** Row numbers left of the grid and column numbers above it (1-based), so answers can name cells. */
export function axisLabels(g: GridGeom, size = Math.max(11, Math.round(g.cell * 0.3)), fill = '#666666'): Primitive[] {
  const out: Primitive[] = [];
  for (let r = 0; r < g.rows; r++) {
    out.push({ type: 'text', id: `row-label-${r + 1}`, x: g.x0 - 8, y: g.y0 + (r + 0.5) * g.cell, text: String(r + 1), size, align: 'right', baseline: 'middle', fill });
  }
  for (let c = 0; c < g.cols; c++) {
    out.push({ type: 'text', id: `col-label-${c + 1}`, x: g.x0 + (c + 0.5) * g.cell, y: g.y0 - 8, text: String(c + 1), size, align: 'center', baseline: 'bottom', fill });
  }
  return out;
}

/** Cell size in pixels so that the longer side of the grid spans about `span` pixels. */
export function cellPx(rows: number, cols: number, span = 480, min = 32, max = 88): number {
  return Math.max(min, Math.min(max, Math.floor(span / Math.max(rows, cols))));
}

/**
 * Stops a generator's retry loop: some parameter combinations (a tiny grid with many black cells,
 * say) admit no puzzle with a unique solution, and looping forever would hang a whole dataset run.
 */
export function checkAttempts(task: string, attempt: number, max: number, params: object): void {
  if (attempt <= max) return;
  throw new VeriforgeError(`${task}: no puzzle with a unique solution found in ${max} attempts for params ${JSON.stringify(params)}; try a larger size or values nearer the level presets`);
}
