import { isConnected, neighbours } from '../logic-grid.js';

/**
 * Hitori solver. Rules: no number repeats among unshaded cells of a row or column; shaded cells
 * never share a side; unshaded cells form one connected area; only a cell whose number repeats in
 * its row or column may be shaded. Written by hand because generation needs solution counting with
 * an early stop and effort statistics; propagation (a shaded cell's neighbours are unshaded, an
 * unshaded cell's equal numbers in its lines are shaded) does most of the work, then it guesses.
 */
export interface HitoriResult {
  solutions: number;
  /** Shaded flags (1 = shaded) of the first and second solutions found. */
  solution: Uint8Array | null;
  other: Uint8Array | null;
  nodes: number;
  backtracks: number;
  /** Cells decided by propagation before the first guess. */
  rootDecided: number;
}

const UNKNOWN = 0;
const WHITE = 1;
const BLACK = 2;

export function solveHitori(n: number, values: ArrayLike<number>, limit: number): HitoriResult {
  const cells = n * n;
  const near = Array.from({ length: cells }, (_, i) => neighbours(i, n, n));
  // Cells in the same row or column holding the same number.
  const twins = Array.from({ length: cells }, (_, i) => {
    const r = Math.floor(i / n);
    const c = i % n;
    const out: number[] = [];
    for (let k = 0; k < n; k++) {
      if (k !== c && values[r * n + k] === values[i]) out.push(r * n + k);
      if (k !== r && values[k * n + c] === values[i]) out.push(k * n + c);
    }
    return out;
  });
  const res: HitoriResult = { solutions: 0, solution: null, other: null, nodes: 0, backtracks: 0, rootDecided: 0 };

  const propagate = (st: Uint8Array, queue: number[]): boolean => {
    while (queue.length) {
      const i = queue.pop()!;
      const forced = st[i] === BLACK ? near[i] : twins[i];
      const want = st[i] === BLACK ? WHITE : BLACK;
      for (const j of forced) {
        if (st[j] === want) continue;
        if (st[j] !== UNKNOWN) return false;
        st[j] = want;
        queue.push(j);
      }
    }
    return isConnected(n, n, (i) => st[i] !== BLACK);
  };

  const rec = (st: Uint8Array): boolean => {
    res.nodes++;
    const i = st.indexOf(UNKNOWN);
    if (i < 0) {
      res.solutions++;
      const shaded = st.map((s) => (s === BLACK ? 1 : 0));
      if (!res.solution) res.solution = shaded;
      else if (!res.other) res.other = shaded;
      return res.solutions >= limit;
    }
    for (const v of [BLACK, WHITE]) {
      const next = st.slice();
      next[i] = v;
      if (!propagate(next, [i])) {
        res.backtracks++;
        continue;
      }
      if (rec(next)) return true;
    }
    return false;
  };

  const st = new Uint8Array(cells);
  const queue: number[] = [];
  for (let i = 0; i < cells; i++) {
    if (!twins[i].length) {
      st[i] = WHITE;
      queue.push(i);
    }
  }
  if (!propagate(st, queue)) return res;
  res.rootDecided = cells - st.filter((s) => s === UNKNOWN).length;
  rec(st);
  return res;
}
