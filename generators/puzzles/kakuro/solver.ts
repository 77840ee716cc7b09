/**
 * Kakuro solver: digits 1-9 in white cells, no digit twice in a run, each run adds up to its clue.
 * Written by hand because generation needs solution counting with an early stop and effort
 * statistics. A cell's candidates are the digits that some completion of both of its runs can use
 * (precomputed digit sets by size and sum); the search fills the cell with the fewest candidates.
 */
export interface Run {
  cells: number[];
  sum: number;
}

export interface KakuroResult {
  solutions: number;
  /** Digits per cell (0 on black cells) of the first and second solutions found. */
  solution: Int8Array | null;
  other: Int8Array | null;
  nodes: number;
  backtracks: number;
  /** Cells filled at a node where they had a single candidate (no guess). */
  forced: number;
}

/** Digit sets (bit d-1 = digit d) grouped by size and sum. */
const SETS: number[][][] = (() => {
  const t = Array.from({ length: 10 }, () => Array.from({ length: 46 }, () => [] as number[]));
  for (let m = 0; m < 512; m++) {
    let k = 0;
    let s = 0;
    for (let d = 1; d <= 9; d++) if (m & (1 << (d - 1))) (k++, (s += d));
    t[k][s].push(m);
  }
  return t;
})();

/** Digits usable in a run that already holds `used` (summing to `have`) with `left` cells to fill. */
function runAllows(sum: number, have: number, used: number, left: number): number {
  const rest = sum - have;
  if (left === 0 || rest < 0 || rest > 45) return 0;
  let out = 0;
  for (const m of SETS[left][rest]) if (!(m & used)) out |= m;
  return out;
}

const popcount = (m: number) => {
  let c = 0;
  while (m) {
    m &= m - 1;
    c++;
  }
  return c;
};

/**
 * Counts solutions up to `limit`. Past `maxNodes` the search gives up and reports `limit`
 * solutions: an unfinished count never certifies uniqueness.
 */
export function solveKakuro(cells: number, runs: readonly Run[], givens: Int8Array, limit: number, maxNodes = Infinity): KakuroResult {
  const runsOf: number[][] = Array.from({ length: cells }, () => []);
  runs.forEach((run, k) => run.cells.forEach((i) => runsOf[i].push(k)));
  const white = runsOf.map((r, i) => (r.length ? i : -1)).filter((i) => i >= 0);
  const digit = new Int8Array(cells);
  const used = new Int32Array(runs.length);
  const have = new Int32Array(runs.length);
  const left = Int32Array.from(runs, (r) => r.cells.length);
  const res: KakuroResult = { solutions: 0, solution: null, other: null, nodes: 0, backtracks: 0, forced: 0 };

  const set = (i: number, d: number, sign: 1 | -1) => {
    digit[i] = sign > 0 ? d : 0;
    for (const k of runsOf[i]) {
      used[k] ^= 1 << (d - 1);
      have[k] += sign * d;
      left[k] -= sign;
    }
  };
  const candidates = (i: number) => {
    let m = 511;
    for (const k of runsOf[i]) m &= runAllows(runs[k].sum, have[k], used[k], left[k]);
    return m;
  };

  for (const i of white) {
    if (!givens[i]) continue;
    if (!(candidates(i) & (1 << (givens[i] - 1)))) return res;
    set(i, givens[i], 1);
  }

  const rec = (): boolean => {
    if (++res.nodes > maxNodes) {
      res.solutions = Math.max(res.solutions, limit);
      return true;
    }
    let best = -1;
    let bestMask = 0;
    let bestCount = 99;
    for (const i of white) {
      if (digit[i]) continue;
      const m = candidates(i);
      const c = popcount(m);
      if (c < bestCount) {
        best = i;
        bestMask = m;
        bestCount = c;
        if (c <= 1) break;
      }
    }
    if (best < 0) {
      res.solutions++;
      if (!res.solution) res.solution = digit.slice();
      else if (!res.other) res.other = digit.slice();
      return res.solutions >= limit;
    }
    if (bestCount === 0) {
      res.backtracks++;
      return false;
    }
    if (bestCount === 1) res.forced++;
    for (let d = 1; d <= 9; d++) {
      if (!(bestMask & (1 << (d - 1)))) continue;
      set(best, d, 1);
      const stop = rec();
      set(best, d, -1);
      if (stop) return true;
    }
    return false;
  };
  rec();
  return res;
}
