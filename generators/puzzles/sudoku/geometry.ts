/** Box shape of a sudoku of side n: 4 → 2×2, 6 → 2 rows × 3 columns, 9 → 3×3. */
export function boxShape(n: number): { rows: number; cols: number } {
  switch (n) {
    case 4:
      return { rows: 2, cols: 2 };
    case 6:
      return { rows: 2, cols: 3 };
    case 9:
      return { rows: 3, cols: 3 };
    default:
      throw new Error(`sudoku size ${n} is not supported (4, 6 or 9)`);
  }
}

/** The peer structure of a grid: for each cell, its row, column and box indices. */
export interface Layout {
  n: number;
  cells: number;
  row: Int8Array;
  col: Int8Array;
  box: Int8Array;
}

export function layout(n: number): Layout {
  const { rows, cols } = boxShape(n);
  const cells = n * n;
  const row = new Int8Array(cells);
  const col = new Int8Array(cells);
  const box = new Int8Array(cells);
  for (let i = 0; i < cells; i++) {
    const r = Math.floor(i / n);
    const c = i % n;
    row[i] = r;
    col[i] = c;
    box[i] = Math.floor(r / rows) * (n / cols) + Math.floor(c / cols);
  }
  return { n, cells, row, col, box };
}
