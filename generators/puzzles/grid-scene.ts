import type { Primitive } from '../../core/scene.js';

/** Geometry of a drawn grid: `cell` pixels per cell, top-left corner at (x0, y0). */
export interface GridGeom {
  rows: number;
  cols: number;
  cell: number;
  x0: number;
  y0: number;
}

export const INK = '#1a1a1a';
export const GIVEN_INK = '#111111';

/** A grid centred in a square-ish image with `margin` pixels around it. */
export function gridGeom(rows: number, cols: number, cell: number, margin = 24): GridGeom & { width: number; height: number } {
  return { rows, cols, cell, x0: margin, y0: margin, width: cols * cell + 2 * margin, height: rows * cell + 2 * margin };
}

export const cellId = (r: number, c: number) => `cell-r${r}c${c}`;

/** One white rect per cell with id `cell-r{r}c{c}`: the per-cell evidence targets. */
export function cellRects(g: GridGeom, fill = '#ffffff', fillAt?: (r: number, c: number) => string | undefined): Primitive[] {
  const out: Primitive[] = [];
  for (let r = 0; r < g.rows; r++) {
    for (let c = 0; c < g.cols; c++) {
      out.push({ type: 'rect', id: cellId(r, c), x: g.x0 + c * g.cell, y: g.y0 + r * g.cell, w: g.cell, h: g.cell, fill: fillAt?.(r, c) ?? fill });
    }
  }
  return out;
}

/** Grid lines; every `boxRows`-th row line and `boxCols`-th column line is drawn thick. */
export function gridLines(g: GridGeom, boxRows = g.rows, boxCols = g.cols, thin = 1, thick = 3): Primitive[] {
  const out: Primitive[] = [];
  const x1 = g.x0 + g.cols * g.cell;
  const y1 = g.y0 + g.rows * g.cell;
  for (let r = 0; r <= g.rows; r++) {
    const w = r % boxRows === 0 ? thick : thin;
    const y = g.y0 + r * g.cell;
    out.push({ type: 'line', x1: g.x0 - thick / 2, y1: y, x2: x1 + thick / 2, y2: y, stroke: INK, lineWidth: w });
  }
  for (let c = 0; c <= g.cols; c++) {
    const w = c % boxCols === 0 ? thick : thin;
    const x = g.x0 + c * g.cell;
    out.push({ type: 'line', x1: x, y1: g.y0 - thick / 2, x2: x, y2: y1 + thick / 2, stroke: INK, lineWidth: w });
  }
  return out;
}

/** Text centred in a cell. */
export function cellText(g: GridGeom, r: number, c: number, text: string, id?: string, scale = 0.6, fill = GIVEN_INK): Primitive {
  return {
    type: 'text',
    id,
    x: g.x0 + (c + 0.5) * g.cell,
    y: g.y0 + (r + 0.5) * g.cell,
    text,
    size: Math.round(g.cell * scale),
    align: 'center',
    baseline: 'middle',
    fill,
  };
}

/** Thick walls between orthogonal neighbours of different regions (`region` row-major per cell). */
export function regionWalls(g: GridGeom, region: ArrayLike<number>, width = 4): Primitive[] {
  const out: Primitive[] = [];
  for (let r = 0; r < g.rows; r++) {
    for (let c = 0; c < g.cols; c++) {
      const x = g.x0 + c * g.cell;
      const y = g.y0 + r * g.cell;
      const k = region[r * g.cols + c];
      if (c + 1 < g.cols && k !== region[r * g.cols + c + 1]) out.push({ type: 'line', x1: x + g.cell, y1: y - width / 2, x2: x + g.cell, y2: y + g.cell + width / 2, stroke: INK, lineWidth: width });
      if (r + 1 < g.rows && k !== region[(r + 1) * g.cols + c]) out.push({ type: 'line', x1: x - width / 2, y1: y + g.cell, x2: x + g.cell + width / 2, y2: y + g.cell, stroke: INK, lineWidth: width });
    }
  }
  return out;
}
