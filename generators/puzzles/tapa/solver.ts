import { type Constraint, type Model, solve, type SolveResult, Table } from '../csp.js';

/**
 * Tapa as a model for the shared CSP solver (csp.ts): one cell per variable, 1 = white, 2 = black.
 * A clue cell is white and its eight neighbours must show exactly its runs of black cells (a
 * table of the neighbour patterns that do), no 2×2 block is all black (a table), and the black
 * cells are connected (a constraint that fails once fixed black cells can no longer reach each
 * other through cells that may still be black).
 */
export interface TapaProblem {
  rows: number;
  cols: number;
  /** Clue per cell, row-major: null for no clue, else the lengths of its black runs (ascending; [0] for none). */
  clues: readonly (readonly number[] | null)[];
}

const WHITE = 1;
const BLACK = 2;

/** Neighbours clockwise from the top-left, null where the ring leaves the grid. */
export function ring(i: number, rows: number, cols: number): (number | null)[] {
  const r = Math.floor(i / cols);
  const c = i % cols;
  return [[-1, -1], [-1, 0], [-1, 1], [0, 1], [1, 1], [1, 0], [1, -1], [0, -1]].map(([dr, dc]) => {
    const rr = r + dr;
    const cc = c + dc;
    return rr >= 0 && rr < rows && cc >= 0 && cc < cols ? rr * cols + cc : null;
  });
}

/** The clue a ring of colours shows: lengths of its cyclic runs of black, ascending; [0] when none. */
export function runsOf(black: readonly boolean[]): number[] {
  const k = black.length;
  if (black.every(Boolean)) return [k];
  const start = black.findIndex((b) => !b);
  const runs: number[] = [];
  let run = 0;
  for (let s = 1; s <= k; s++) {
    if (black[(start + s) % k]) run++;
    else if (run) runs.push(run), (run = 0);
  }
  return runs.length ? runs.sort((a, b) => a - b) : [0];
}

/** Patterns of the in-grid ring cells that show `clue`, memoised per (ring shape, clue). */
const tables = new Map<string, Int8Array>();
function clueTable(inGrid: boolean[], clue: readonly number[]): Int8Array {
  const key = `${inGrid.map(Number).join('')}:${clue.join(',')}`;
  let t = tables.get(key);
  if (!t) {
    const k = inGrid.filter(Boolean).length;
    const rows: number[] = [];
    for (let m = 0; m < 1 << k; m++) {
      let bit = 0;
      const black = inGrid.map((on) => on && !!(m & (1 << bit++)));
      if (runsOf(black).join(',') === clue.join(',')) for (let b = 0; b < k; b++) rows.push(m & (1 << b) ? BLACK : WHITE);
    }
    tables.set(key, (t = Int8Array.from(rows)));
  }
  return t;
}

const NOT_ALL_BLACK = Int8Array.from(Array.from({ length: 15 }, (_, m) => [0, 1, 2, 3].map((b) => (m & (1 << b) ? BLACK : WHITE))).flat());

/** Fixed black cells must reach one another through cells that can still be black. */
class Connected implements Constraint {
  readonly cells: readonly number[];
  private readonly seen: Uint8Array;
  private readonly stack: Int32Array;

  constructor(
    private readonly rows: number,
    private readonly cols: number,
  ) {
    this.cells = Array.from({ length: rows * cols }, (_, i) => i);
    this.seen = new Uint8Array(rows * cols);
    this.stack = new Int32Array(rows * cols);
  }

  prune(dom: Int32Array): boolean {
    const { rows, cols, seen, stack } = this;
    const n = rows * cols;
    let first = -1;
    let blacks = 0;
    for (let i = 0; i < n; i++) if (dom[i] === BLACK) (blacks++, first < 0 && (first = i));
    if (blacks < 2) return true;
    seen.fill(0);
    let top = 0;
    stack[top++] = first;
    seen[first] = 1;
    let reached = 0;
    while (top) {
      const i = stack[--top];
      if (dom[i] === BLACK) reached++;
      const r = Math.floor(i / cols);
      const c = i % cols;
      for (const j of [r > 0 ? i - cols : -1, r < rows - 1 ? i + cols : -1, c > 0 ? i - 1 : -1, c < cols - 1 ? i + 1 : -1]) {
        if (j >= 0 && !seen[j] && dom[j] & BLACK) {
          seen[j] = 1;
          stack[top++] = j;
        }
      }
    }
    return reached === blacks;
  }
}

export function tapaModel(p: TapaProblem): Model {
  const { rows, cols } = p;
  const constraints: Constraint[] = [];
  p.clues.forEach((clue, i) => {
    if (!clue) return;
    const nb = ring(i, rows, cols);
    constraints.push(new Table(nb.filter((j): j is number => j !== null), clueTable(nb.map((j) => j !== null), clue)));
  });
  for (let r = 0; r + 1 < rows; r++) for (let c = 0; c + 1 < cols; c++) constraints.push(new Table([r * cols + c, r * cols + c + 1, (r + 1) * cols + c, (r + 1) * cols + c + 1], NOT_ALL_BLACK));
  constraints.push(new Connected(rows, cols));
  return { cells: rows * cols, values: 2, constraints };
}

/** Counts shadings up to `limit`; solutions hold 1 (white) or 2 (black) per cell. */
export function solveTapa(p: TapaProblem, limit = 2, maxNodes = Infinity): SolveResult {
  const initial = Int32Array.from(p.clues, (c) => (c ? WHITE : WHITE | BLACK));
  return solve(tapaModel(p), initial, limit, undefined, maxNodes);
}
