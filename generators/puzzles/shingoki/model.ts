import { type Constraint, type Model, solve, type SolveResult, Table } from '../csp.js';
import type { Circle, ShingokiProblem } from './solver.js';

/**
 * Shingoki as a model for the shared CSP solver (csp.ts): one variable per lattice edge, 1 = off,
 * 2 = on the loop. Every point has 0 or 2 edges on (a table); every circle allows only the edge
 * patterns of its readings (which arms, how long each, the edge past each arm's end off: the loop
 * turns there); and a closed part of the loop must be all of it. This is what certifies each item;
 * the path search in solver.ts re-solves in the tests.
 */
const OFF = 1;
const ON = 2;

export interface Lattice {
  rows: number;
  cols: number;
  /** Edge between two points, or -1 when they are not side by side in the lattice. */
  edge(a: number, b: number): number;
  /** The two points of each edge. */
  ends: [number, number][];
}

export function lattice(rows: number, cols: number): Lattice {
  const ends: [number, number][] = [];
  const id = new Map<number, number>();
  for (let i = 0; i < rows * cols; i++) {
    if (i % cols < cols - 1) id.set(i * 2, ends.push([i, i + 1]) - 1);
    if (Math.floor(i / cols) < rows - 1) id.set(i * 2 + 1, ends.push([i, i + cols]) - 1);
  }
  const edge = (a: number, b: number) => {
    const [lo, hi] = a < b ? [a, b] : [b, a];
    if (hi === lo + 1 && lo % cols < cols - 1) return id.get(lo * 2)!;
    if (hi === lo + cols) return id.get(lo * 2 + 1)!;
    return -1;
  };
  return { rows, cols, edge, ends };
}

/** Patterns of one circle: each a list of (edge, OFF/ON) it fixes; edges a pattern leaves out may be either. */
function readings(L: Lattice, c: Circle): [number, number][][] {
  const { rows, cols } = L;
  const r0 = Math.floor(c.at / cols);
  const c0 = c.at % cols;
  const inside = (r: number, cc: number) => r >= 0 && r < rows && cc >= 0 && cc < cols;
  const DIRS: [number, number][] = [[-1, 0], [0, 1], [1, 0], [0, -1]];
  /** Arm of `len` steps in direction d: its edges on, the edge past its end off; null when it leaves the lattice. */
  const arm = (d: [number, number], len: number): [number, number][] | null => {
    if (!inside(r0 + d[0] * len, c0 + d[1] * len)) return null;
    const out: [number, number][] = [];
    for (let k = 0; k < len; k++) out.push([L.edge((r0 + d[0] * k) * cols + c0 + d[1] * k, (r0 + d[0] * (k + 1)) * cols + c0 + d[1] * (k + 1)), ON]);
    if (inside(r0 + d[0] * (len + 1), c0 + d[1] * (len + 1))) out.push([L.edge((r0 + d[0] * len) * cols + c0 + d[1] * len, (r0 + d[0] * (len + 1)) * cols + c0 + d[1] * (len + 1)), OFF]);
    return out;
  };
  const first = (d: [number, number]): [number, number][] => (inside(r0 + d[0], c0 + d[1]) ? [[L.edge(c.at, (r0 + d[0]) * cols + c0 + d[1]), OFF]] : []);
  const pairs: [number, number][] = c.black ? [[0, 1], [1, 2], [2, 3], [3, 0]] : [[0, 2], [1, 3]];
  const out: [number, number][][] = [];
  for (const [p, q] of pairs) {
    const unused = [0, 1, 2, 3].filter((k) => k !== p && k !== q);
    for (let a = 1; a < c.value; a++) {
      const A = arm(DIRS[p], a);
      const B = arm(DIRS[q], c.value - a);
      if (A && B) out.push([...A, ...B, ...unused.flatMap((k) => first(DIRS[k]))]);
    }
  }
  return out;
}

/** A circle's readings, pruned to generalised arc consistency. */
class Reading implements Constraint {
  readonly cells: number[];
  /** Per pattern, per scope position: the value bits it allows (3 where it leaves the edge free). */
  private readonly allow: Int32Array[];
  private readonly support: Int32Array;

  constructor(pats: [number, number][][]) {
    this.cells = [...new Set(pats.flat().map(([e]) => e))];
    const pos = new Map(this.cells.map((e, k) => [e, k]));
    this.allow = pats.map((pat) => {
      const a = new Int32Array(this.cells.length).fill(3);
      for (const [e, v] of pat) a[pos.get(e)!] = v;
      return a;
    });
    this.support = new Int32Array(this.cells.length);
  }

  prune(dom: Int32Array): boolean {
    const { cells, allow, support } = this;
    support.fill(0);
    let any = false;
    next: for (const a of allow) {
      for (let k = 0; k < cells.length; k++) if (!(dom[cells[k]] & a[k])) continue next;
      any = true;
      for (let k = 0; k < cells.length; k++) support[k] |= a[k] & dom[cells[k]];
    }
    if (!any) return false;
    for (let k = 0; k < cells.length; k++) dom[cells[k]] &= support[k];
    return true;
  }
}

/** A closed ring of on-edges must be the whole loop: no other edge may be on. */
class OneLoop implements Constraint {
  readonly cells: number[];
  /** Edges at each point. */
  private readonly at: number[][];

  constructor(private readonly L: Lattice) {
    this.cells = L.ends.map((_, e) => e);
    this.at = Array.from({ length: L.rows * L.cols }, () => []);
    L.ends.forEach(([a, b], e) => (this.at[a].push(e), this.at[b].push(e)));
  }

  prune(dom: Int32Array): boolean {
    const { ends } = this.L;
    let first = -1;
    let on = 0;
    for (let e = 0; e < dom.length; e++) if (dom[e] === ON) (on++, first < 0 && (first = e));
    if (on < 4) return true;
    // Walk the on-edges from the first: a ring closes when the walk comes back to its start.
    const from = ends[first][0];
    let cur = ends[first][1];
    let came = first;
    let len = 1;
    for (;;) {
      let next = -1;
      for (const e of this.at[cur]) if (e !== came && dom[e] === ON) next = e;
      if (next < 0) return true; // an open chain: nothing closed yet
      len++;
      came = next;
      cur = ends[next][0] === cur ? ends[next][1] : ends[next][0];
      if (cur === from) break;
      if (len > on) return true;
    }
    if (len !== on) return false;
    for (let e = 0; e < dom.length; e++) if (dom[e] === 3) dom[e] = OFF;
    return true;
  }
}

/** Point tables by degree (0 or 2 edges on), shared so the solver converts them once. */
const POINT = new Map<number, Int8Array>();
function pointTable(deg: number): Int8Array {
  let t = POINT.get(deg);
  if (!t) {
    const tuples: number[] = [];
    for (let m = 0; m < 1 << deg; m++) {
      const ones = [...Array(deg).keys()].filter((k) => m & (1 << k)).length;
      if (ones === 0 || ones === 2) for (let k = 0; k < deg; k++) tuples.push(m & (1 << k) ? ON : OFF);
    }
    POINT.set(deg, (t = Int8Array.from(tuples)));
  }
  return t;
}

/** What every puzzle of one lattice size shares (edges, point tables, the one-loop rule), built once. */
const frames = new Map<string, { L: Lattice; base: Constraint[] }>();
function frame(rows: number, cols: number): { L: Lattice; base: Constraint[] } {
  const key = `${rows}x${cols}`;
  let f = frames.get(key);
  if (!f) {
    const L = lattice(rows, cols);
    const at: number[][] = Array.from({ length: rows * cols }, () => []);
    L.ends.forEach(([a, b], e) => (at[a].push(e), at[b].push(e)));
    frames.set(key, (f = { L, base: [...at.map((inc) => new Table(inc, pointTable(inc.length))), new OneLoop(L)] }));
  }
  return f;
}

export function shingokiModel(p: ShingokiProblem): { model: Model; L: Lattice } {
  const { L, base } = frame(p.rows, p.cols);
  const constraints = [...base, ...p.circles.map((c) => new Reading(readings(L, c)))];
  return { model: { cells: L.ends.length, values: 2, constraints }, L };
}

/** Counts loops up to `limit`; each solution holds OFF/ON per edge. */
export function solveShingokiCsp(p: ShingokiProblem, limit = 2, maxNodes = Infinity): SolveResult & { loops: number[][] } {
  const { model, L } = shingokiModel(p);
  const res = solve(model, new Int32Array(model.cells).fill(3), limit, undefined, maxNodes);
  const loops = [res.solution, res.other].filter((s): s is Int8Array => !!s).map((s) => loopOf(L, s));
  return { ...res, loops };
}

/** The points of the loop an edge assignment draws, in order from its smallest point. */
export function loopOf(L: Lattice, sol: ArrayLike<number>): number[] {
  const adj = new Map<number, number[]>();
  L.ends.forEach(([a, b], e) => {
    if (sol[e] !== ON) return;
    adj.set(a, [...(adj.get(a) ?? []), b]);
    adj.set(b, [...(adj.get(b) ?? []), a]);
  });
  return walkLoop(adj);
}

/** Follows point-to-point links from the smallest point until back at it (every point has two links). */
export function walkLoop(adj: ReadonlyMap<number, readonly number[]>): number[] {
  const start = Math.min(...adj.keys());
  const loop = [start];
  for (let prev = -1, cur = start; ; ) {
    const next = adj.get(cur)!.find((v) => v !== prev)!;
    if (next === start || next === undefined) break;
    loop.push(next);
    [prev, cur] = [cur, next];
  }
  return loop;
}
