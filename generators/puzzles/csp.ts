import type { Rng } from '../../core/rng.js';

/**
 * Small finite-domain constraint solver shared by the grid-logic puzzles (futoshiki, skyscrapers,
 * kenken, killer sudoku, binairo, nonogram). Written by hand because generation needs three things
 * no packaged solver gives together in pure, deterministic JS: counting solutions with an early stop
 * (2 certifies uniqueness), seeded random value order (to fill grids), and effort statistics
 * (nodes, backtracks, cells forced by propagation alone) that become difficulty features.
 *
 * A cell's domain is a bitmask: bit v-1 set means value v (1..values) is still possible.
 */
export interface Constraint {
  readonly cells: readonly number[];
  /** Narrows `dom` on its cells; returns false on a contradiction. */
  prune(dom: Int32Array): boolean;
}

export interface Model {
  cells: number;
  values: number;
  constraints: Constraint[];
}

export interface SolveResult {
  solutions: number;
  /** First and second solutions found (values 1..values per cell); the second shows why a puzzle is not unique. */
  solution: Int8Array | null;
  other: Int8Array | null;
  nodes: number;
  backtracks: number;
  maxDepth: number;
  /** Cells fixed by propagation alone before any guess: equal to `cells` means no search is needed. */
  rootForced: number;
  /** Constraint prunings run in total: the propagation work, a difficulty signal even without search. */
  prunes: number;
  /** True when the search stopped at `maxNodes`: `solutions` is then a lower bound, certifying nothing. */
  aborted: boolean;
}

export const bit = (v: number) => 1 << (v - 1);
export const valueOf = (m: number) => 32 - Math.clz32(m);
export const single = (m: number) => m !== 0 && (m & (m - 1)) === 0;
export function popcount(m: number): number {
  let c = 0;
  while (m) {
    m &= m - 1;
    c++;
  }
  return c;
}

/** Queue-based propagation to a fixpoint; only constraints touching a changed cell run again. */
function propagate(model: Model, watch: number[][], dom: Int32Array, queue: number[], queued: Uint8Array, before: Int32Array, res: SolveResult): boolean {
  while (queue.length) {
    res.prunes++;
    const k = queue.pop()!;
    queued[k] = 0;
    const c = model.constraints[k];
    const cs = c.cells;
    for (let j = 0; j < cs.length; j++) before[j] = dom[cs[j]];
    if (!c.prune(dom)) {
      queue.length = 0;
      queued.fill(0);
      return false;
    }
    for (let j = 0; j < cs.length; j++) {
      const i = cs[j];
      if (dom[i] === before[j]) continue;
      if (dom[i] === 0) {
        queue.length = 0;
        queued.fill(0);
        return false;
      }
      for (const w of watch[i]) {
        if (!queued[w]) {
          queued[w] = 1;
          queue.push(w);
        }
      }
    }
  }
  return true;
}

/** Watch lists (cell → constraints on it), built once per model: generators re-solve one model many times. */
const watchCache = new WeakMap<Model, number[][]>();
function watchesOf(model: Model): number[][] {
  let watch = watchCache.get(model);
  if (!watch) {
    const w: number[][] = Array.from({ length: model.cells }, () => []);
    model.constraints.forEach((c, k) => c.cells.forEach((i) => w[i].push(k)));
    watchCache.set(model, (watch = w));
  }
  return watch;
}

/**
 * Counts solutions up to `limit` from the initial domains (givens are single-bit domains).
 * With `rng` the value order is random (used to fill solution grids). `maxNodes` bounds the work:
 * generators treat an aborted search as "not certified" and add information.
 */
export function solve(model: Model, initial: Int32Array, limit: number, rng?: Rng, maxNodes = Infinity): SolveResult {
  const watch = watchesOf(model);
  const before = new Int32Array(Math.max(0, ...model.constraints.map((c) => c.cells.length)));
  const queued = new Uint8Array(model.constraints.length);
  const queue: number[] = [];
  const res: SolveResult = { solutions: 0, solution: null, other: null, nodes: 0, backtracks: 0, maxDepth: 0, rootForced: 0, prunes: 0, aborted: false };
  const enqueueAll = () => {
    for (let k = 0; k < model.constraints.length; k++) {
      queued[k] = 1;
      queue.push(k);
    }
  };
  const rec = (dom: Int32Array, depth: number): boolean => {
    if (++res.nodes > maxNodes) {
      res.aborted = true;
      return true;
    }
    if (depth > res.maxDepth) res.maxDepth = depth;
    // Minimum-remaining-values branching.
    let best = -1;
    let bestCount = 99;
    for (let i = 0; i < model.cells; i++) {
      const m = dom[i];
      if (single(m)) continue;
      const cnt = popcount(m);
      if (cnt < bestCount) {
        best = i;
        bestCount = cnt;
        if (cnt === 2) break;
      }
    }
    if (best < 0) {
      res.solutions++;
      const sol = Int8Array.from(dom, valueOf);
      if (!res.solution) res.solution = sol;
      else if (!res.other) res.other = sol;
      return res.solutions >= limit;
    }
    const vals: number[] = [];
    for (let v = 1; v <= model.values; v++) if (dom[best] & bit(v)) vals.push(v);
    for (const v of rng ? rng.shuffle(vals) : vals) {
      const next = Int32Array.from(dom);
      next[best] = bit(v);
      for (const w of watch[best]) {
        queued[w] = 1;
        queue.push(w);
      }
      if (propagate(model, watch, next, queue, queued, before, res) && rec(next, depth + 1)) return true;
    }
    res.backtracks++;
    return false;
  };
  const dom = Int32Array.from(initial);
  enqueueAll();
  if (!propagate(model, watch, dom, queue, queued, before, res)) return res;
  for (let i = 0; i < model.cells; i++) if (single(dom[i])) res.rootForced++;
  rec(dom, 0);
  return res;
}

/** Full domains with the given cells fixed (0 = open). */
export function domainsFrom(grid: ArrayLike<number>, values: number): Int32Array {
  const full = (1 << values) - 1;
  return Int32Array.from({ length: grid.length }, (_, i) => (grid[i] ? bit(grid[i]) : full));
}

/**
 * All-different over a unit. When the unit holds exactly `values` cells (a Latin row, a sudoku box)
 * every value must appear, which also gives hidden singles.
 */
export class AllDifferent implements Constraint {
  constructor(
    readonly cells: readonly number[],
    private readonly values: number,
  ) {}

  prune(dom: Int32Array): boolean {
    const cells = this.cells;
    let changed = true;
    while (changed) {
      changed = false;
      let fixed = 0;
      for (const i of cells) {
        const m = dom[i];
        if (!single(m)) continue;
        if (fixed & m) return false;
        fixed |= m;
      }
      for (const i of cells) {
        const m = dom[i];
        if (single(m)) continue;
        const nm = m & ~fixed;
        if (nm !== m) {
          if (!nm) return false;
          dom[i] = nm;
          changed = true;
        }
      }
    }
    if (cells.length === this.values) {
      for (let v = 1; v <= this.values; v++) {
        const b = bit(v);
        let where = -1;
        let count = 0;
        for (const i of cells) {
          if (dom[i] & b) {
            where = i;
            if (++count > 1) break;
          }
        }
        if (count === 0) return false;
        if (count === 1 && dom[where] !== b) dom[where] = b;
      }
    }
    return true;
  }
}

/**
 * Table constraint: the cells must take one of the listed tuples (flat, `cells.length` values
 * each). Pruning keeps exactly the values some still-possible tuple supports (arc consistency).
 */
/** Shared tuple tables (memoised by the tasks) are converted to bits once. */
const bitsCache = new WeakMap<Int8Array, Int32Array>();

export class Table implements Constraint {
  private readonly support: Int32Array;
  private readonly cur: Int32Array;
  /** Tuples as value bits, so the scan is pure mask tests. */
  private readonly bits: Int32Array;

  constructor(
    readonly cells: readonly number[],
    tuples: Int8Array,
  ) {
    this.support = new Int32Array(cells.length);
    this.cur = new Int32Array(cells.length);
    let b = bitsCache.get(tuples);
    if (!b) bitsCache.set(tuples, (b = Int32Array.from(tuples, bit)));
    this.bits = b;
  }

  prune(dom: Int32Array): boolean {
    const k = this.cells.length;
    const sup = this.support.fill(0);
    const cur = this.cur;
    for (let j = 0; j < k; j++) cur[j] = dom[this.cells[j]];
    const t = this.bits;
    let any = false;
    // Stops early once every value left in every cell has a support: nothing can be pruned.
    let complete = 0;
    outer: for (let s = 0; s < t.length; s += k) {
      for (let j = 0; j < k; j++) if (!(cur[j] & t[s + j])) continue outer;
      any = true;
      for (let j = 0; j < k; j++) {
        const before = sup[j];
        if (before & t[s + j]) continue;
        sup[j] = before | t[s + j];
        if (sup[j] === cur[j]) complete++;
      }
      if (complete === k) return true;
    }
    if (!any) return false;
    for (let j = 0; j < k; j++) dom[this.cells[j]] = cur[j] & sup[j];
    return true;
  }
}

/** Row-major cell lists of every row and column of an r×c grid. */
export function gridLinesOf(rows: number, cols: number): { rowCells: number[][]; colCells: number[][] } {
  const rowCells = Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => r * cols + c));
  const colCells = Array.from({ length: cols }, (_, c) => Array.from({ length: rows }, (_, r) => r * cols + c));
  return { rowCells, colCells };
}

/** All-different constraints on every row and column of an n×n Latin square. */
export function latinConstraints(n: number): Constraint[] {
  const { rowCells, colCells } = gridLinesOf(n, n);
  return [...rowCells, ...colCells].map((cells) => new AllDifferent(cells, n));
}

/** A random Latin square of side n (values 1..n, row-major). */
export function randomLatin(n: number, rng: Rng): Int8Array {
  return solve({ cells: n * n, values: n, constraints: latinConstraints(n) }, domainsFrom(new Int8Array(n * n), n), 1, rng).solution!;
}

/** Solver effort as difficulty features, named alike across tasks. */
export function effortFeatures(r: SolveResult, cells: number): Record<string, number> {
  return {
    searchNodes: r.nodes,
    backtracks: r.backtracks,
    searchDepth: r.maxDepth,
    forcedShare: Math.round((1000 * r.rootForced) / cells) / 1000,
    prunes: r.prunes,
  };
}

/**
 * Removes clues in random order while the puzzle stays unique (the classic "dig" loop).
 * `stillUnique(kept, removed)` is asked after clue `removed` is dropped from `kept`. The puzzle had
 * one solution S before, so it stays unique exactly when no solution contradicts the dropped clue:
 * callers answer with a one-solution search with the clue negated (a given's digit excluded, a sign
 * reversed), which is usually refuted by propagation alone, instead of counting to two.
 * `floor` stops removal at that many clues. Returns the number of clues kept.
 */
export function digClues(order: readonly number[], keep: Uint8Array, floor: number, stillUnique: (keep: Uint8Array, removed: number) => boolean): number {
  let count = keep.reduce((a, b) => a + b, 0);
  for (const i of order) {
    if (count <= floor) break;
    if (!keep[i]) continue;
    keep[i] = 0;
    if (stillUnique(keep, i)) count--;
    else keep[i] = 1;
  }
  return count;
}
