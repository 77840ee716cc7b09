/**
 * Numbrix solver: place 1..n² on an n×n grid, consecutive numbers side by side, keeping the
 * givens. The search walks the number line: from the smallest given upward to n², then from it
 * down to 1, each step to a free neighbour. Pruning: the next given must be within reach (grid
 * distance at most the numbers between), and no free cell may be cut off (every free cell needs a
 * free or still-open neighbour, and two unless it can hold 1 or n²). Counts solutions up to `limit`.
 */
export interface NumbrixProblem {
  size: number;
  /** Given number per cell (row-major), 0 for an empty cell. */
  givens: readonly number[];
}

export interface NumbrixResult {
  solutions: number;
  /** Numbers per cell of the first solution found. */
  first: number[] | null;
  nodes: number;
  /** True when the search stopped at `maxNodes`: nothing is certified then. */
  aborted: boolean;
}

export function solveNumbrix(p: NumbrixProblem, limit = 2, maxNodes = 2_000_000): NumbrixResult {
  const n = p.size;
  const N = n * n;
  const out: NumbrixResult = { solutions: 0, first: null, nodes: 0, aborted: false };
  const nb: number[][] = Array.from({ length: N }, (_, i) => {
    const r = Math.floor(i / n);
    const c = i % n;
    return [r > 0 ? i - n : -1, r < n - 1 ? i + n : -1, c > 0 ? i - 1 : -1, c < n - 1 ? i + 1 : -1].filter((j) => j >= 0);
  });
  const dist = (a: number, b: number) => Math.abs(Math.floor(a / n) - Math.floor(b / n)) + Math.abs((a % n) - (b % n));
  const at = new Int32Array(N + 2).fill(-1); // cell of each number
  const val = new Int32Array(N).fill(0); // number in each cell
  for (let i = 0; i < N; i++) {
    const v = p.givens[i];
    if (!v) continue;
    if (v < 1 || v > N || at[v] >= 0) return out;
    at[v] = i;
    val[i] = v;
  }
  const given = Array.from(at.slice(1, N + 1)).flatMap((c, k) => (c >= 0 ? [k + 1] : []));
  if (!given.length) {
    // No givens: any Hamiltonian path; not a puzzle, but well defined (at least 2 for n > 1).
    out.solutions = n === 1 ? 1 : limit;
    return out;
  }
  // Givens next to each other in number must be next to each other on the grid, and within reach.
  for (let k = 1; k < given.length; k++) if (dist(at[given[k - 1]], at[given[k]]) > given[k] - given[k - 1] || (dist(at[given[k - 1]], at[given[k]]) - (given[k] - given[k - 1])) % 2) return out;
  const nextGiven = new Int32Array(N + 2).fill(0);
  for (let v = N, g = 0; v >= 1; v--) {
    nextGiven[v] = g;
    if (at[v] >= 0) g = v;
  }
  const prevGiven = new Int32Array(N + 2).fill(0);
  for (let v = 1, g = 0; v <= N; v++) {
    prevGiven[v] = g;
    if (at[v] >= 0) g = v;
  }
  /** A cell holding v is open when v-1 or v+1 (in range) is not placed yet. */
  const open = (i: number) => {
    const v = val[i];
    return v > 0 && ((v > 1 && at[v - 1] < 0) || (v < N && at[v + 1] < 0));
  };
  const cutOff = (i: number) => {
    if (val[i]) return false;
    let ways = 0;
    for (const j of nb[i]) if (!val[j] || open(j)) ways++;
    return ways === 0 || (ways === 1 && at[1] >= 0 && at[N] >= 0);
  };
  const low = given[0];
  const place = (v: number, i: number) => {
    at[v] = i;
    val[i] = v;
  };
  const unplace = (v: number, i: number) => {
    at[v] = -1;
    val[i] = 0;
  };
  // Numbers to fill in order: low+1..N, then low-1..1; each is placed next to the one before it in this order.
  const rec = (v: number, up: boolean): void => {
    if (++out.nodes > maxNodes) {
      out.aborted = true;
      return;
    }
    if (up && v > N) return rec(low - 1, false);
    if (!up && v < 1) {
      if (++out.solutions === 1) out.first = Array.from(val);
      return;
    }
    const from = at[up ? v - 1 : v + 1];
    if (at[v] >= 0) {
      if (dist(at[v], from) === 1) rec(up ? v + 1 : v - 1, up);
      return;
    }
    const target = up ? nextGiven[v] : prevGiven[v];
    for (const i of nb[from]) {
      if (val[i]) continue;
      if (target && dist(i, at[target]) > Math.abs(target - v)) continue;
      place(v, i);
      let ok = !cutOff(i);
      for (const j of nb[i]) if (ok && cutOff(j)) ok = false;
      for (const j of nb[from]) if (ok && cutOff(j)) ok = false;
      if (ok) rec(up ? v + 1 : v - 1, up);
      unplace(v, i);
      if (out.solutions >= limit || out.aborted) return;
    }
  };
  rec(low + 1, true);
  return out;
}
