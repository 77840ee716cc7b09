import { neighbours } from '../logic-grid.js';

/**
 * Snake (tunnel) solver. The snake is a path of side-adjacent cells from the start S to the end E
 * that never touches itself: two of its cells share a side only when they follow each other on it.
 * Each row and column holds the shown number of snake cells (-1: not shown), and hint cells must lie
 * on it. Depth-first search from S, pruned by the line counts (no line may overflow; the snake's
 * length is their sum) and by the no-touch rule. Counts solutions up to `limit`; the first two are
 * kept, so a generator can reveal a cell where they differ. `exhausted` is set when the step budget
 * ran out (the count is then a lower bound only).
 */
export interface SnakeProblem {
  rows: number;
  cols: number;
  start: number;
  end: number;
  rowCounts: readonly number[];
  colCounts: readonly number[];
  /** Cells that must be on the snake. */
  hints: readonly number[];
}

export interface SnakeResult {
  solutions: number;
  paths: number[][];
  nodes: number;
  exhausted: boolean;
}

export function solveSnake(p: SnakeProblem, limit = 2, budget = 2_000_000): SnakeResult {
  const { rows, cols } = p;
  const out: SnakeResult = { solutions: 0, paths: [], nodes: 0, exhausted: false };
  const on = new Uint8Array(rows * cols);
  const rowHave = new Int32Array(rows);
  const colHave = new Int32Array(cols);
  const total = p.rowCounts.every((k) => k >= 0) ? p.rowCounts.reduce((s, k) => s + k, 0) : -1;
  const near = Array.from({ length: rows * cols }, (_, i) => neighbours(i, rows, cols));
  const path: number[] = [];
  const fits = (i: number) => {
    const r = Math.floor(i / cols);
    const c = i % cols;
    return (p.rowCounts[r] < 0 || rowHave[r] < p.rowCounts[r]) && (p.colCounts[c] < 0 || colHave[c] < p.colCounts[c]);
  };
  const set = (i: number, v: 1 | 0) => {
    on[i] = v;
    rowHave[Math.floor(i / cols)] += v ? 1 : -1;
    colHave[i % cols] += v ? 1 : -1;
    if (v) path.push(i);
    else path.pop();
  };
  const complete = () => p.rowCounts.every((k, r) => k < 0 || rowHave[r] === k) && p.colCounts.every((k, c) => k < 0 || colHave[c] === k) && p.hints.every((h) => on[h]);
  const rec = (cur: number): void => {
    if (out.solutions >= limit || out.exhausted) return;
    if (++out.nodes > budget) return void (out.exhausted = true);
    if (cur === p.end) {
      if (complete()) {
        out.solutions++;
        if (out.paths.length < 2) out.paths.push(path.slice());
      }
      return;
    }
    if (total >= 0 && path.length >= total) return;
    for (const nx of near[cur]) {
      if (on[nx] || !fits(nx)) continue;
      // No touching: nx's other side-neighbours must all be off the snake.
      if (near[nx].some((k) => k !== cur && on[k])) continue;
      set(nx, 1);
      rec(nx);
      set(nx, 0);
    }
  };
  if (fits(p.start)) {
    set(p.start, 1);
    rec(p.start);
  }
  return out;
}
