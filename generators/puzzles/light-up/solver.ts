import { neighbours } from '../logic-grid.js';

/**
 * Light-up (akari) solver. Rules: bulbs go in white cells; every white cell is lit (a bulb shines
 * along its row and column until a black cell); no bulb shines on another; a numbered black cell
 * has exactly that many bulbs beside it. Written by hand because generation needs solution counting
 * with an early stop and effort statistics.
 *
 * Propagation: a bulb darkens (forbids) every cell it sees; a clue with all its bulbs forbids its
 * other neighbours, one that needs all its open neighbours fills them; an unlit cell with a single
 * possible bulb position gets that bulb. Branching takes the unlit cell with the fewest positions
 * and tries them as "the first lit position is p", so branches never share a solution.
 */
export interface LightUpProblem {
  rows: number;
  cols: number;
  /** Per cell: -2 white, -1 black without number, 0..4 black with that number. */
  grid: Int8Array;
}

export interface LightUpResult {
  solutions: number;
  /** Bulb cells of the first and second solutions found. */
  solution: number[] | null;
  other: number[] | null;
  nodes: number;
  backtracks: number;
  /** Cells decided by propagation before the first guess. */
  rootDecided: number;
}

export const WHITE = -2;
export const BLACK = -1;

const OPEN = 0;
const BULB = 1;
const NONE = 2;

interface Prep {
  white: number[];
  /** Cells each white cell sees (same row/column run, itself excluded). */
  sees: number[][];
  clues: number[];
  clueNear: number[][];
}

/** Cells a bulb at white cell `i` shines on: its row and column runs up to a black cell (itself excluded). */
export function sightOf(p: LightUpProblem, i: number): number[] {
  const { rows, cols, grid } = p;
  const out: number[] = [];
  const r = Math.floor(i / cols);
  const c = i % cols;
  for (const [dr, dc] of [[-1, 0], [1, 0], [0, -1], [0, 1]]) {
    for (let rr = r + dr, cc = c + dc; rr >= 0 && rr < rows && cc >= 0 && cc < cols && grid[rr * cols + cc] === WHITE; rr += dr, cc += dc) out.push(rr * cols + cc);
  }
  return out;
}

function prepare(p: LightUpProblem): Prep {
  const { rows, cols, grid } = p;
  const white: number[] = [];
  const sees: number[][] = Array.from({ length: rows * cols }, () => []);
  const clues: number[] = [];
  const clueNear: number[][] = Array.from({ length: rows * cols }, () => []);
  for (let i = 0; i < rows * cols; i++) {
    if (grid[i] === WHITE) {
      white.push(i);
      sees[i] = sightOf(p, i);
    } else if (grid[i] >= 0) {
      clues.push(i);
      clueNear[i] = neighbours(i, rows, cols).filter((j) => grid[j] === WHITE);
    }
  }
  return { white, sees, clues, clueNear };
}

export function solveLightUp(p: LightUpProblem, limit: number): LightUpResult {
  const P = prepare(p);
  const cells = p.rows * p.cols;
  const res: LightUpResult = { solutions: 0, solution: null, other: null, nodes: 0, backtracks: 0, rootDecided: 0 };

  const lit = (st: Uint8Array, i: number) => st[i] === BULB || P.sees[i].some((j) => st[j] === BULB);

  /** Sets a bulb and forbids what it sees; false on contradiction. */
  const bulb = (st: Uint8Array, i: number): boolean => {
    if (st[i] === NONE) return false;
    st[i] = BULB;
    for (const j of P.sees[i]) {
      if (st[j] === BULB) return false;
      st[j] = NONE;
    }
    return true;
  };

  const propagate = (st: Uint8Array): boolean => {
    for (let changed = true; changed; ) {
      changed = false;
      for (const k of P.clues) {
        let bulbs = 0;
        let open = 0;
        for (const j of P.clueNear[k]) {
          if (st[j] === BULB) bulbs++;
          else if (st[j] === OPEN) open++;
        }
        const need = p.grid[k];
        if (bulbs > need || bulbs + open < need) return false;
        if (open && (bulbs === need || bulbs + open === need)) {
          for (const j of P.clueNear[k]) {
            if (st[j] !== OPEN) continue;
            if (bulbs === need) st[j] = NONE;
            else if (!bulb(st, j)) return false;
          }
          changed = true;
        }
      }
      for (const i of P.white) {
        if (lit(st, i)) continue;
        let only = -1;
        let count = 0;
        if (st[i] === OPEN) {
          only = i;
          count++;
        }
        for (const j of P.sees[i]) {
          if (st[j] === OPEN) {
            only = j;
            count++;
          }
        }
        if (count === 0) return false;
        if (count === 1) {
          if (!bulb(st, only)) return false;
          changed = true;
        }
      }
    }
    return true;
  };

  const rec = (st: Uint8Array): boolean => {
    res.nodes++;
    let best = -1;
    let bestCount = 1e9;
    for (const i of P.white) {
      if (lit(st, i)) continue;
      let count = st[i] === OPEN ? 1 : 0;
      for (const j of P.sees[i]) if (st[j] === OPEN) count++;
      if (count < bestCount) {
        best = i;
        bestCount = count;
      }
    }
    if (best < 0) {
      // Every cell lit: open cells left are seen by a bulb, so none can hold one.
      const bulbs = P.white.filter((i) => st[i] === BULB);
      if (!P.clues.every((k) => P.clueNear[k].filter((j) => st[j] === BULB).length === p.grid[k])) {
        res.backtracks++;
        return false;
      }
      res.solutions++;
      if (!res.solution) res.solution = bulbs;
      else if (!res.other) res.other = bulbs;
      return res.solutions >= limit;
    }
    const positions = [best, ...P.sees[best]].filter((j) => st[j] === OPEN);
    const base = st.slice();
    for (const pos of positions) {
      const next = base.slice();
      if (bulb(next, pos) && propagate(next)) {
        if (rec(next)) return true;
      } else res.backtracks++;
      base[pos] = NONE; // later branches: this position is dark
    }
    return false;
  };

  const st = new Uint8Array(cells);
  for (let i = 0; i < cells; i++) if (p.grid[i] !== WHITE) st[i] = NONE;
  if (!propagate(st)) return res;
  res.rootDecided = P.white.filter((i) => st[i] !== OPEN).length / Math.max(1, P.white.length);
  rec(st);
  return res;
}
