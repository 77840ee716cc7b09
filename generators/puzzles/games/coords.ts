import type { Primitive } from '../../../core/scene.js';
import { INK, type GridGeom } from '../grid-scene.js';

/**
 * Board coordinates shared by the cell-list games (lights-out, minesweeper, n-queens): columns are
 * letters A, B, … left to right, rows are numbers 1, 2, … top to bottom, so "B3" is column 2, row 3.
 * The same convention is parsed by verifiers/parse/cells.ts and drawn as axis labels.
 */
export const colLetter = (c: number) => String.fromCharCode(65 + c);
export const cellName = (r: number, c: number) => `${colLetter(c)}${r + 1}`;

export const COORD_RULE = 'Columns are lettered A, B, … from left to right and rows numbered 1, 2, … from top to bottom (B3 = column B, row 3).';

/** Column letters above and row numbers left of a grid; the grid's margin must leave room for them. */
export function axisLabels(g: GridGeom): Primitive[] {
  const size = Math.max(12, Math.min(22, Math.round(g.cell * 0.4)));
  const out: Primitive[] = [];
  for (let c = 0; c < g.cols; c++) {
    out.push({ type: 'text', text: colLetter(c), x: g.x0 + (c + 0.5) * g.cell, y: g.y0 - 8, size, align: 'center', baseline: 'bottom', fill: INK });
  }
  for (let r = 0; r < g.rows; r++) {
    out.push({ type: 'text', text: String(r + 1), x: g.x0 - 8, y: g.y0 + (r + 0.5) * g.cell, size, align: 'right', baseline: 'middle', fill: INK });
  }
  return out;
}

/** Cell size that keeps a board near `target` pixels wide, clamped to stay legible. */
export const cellPx = (n: number, target = 480, min = 28, max = 90) => Math.max(min, Math.min(max, Math.floor(target / n)));

/** Text rows of a board for `textOnly`, with the same coordinates as the picture. */
export function boardText(rows: number, cols: number, ch: (r: number, c: number) => string): string {
  const head = '   ' + Array.from({ length: cols }, (_, c) => colLetter(c)).join(' ');
  const lines = Array.from({ length: rows }, (_, r) => `${String(r + 1).padStart(2)} ` + Array.from({ length: cols }, (_, c) => ch(r, c)).join(' '));
  return [head, ...lines].join('\n');
}

/** "a" or "an" before a number read aloud ("an 8×8 board", "an 11×11 board"). */
export const article = (n: number) => (/^(8|11|18)/.test(String(n)) ? 'an' : 'a');
