import type { Rng } from '../../../core/rng.js';
import type { Layout } from './geometry.js';

/**
 * Bitmask backtracking solver with the minimum-remaining-values heuristic. Written by hand because
 * it must count solutions with an early stop and report its effort (nodes, backtracks), which no
 * packaged sudoku library exposes.
 */
export interface SearchResult {
  solutions: number;
  /** First solution found, digits 1..n per cell. */
  solution: Int8Array | null;
  nodes: number;
  backtracks: number;
}

const popcount = (m: number) => {
  let c = 0;
  while (m) {
    m &= m - 1;
    c++;
  }
  return c;
};

/** Counts solutions up to `limit` (2 certifies uniqueness). With `rng`, candidate order is random (used to fill grids). */
export function search(L: Layout, grid: Int8Array, limit: number, rng?: Rng): SearchResult {
  const g = Int8Array.from(grid);
  const full = (1 << L.n) - 1;
  const rowM = new Int32Array(L.n);
  const colM = new Int32Array(L.n);
  const boxM = new Int32Array(L.n);
  for (let i = 0; i < L.cells; i++) {
    if (g[i]) {
      const bit = 1 << (g[i] - 1);
      if (rowM[L.row[i]] & bit || colM[L.col[i]] & bit || boxM[L.box[i]] & bit) {
        return { solutions: 0, solution: null, nodes: 0, backtracks: 0 };
      }
      rowM[L.row[i]] |= bit;
      colM[L.col[i]] |= bit;
      boxM[L.box[i]] |= bit;
    }
  }
  const res: SearchResult = { solutions: 0, solution: null, nodes: 0, backtracks: 0 };
  const rec = (): boolean => {
    res.nodes++;
    let best = -1;
    let bestCount = 99;
    let bestMask = 0;
    for (let i = 0; i < L.cells; i++) {
      if (g[i]) continue;
      const m = full & ~(rowM[L.row[i]] | colM[L.col[i]] | boxM[L.box[i]]);
      const c = popcount(m);
      if (c < bestCount) {
        best = i;
        bestCount = c;
        bestMask = m;
        if (c <= 1) break;
      }
    }
    if (best < 0) {
      res.solutions++;
      if (!res.solution) res.solution = Int8Array.from(g);
      return res.solutions >= limit;
    }
    if (bestCount === 0) {
      res.backtracks++;
      return false;
    }
    const digits: number[] = [];
    for (let d = 0; d < L.n; d++) if (bestMask & (1 << d)) digits.push(d + 1);
    const order = rng ? rng.shuffle(digits) : digits;
    const r = L.row[best], c = L.col[best], b = L.box[best];
    for (const d of order) {
      const bit = 1 << (d - 1);
      g[best] = d;
      rowM[r] |= bit;
      colM[c] |= bit;
      boxM[b] |= bit;
      const stop = rec();
      rowM[r] &= ~bit;
      colM[c] &= ~bit;
      boxM[b] &= ~bit;
      g[best] = 0;
      if (stop) return true;
    }
    res.backtracks++;
    return false;
  };
  rec();
  return res;
}

/**
 * Human-style grading: repeatedly applies naked singles (technique 1) and hidden singles
 * (technique 2). Returns the hardest technique needed, or 3 when singles alone get stuck
 * and the puzzle needs harder reasoning or search.
 */
export function gradeBySingles(L: Layout, grid: Int8Array): { technique: number; steps: number } {
  const g = Int8Array.from(grid);
  const full = (1 << L.n) - 1;
  const cand = (i: number) => {
    let used = 0;
    for (let j = 0; j < L.cells; j++) {
      if (g[j] && (L.row[j] === L.row[i] || L.col[j] === L.col[i] || L.box[j] === L.box[i])) used |= 1 << (g[j] - 1);
    }
    return full & ~used;
  };
  let technique = 0;
  let steps = 0;
  for (;;) {
    const empty: number[] = [];
    for (let i = 0; i < L.cells; i++) if (!g[i]) empty.push(i);
    if (!empty.length) return { technique: Math.max(technique, 1), steps };
    const masks = new Map(empty.map((i) => [i, cand(i)]));
    const naked = empty.find((i) => popcount(masks.get(i)!) === 1);
    if (naked !== undefined) {
      g[naked] = 31 - Math.clz32(masks.get(naked)!) + 1;
      technique = Math.max(technique, 1);
      steps++;
      continue;
    }
    let placed = false;
    for (const unit of ['row', 'col', 'box'] as const) {
      for (let u = 0; u < L.n && !placed; u++) {
        for (let d = 0; d < L.n && !placed; d++) {
          const spots = empty.filter((i) => L[unit][i] === u && masks.get(i)! & (1 << d));
          if (spots.length === 1) {
            g[spots[0]] = d + 1;
            placed = true;
          }
        }
      }
      if (placed) break;
    }
    if (!placed) return { technique: 3, steps };
    technique = Math.max(technique, 2);
    steps++;
  }
}
