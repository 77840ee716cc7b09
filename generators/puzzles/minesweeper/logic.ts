/**
 * Which covered cells of a minesweeper board are forced (certainly a mine, certainly safe) by the
 * revealed numbers alone (the total mine count is not used). The frontier cells are the variables,
 * each revealed number a "sum of neighbours = k" constraint. One satisfying assignment S is found by
 * backtracking with bounds propagation; a cell is forced exactly when flipping it from S makes the
 * system unsatisfiable. Hand-written: a dozen-line exact CSP over a few dozen 0/1 variables, where a
 * SAT/ILP dependency would add weight without need.
 */
export interface Board {
  rows: number;
  cols: number;
  /** −1 covered, else the revealed count 0–8; row-major. */
  shown: Int8Array;
}

export function around(rows: number, cols: number, i: number): number[] {
  const r = Math.floor(i / cols);
  const c = i % cols;
  const out: number[] = [];
  for (let dr = -1; dr <= 1; dr++) {
    for (let dc = -1; dc <= 1; dc++) {
      const rr = r + dr;
      const cc = c + dc;
      if ((dr || dc) && rr >= 0 && rr < rows && cc >= 0 && cc < cols) out.push(rr * cols + cc);
    }
  }
  return out;
}

export interface Forced {
  mines: number[];
  safe: number[];
  frontier: number[];
  /** Backtracking nodes over all satisfiability checks. */
  nodes: number;
  /** Forced cells that single-number rules (count met / all remaining are mines), iterated, also find. */
  trivial: number;
}

export function forcedCells(b: Board): Forced {
  const { rows, cols, shown } = b;
  const cons: { cells: number[]; need: number }[] = [];
  const frontierSet = new Set<number>();
  for (let i = 0; i < shown.length; i++) {
    if (shown[i] < 0) continue;
    const cov = around(rows, cols, i).filter((j) => shown[j] < 0);
    if (!cov.length) continue;
    cons.push({ cells: cov, need: shown[i] });
    for (const j of cov) frontierSet.add(j);
  }
  // Variables in breadth-first order over shared constraints: constraints close early, pruning early.
  const frontier: number[] = [];
  const seen = new Set<number>();
  for (const start of [...frontierSet].sort((a, b) => a - b)) {
    if (seen.has(start)) continue;
    const queue = [start];
    seen.add(start);
    for (let h = 0; h < queue.length; h++) {
      frontier.push(queue[h]);
      for (const c of cons) {
        if (!c.cells.includes(queue[h])) continue;
        for (const j of c.cells) if (!seen.has(j)) (seen.add(j), queue.push(j));
      }
    }
  }
  const varOf = new Map(frontier.map((cell, v) => [cell, v]));
  const consOf: number[][] = frontier.map(() => []);
  cons.forEach((c, k) => c.cells.forEach((cell) => consOf[varOf.get(cell)!].push(k)));
  let nodes = 0;
  const value = new Int8Array(frontier.length).fill(-1);
  const mines = new Int32Array(cons.length);
  const open = Int32Array.from(cons, (c) => c.cells.length);
  const fixed = new Int8Array(frontier.length).fill(-1); // a value forced by the current check

  const assign = (v: number, x: number): boolean => {
    value[v] = x;
    let ok = true;
    for (const k of consOf[v]) {
      open[k]--;
      mines[k] += x;
      if (mines[k] > cons[k].need || mines[k] + open[k] < cons[k].need) ok = false;
    }
    return ok;
  };
  const unassign = (v: number) => {
    for (const k of consOf[v]) {
      open[k]++;
      mines[k] -= value[v];
    }
    value[v] = -1;
  };
  const solve = (v: number): boolean => {
    if (v === frontier.length) return true;
    for (const x of fixed[v] >= 0 ? [fixed[v]] : [0, 1]) {
      nodes++;
      const ok = assign(v, x);
      if (ok && solve(v + 1)) return true;
      unassign(v);
    }
    return false;
  };
  const findSolution = (): Int8Array | null => {
    const found = solve(0);
    const out = found ? Int8Array.from(value) : null;
    for (let v = frontier.length - 1; v >= 0; v--) if (value[v] >= 0) unassign(v);
    return out;
  };

  const base = findSolution();
  if (!base) throw new Error('forcedCells: the revealed numbers are inconsistent');
  // canBe[v][x] = 1 once some solution with frontier var v = x is known.
  const canBe = frontier.map((_, v) => [base[v] === 0, base[v] === 1]);
  const forcedMines: number[] = [];
  const forcedSafe: number[] = [];
  for (let v = 0; v < frontier.length; v++) {
    const flip = 1 - base[v];
    if (canBe[v][flip]) continue;
    fixed[v] = flip;
    const s = findSolution();
    fixed[v] = -1;
    if (s) s.forEach((x, u) => (canBe[u][x] = true));
    else (base[v] ? forcedMines : forcedSafe).push(frontier[v]);
  }
  const trivial = trivialDeductions(cons);
  const isForced = new Set([...forcedMines, ...forcedSafe]);
  return {
    mines: forcedMines.sort((a, b) => a - b),
    safe: forcedSafe.sort((a, b) => a - b),
    frontier,
    nodes,
    trivial: [...trivial].filter((c) => isForced.has(c)).length,
  };
}

/** Cells settled by single numbers alone (count already met → rest safe; count = covered → all mines), iterated to a fixpoint. */
function trivialDeductions(cons: { cells: number[]; need: number }[]): Set<number> {
  const known = new Map<number, number>();
  for (let changed = true; changed; ) {
    changed = false;
    for (const c of cons) {
      const unknown = c.cells.filter((x) => !known.has(x));
      if (!unknown.length) continue;
      const left = c.need - c.cells.filter((x) => known.get(x) === 1).length;
      if (left === 0 || left === unknown.length) {
        for (const x of unknown) known.set(x, left ? 1 : 0);
        changed = true;
      }
    }
  }
  return new Set(known.keys());
}
