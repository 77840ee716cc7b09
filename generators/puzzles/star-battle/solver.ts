import { DIR8 } from '../logic-grid.js';

/**
 * Star battle solver (one star per row, column and region; stars never touch, not even
 * diagonally). Written by hand because generation needs solution counting with an early stop and
 * effort statistics. It branches on the unit (row, column or region) with the fewest open cells:
 * that unit holds exactly one star, so the branches are disjoint and every solution counts once.
 */
export interface StarResult {
  solutions: number;
  /** Star cells of the first and second solutions found. */
  solution: number[] | null;
  other: number[] | null;
  nodes: number;
  /** Dead ends: a unit left with no open cell. */
  backtracks: number;
  /** Stars placed from a unit with a single open cell (no guess needed). */
  forced: number;
}

export function solveStars(n: number, region: Int8Array, limit: number, givens: readonly number[] = []): StarResult {
  const cells = n * n;
  const units: number[][] = [];
  for (let r = 0; r < n; r++) units.push(Array.from({ length: n }, (_, c) => r * n + c));
  for (let c = 0; c < n; c++) units.push(Array.from({ length: n }, (_, r) => r * n + c));
  for (let g = 0; g < n; g++) units.push([]);
  for (let i = 0; i < cells; i++) units[2 * n + region[i]].push(i);
  const unitsOf = Array.from({ length: cells }, (_, i) => [Math.floor(i / n), n + (i % n), 2 * n + region[i]]);
  const near = Array.from({ length: cells }, (_, i) => {
    const r = Math.floor(i / n);
    const c = i % n;
    return DIR8.map(([dr, dc]) => [r + dr, c + dc]).filter(([a, b]) => a >= 0 && a < n && b >= 0 && b < n).map(([a, b]) => a * n + b);
  });
  const res: StarResult = { solutions: 0, solution: null, other: null, nodes: 0, backtracks: 0, forced: 0 };
  const stars: number[] = [];

  /** Places a star: closes its units and neighbours. Returns false if a unit is already done. */
  const place = (open: Uint8Array, done: Uint8Array, i: number): boolean => {
    if (!open[i]) return false;
    for (const u of unitsOf[i]) {
      done[u] = 1;
      for (const j of units[u]) open[j] = 0;
    }
    for (const j of near[i]) open[j] = 0;
    stars.push(i);
    return true;
  };

  const rec = (open: Uint8Array, done: Uint8Array): boolean => {
    res.nodes++;
    let best = -1;
    let bestCount = 1e9;
    for (let u = 0; u < 3 * n; u++) {
      if (done[u]) continue;
      let k = 0;
      for (const j of units[u]) k += open[j];
      if (k < bestCount) {
        best = u;
        bestCount = k;
        if (k <= 1) break;
      }
    }
    if (best < 0) {
      res.solutions++;
      if (!res.solution) res.solution = stars.slice().sort((a, b) => a - b);
      else if (!res.other) res.other = stars.slice().sort((a, b) => a - b);
      return res.solutions >= limit;
    }
    if (bestCount === 0) {
      res.backtracks++;
      return false;
    }
    if (bestCount === 1) res.forced++;
    for (const i of units[best]) {
      if (!open[i]) continue;
      const o = open.slice();
      const d = done.slice();
      place(o, d, i);
      const stop = rec(o, d);
      stars.pop();
      if (stop) return true;
    }
    return false;
  };

  const open = new Uint8Array(cells).fill(1);
  const done = new Uint8Array(3 * n);
  for (const g of givens) {
    if (!place(open, done, g)) return res;
  }
  rec(open, done);
  return res;
}
