import { DIR8, neighbours } from '../logic-grid.js';

/**
 * Tents solver. Rules: each tree gets its own tent on an orthogonal neighbour (a one-to-one
 * pairing), tents never touch (not even diagonally), and rows and columns hold the shown numbers of
 * tents (a count of -1 is hidden). Written by hand because generation needs solution counting with
 * an early stop and effort statistics. It decides candidate cells (non-tree cells next to a tree) in
 * reading order, pruning on line counts, touching tents and trees left without a possible tent;
 * the pairing is checked by bipartite matching on complete placements.
 */
export interface TentsResult {
  solutions: number;
  /** Tent cells of the first and second solutions found. */
  solution: number[] | null;
  other: number[] | null;
  nodes: number;
  backtracks: number;
}

export interface TentsProblem {
  rows: number;
  cols: number;
  trees: readonly number[];
  rowCounts: readonly number[];
  colCounts: readonly number[];
}

/** Kuhn's augmenting paths: can every tree be paired with a distinct adjacent tent? */
export function pairsUp(p: TentsProblem, tents: readonly number[]): boolean {
  if (tents.length !== p.trees.length) return false;
  const tentIndex = new Map(tents.map((t, k) => [t, k]));
  const adj = p.trees.map((tr) => neighbours(tr, p.rows, p.cols).filter((j) => tentIndex.has(j)).map((j) => tentIndex.get(j)!));
  const owner = new Int32Array(tents.length).fill(-1);
  const tryTree = (t: number, seen: Uint8Array): boolean => {
    for (const k of adj[t]) {
      if (seen[k]) continue;
      seen[k] = 1;
      if (owner[k] < 0 || tryTree(owner[k], seen)) {
        owner[k] = t;
        return true;
      }
    }
    return false;
  };
  return p.trees.every((_, t) => tryTree(t, new Uint8Array(tents.length)));
}

export function solveTents(p: TentsProblem, limit: number): TentsResult {
  const { rows, cols } = p;
  const cells = rows * cols;
  const isTree = new Uint8Array(cells);
  for (const t of p.trees) isTree[t] = 1;
  const cand: number[] = [];
  for (let i = 0; i < cells; i++) if (!isTree[i] && neighbours(i, rows, cols).some((j) => isTree[j])) cand.push(i);
  // Remaining candidates per row / column / overall after position k (for the "can still reach" bound).
  const rowLeft = new Int32Array(rows);
  const colLeft = new Int32Array(cols);
  for (const i of cand) {
    rowLeft[Math.floor(i / cols)]++;
    colLeft[i % cols]++;
  }
  const rowHave = new Int32Array(rows);
  const colHave = new Int32Array(cols);
  const state = new Int8Array(cells); // 1 tent, -1 decided empty, 0 undecided
  for (let i = 0; i < cells; i++) if (!isTree[i] && !cand.includes(i)) state[i] = -1;
  const treeNear = Array.from({ length: cells }, (_, i) => neighbours(i, rows, cols).filter((j) => isTree[j]));
  const treeOptions = new Int32Array(cells);
  for (const t of p.trees) treeOptions[t] = neighbours(t, rows, cols).filter((j) => state[j] === 0).length;
  const near8 = Array.from({ length: cells }, (_, i) => neighbours(i, rows, cols, DIR8));
  const res: TentsResult = { solutions: 0, solution: null, other: null, nodes: 0, backtracks: 0 };
  const tents: number[] = [];
  const total = p.trees.length;

  const lineOk = (r: number, c: number) =>
    (p.rowCounts[r] < 0 || (rowHave[r] <= p.rowCounts[r] && rowHave[r] + rowLeft[r] >= p.rowCounts[r])) &&
    (p.colCounts[c] < 0 || (colHave[c] <= p.colCounts[c] && colHave[c] + colLeft[c] >= p.colCounts[c]));

  const rec = (k: number): boolean => {
    res.nodes++;
    if (tents.length > total || tents.length + (cand.length - k) < total) {
      res.backtracks++;
      return false;
    }
    if (k === cand.length) {
      const countsOk = p.rowCounts.every((n, r) => n < 0 || rowHave[r] === n) && p.colCounts.every((n, c) => n < 0 || colHave[c] === n);
      if (!countsOk || !pairsUp(p, tents)) {
        res.backtracks++;
        return false;
      }
      res.solutions++;
      if (!res.solution) res.solution = tents.slice();
      else if (!res.other) res.other = tents.slice();
      return res.solutions >= limit;
    }
    const i = cand[k];
    const r = Math.floor(i / cols);
    const c = i % cols;
    rowLeft[r]--;
    colLeft[c]--;
    let stop = false;
    // Branch 1: a tent here, if no neighbour tent.
    if (!near8[i].some((j) => state[j] === 1)) {
      state[i] = 1;
      rowHave[r]++;
      colHave[c]++;
      tents.push(i);
      if (lineOk(r, c)) stop = rec(k + 1);
      else res.backtracks++;
      tents.pop();
      rowHave[r]--;
      colHave[c]--;
    }
    // Branch 2: empty, unless that leaves an adjacent tree with no possible tent.
    if (!stop) {
      state[i] = -1;
      for (const t of treeNear[i]) treeOptions[t]--;
      const treesOk = treeNear[i].every((t) => treeOptions[t] > 0 || neighbours(t, rows, cols).some((j) => state[j] === 1));
      if (treesOk && lineOk(r, c)) stop = rec(k + 1);
      else res.backtracks++;
      for (const t of treeNear[i]) treeOptions[t]++;
    }
    state[i] = 0;
    rowLeft[r]++;
    colLeft[c]++;
    return stop;
  };
  rec(0);
  return res;
}
