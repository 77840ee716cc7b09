/**
 * Sliding-puzzle solvers, hand-written (no maintained JS library solves n-puzzles optimally):
 * - 3×3: one breadth-first search from the goal over all 181 440 solvable states, done lazily once
 *   per process; every 8-puzzle then has its exact optimal distance and an optimal path by descent.
 * - 4×4: IDA* with the Manhattan-distance heuristic (admissible, so the first solution is optimal),
 *   under a node budget; beyond it the optimum is reported as unknown.
 * Boards are arrays of tile numbers, row-major, 0 for the gap; the goal is 1..n²−1 then the gap.
 */
export type Board = number[];

export const goalBoard = (n: number): Board => [...Array(n * n).keys()].map((i) => (i + 1) % (n * n));

/** Cells next to `i` on an n×n board. */
export function neighbours(n: number, i: number): number[] {
  const r = Math.floor(i / n);
  const c = i % n;
  const out: number[] = [];
  if (r > 0) out.push(i - n);
  if (r < n - 1) out.push(i + n);
  if (c > 0) out.push(i - 1);
  if (c < n - 1) out.push(i + 1);
  return out;
}

/** Parity rule: solvable iff (inversions + (n even ? gap row from bottom : 0)) has the goal's parity. */
export function isSolvable(n: number, b: Board): boolean {
  const tiles = b.filter((t) => t !== 0);
  let inv = 0;
  for (let i = 0; i < tiles.length; i++) for (let j = i + 1; j < tiles.length; j++) if (tiles[i] > tiles[j]) inv++;
  if (n % 2 === 1) return inv % 2 === 0;
  const gapRowFromBottom = n - Math.floor(b.indexOf(0) / n);
  return (inv + gapRowFromBottom) % 2 === 1;
}

// ---- 3×3: full BFS table over permutation ranks --------------------------------------------

const FACT = [1, 1, 2, 6, 24, 120, 720, 5040, 40320];

export function rank9(b: ArrayLike<number>): number {
  let r = 0;
  for (let i = 0; i < 9; i++) {
    let smaller = 0;
    for (let j = i + 1; j < 9; j++) if (b[j] < b[i]) smaller++;
    r += smaller * FACT[8 - i];
  }
  return r;
}

function unrank9(r: number, out: Uint8Array): void {
  let used = 0;
  for (let i = 0; i < 9; i++) {
    let k = Math.floor(r / FACT[8 - i]);
    r %= FACT[8 - i];
    // The k-th value not used yet.
    let v = 0;
    for (; ; v++) if (!(used & (1 << v)) && k-- === 0) break;
    out[i] = v;
    used |= 1 << v;
  }
}

const NB3 = [...Array(9).keys()].map((i) => neighbours(3, i));

let table9: Int8Array | null = null;

/** Distance to the goal of every 3×3 state (−1 for unsolvable ones), built once (about 0.3 s). */
export function distances9(): Int8Array {
  if (table9) return table9;
  const dist = new Int8Array(362_880).fill(-1);
  // A flat queue of ranks: no per-state arrays, so the whole table builds in a fraction of a second.
  const queue = new Int32Array(181_440);
  let tail = 0;
  const first = rank9(goalBoard(3));
  dist[first] = 0;
  queue[tail++] = first;
  const b = new Uint8Array(9);
  for (let head = 0; head < tail; head++) {
    const r = queue[head];
    unrank9(r, b);
    const g = b.indexOf(0);
    for (const j of NB3[g]) {
      b[g] = b[j];
      b[j] = 0;
      const nr = rank9(b);
      if (dist[nr] < 0) {
        dist[nr] = dist[r] + 1;
        queue[tail++] = nr;
      }
      b[j] = b[g];
      b[g] = 0;
    }
  }
  table9 = dist;
  return dist;
}

export interface SlideSolution {
  /** Tiles slid into the gap, in order. */
  tiles: number[];
  /** Proved optimal length, or −1 when the search budget ran out (then `tiles` is any solution or empty). */
  optimal: number;
  /** Search nodes expanded (0 for the 3×3 table lookup). */
  nodes: number;
}

function solve3(b: Board): SlideSolution {
  const dist = distances9();
  const tiles: number[] = [];
  const cur = b.slice();
  let d = dist[rank9(cur)];
  const optimal = d;
  while (d > 0) {
    const g = cur.indexOf(0);
    for (const j of neighbours(3, g)) {
      const nb = cur.slice();
      [nb[g], nb[j]] = [nb[j], 0];
      if (dist[rank9(nb)] === d - 1) {
        tiles.push(cur[j]);
        cur.splice(0, 9, ...nb);
        d--;
        break;
      }
    }
  }
  return { tiles, optimal, nodes: 0 };
}

// ---- n×n: IDA* with Manhattan distance ------------------------------------------------------

function manhattan(n: number, b: Board): number {
  let h = 0;
  b.forEach((t, i) => {
    if (t) h += Math.abs(Math.floor(i / n) - Math.floor((t - 1) / n)) + Math.abs((i % n) - ((t - 1) % n));
  });
  return h;
}

function idaStar(n: number, start: Board, maxNodes: number): SlideSolution {
  const b = start.slice();
  const path: number[] = [];
  let nodes = 0;
  const FOUND = -1;
  const search = (gap: number, g: number, bound: number, h: number, prevGap: number): number => {
    const f = g + h;
    if (f > bound) return f;
    if (h === 0) return FOUND;
    if (nodes >= maxNodes) return Infinity;
    let min = Infinity;
    for (const j of neighbours(n, gap)) {
      if (j === prevGap) continue; // never undo the last move
      nodes++;
      const t = b[j];
      const goalR = Math.floor((t - 1) / n);
      const goalC = (t - 1) % n;
      // Incremental heuristic: only tile t moves, from j to gap.
      const dh = Math.abs(Math.floor(gap / n) - goalR) + Math.abs((gap % n) - goalC) - Math.abs(Math.floor(j / n) - goalR) - Math.abs((j % n) - goalC);
      b[gap] = t;
      b[j] = 0;
      path.push(t);
      const r = search(j, g + 1, bound, h + dh, gap);
      if (r === FOUND) return FOUND;
      path.pop();
      b[j] = t;
      b[gap] = 0;
      if (r < min) min = r;
    }
    return min;
  };
  let bound = manhattan(n, b);
  for (;;) {
    const r = search(b.indexOf(0), 0, bound, manhattan(n, b), -1);
    if (r === FOUND) return { tiles: path.slice(), optimal: path.length, nodes };
    if (r === Infinity) return { tiles: [], optimal: -1, nodes };
    bound = r;
  }
}

/** Optimal solution when it can be proved within `maxNodes` (always for 3×3). */
export function solveSlide(n: number, b: Board, maxNodes = 300_000): SlideSolution {
  if (!isSolvable(n, b)) throw new Error('solveSlide: board is not solvable');
  return n === 3 ? solve3(b) : idaStar(n, b, maxNodes);
}
