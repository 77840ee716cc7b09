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

/** Search nodes allowed per board; past it the board is reported as too hard (the generator draws another). */
export const NODE_BUDGET = 2_000_000;

export class BudgetExceeded extends Error {}

type Constraint = { cells: number[]; need: number };

export function forcedCells(b: Board, budget = NODE_BUDGET): Forced {
  const { rows, cols, shown } = b;
  const cons: Constraint[] = [];
  for (let i = 0; i < shown.length; i++) {
    if (shown[i] < 0) continue;
    const cov = around(rows, cols, i).filter((j) => shown[j] < 0);
    if (cov.length) cons.push({ cells: cov, need: shown[i] });
  }
  // Independent components (no shared constraint) are solved apart: a contradiction in one must
  // never make the search re-enumerate the others, which is exponential.
  const cellCons = new Map<number, number[]>();
  cons.forEach((c, k) => c.cells.forEach((x) => cellCons.set(x, [...(cellCons.get(x) ?? []), k])));
  const done = new Set<number>();
  const frontier: number[] = [];
  const mines: number[] = [];
  const safe: number[] = [];
  const counter = { nodes: 0, budget };
  for (const start of [...cellCons.keys()].sort((a, c) => a - c)) {
    if (done.has(start)) continue;
    // Variables in breadth-first order over shared constraints: constraints close early, pruning early.
    const vars = [start];
    const ks = new Set<number>();
    done.add(start);
    for (let h = 0; h < vars.length; h++) {
      for (const k of cellCons.get(vars[h])!) {
        ks.add(k);
        for (const j of cons[k].cells) if (!done.has(j)) (done.add(j), vars.push(j));
      }
    }
    frontier.push(...vars);
    const f = forcedInComponent(vars, [...ks].map((k) => cons[k]), counter);
    mines.push(...f.mines);
    safe.push(...f.safe);
  }
  const trivial = trivialDeductions(cons);
  const isForced = new Set([...mines, ...safe]);
  return {
    mines: mines.sort((a, c) => a - c),
    safe: safe.sort((a, c) => a - c),
    frontier,
    nodes: counter.nodes,
    trivial: [...trivial].filter((c) => isForced.has(c)).length,
  };
}

function forcedInComponent(frontier: number[], cons: Constraint[], counter: { nodes: number; budget: number }): { mines: number[]; safe: number[] } {
  const varOf = new Map(frontier.map((cell, v) => [cell, v]));
  const consOf: number[][] = frontier.map(() => []);
  cons.forEach((c, k) => c.cells.forEach((cell) => consOf[varOf.get(cell)!].push(k)));
  const value = new Int8Array(frontier.length).fill(-1);
  const mines = new Int32Array(cons.length);
  const open = Int32Array.from(cons, (c) => c.cells.length);
  const fixed = new Int8Array(frontier.length).fill(-1); // a value imposed by the current check

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
      if (++counter.nodes > counter.budget) throw new BudgetExceeded(`minesweeper: more than ${counter.budget} search nodes`);
      const ok = assign(v, x);
      if (ok && solve(v + 1)) return true;
      unassign(v);
    }
    return false;
  };
  const findSolution = (): Int8Array | null => {
    try {
      const found = solve(0);
      return found ? Int8Array.from(value) : null;
    } finally {
      for (let v = frontier.length - 1; v >= 0; v--) if (value[v] >= 0) unassign(v);
    }
  };

  const base = findSolution();
  if (!base) throw new Error('forcedCells: the revealed numbers are inconsistent');
  // canBe[v][x] is true once some solution with variable v = x is known.
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
  return { mines: forcedMines, safe: forcedSafe };
}

/** Cells settled by single numbers alone (count already met → rest safe; count = covered → all mines), iterated to a fixpoint. */
function trivialDeductions(cons: Constraint[]): Set<number> {
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
