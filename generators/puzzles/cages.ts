import type { Rng } from '../../core/rng.js';
import type { Primitive } from '../../core/scene.js';
import { type GridGeom, INK } from './grid-scene.js';

/**
 * Cage partitions for kenken and killer sudoku: random growth, splitting (to make a puzzle unique),
 * tuple tables for the solver, and drawing of cage outlines and labels.
 * A partition is `cageOf[cell]` = cage index, with cages numbered in reading order of their first cell.
 */

const neighbours = (i: number, n: number): number[] => {
  const r = Math.floor(i / n);
  const c = i % n;
  const out: number[] = [];
  if (r > 0) out.push(i - n);
  if (c + 1 < n) out.push(i + 1);
  if (r + 1 < n) out.push(i + n);
  if (c > 0) out.push(i - 1);
  return out;
};

/** Renumbers cages in reading order of their first cell, so equal partitions compare equal. */
export function normalise(cageOf: Int32Array): Int32Array {
  const map = new Map<number, number>();
  return cageOf.map((k) => {
    if (!map.has(k)) map.set(k, map.size);
    return map.get(k)!;
  });
}

/**
 * Random connected cages on an n×n grid. Each cage grows from the first free cell in reading order
 * to a size drawn from `sizeWeights` (index = size), through free neighbours; `allowed(cage, cell)`
 * can veto a cell (killer sudoku forbids a repeated digit in a cage).
 */
export function randomCages(n: number, rng: Rng, sizeWeights: readonly number[], allowed: (cage: number[], cell: number) => boolean = () => true): Int32Array {
  const cageOf = new Int32Array(n * n).fill(-1);
  const total = sizeWeights.reduce((a, b) => a + b, 0);
  const drawSize = () => {
    let x = rng.next() * total;
    for (let s = 0; s < sizeWeights.length; s++) if ((x -= sizeWeights[s]) < 0) return s;
    return sizeWeights.length - 1;
  };
  let k = 0;
  for (let start = 0; start < n * n; start++) {
    if (cageOf[start] >= 0) continue;
    const target = Math.max(1, drawSize());
    const cage = [start];
    cageOf[start] = k;
    while (cage.length < target) {
      const frontier = [...new Set(cage.flatMap((i) => neighbours(i, n)))].filter((j) => cageOf[j] < 0 && allowed(cage, j)).sort((a, b) => a - b);
      if (!frontier.length) break;
      const j = rng.pick(frontier);
      cageOf[j] = k;
      cage.push(j);
    }
    k++;
  }
  return normalise(cageOf);
}

export function cageLists(cageOf: Int32Array): number[][] {
  const out: number[][] = [];
  cageOf.forEach((k, i) => (out[k] ??= []).push(i));
  return out;
}

/** Connected pieces of a cell set (4-neighbourhood), each sorted. */
function components(cells: number[], n: number): number[][] {
  const left = new Set(cells);
  const out: number[][] = [];
  for (const s of cells) {
    if (!left.has(s)) continue;
    const comp = [s];
    left.delete(s);
    for (let q = 0; q < comp.length; q++) {
      for (const j of neighbours(comp[q], n)) {
        if (left.has(j)) {
          left.delete(j);
          comp.push(j);
        }
      }
    }
    out.push(comp.sort((a, b) => a - b));
  }
  return out;
}

/**
 * Splits the cage holding `cell` so that `cell` lands in a smaller cage: a cage of two becomes two
 * singletons; a larger one is cut into the connected half grown from `cell` and the rest's pieces.
 * Used when two solutions differ at `cell`: the smaller cages add information there.
 */
export function splitCageAt(cageOf: Int32Array, cell: number, n: number): Int32Array {
  const k = cageOf[cell];
  const cage = [...cageOf.keys()].filter((i) => cageOf[i] === k);
  if (cage.length === 1) return cageOf;
  const half = [cell];
  const want = Math.max(1, Math.floor(cage.length / 2));
  for (let q = 0; q < half.length && half.length < want; q++) {
    for (const j of neighbours(half[q], n)) if (half.length < want && cageOf[j] === k && !half.includes(j)) half.push(j);
  }
  const out = Int32Array.from(cageOf);
  let next = Math.max(...cageOf) + 1;
  for (const i of half) out[i] = next;
  for (const comp of components(cage.filter((i) => !half.includes(i)), n)) {
    next++;
    for (const i of comp) out[i] = next;
  }
  return normalise(out);
}

/**
 * Flat tuples of values 1..n for `cells` that satisfy `fits(values)`, where cells sharing a row or
 * a column (or, with `allDistinct`, any two cells) hold different values.
 */
export function cageTuples(cells: readonly number[], n: number, fits: (v: number[]) => boolean, allDistinct = false, maxValue = n): Int8Array {
  const out: number[] = [];
  const v: number[] = [];
  const clash = (a: number, b: number) => allDistinct || Math.floor(a / n) === Math.floor(b / n) || a % n === b % n;
  const rec = (j: number) => {
    if (j === cells.length) {
      if (fits(v)) out.push(...v);
      return;
    }
    for (let x = 1; x <= maxValue; x++) {
      let ok = true;
      for (let i = 0; i < j && ok; i++) ok = !(v[i] === x && clash(cells[i], cells[j]));
      if (!ok) continue;
      v[j] = x;
      rec(j + 1);
    }
  };
  rec(0);
  return Int8Array.from(out);
}

/**
 * Cage outlines: every cell edge between two cages (or on the border) as a line.
 * Edges on the grid border are left to the caller's frame.
 */
export function cageEdges(g: GridGeom, cageOf: Int32Array, style: { stroke: string; lineWidth: number; dash?: number[]; inset?: number }): Primitive[] {
  const n = g.cols;
  const out: Primitive[] = [];
  const x = (c: number) => g.x0 + c * g.cell;
  const y = (r: number) => g.y0 + r * g.cell;
  for (let r = 0; r < n; r++) {
    for (let c = 0; c < n; c++) {
      const i = r * n + c;
      if (c + 1 < n && cageOf[i] !== cageOf[i + 1]) out.push({ type: 'line', x1: x(c + 1), y1: y(r), x2: x(c + 1), y2: y(r + 1), cap: 'square', ...style });
      if (r + 1 < n && cageOf[i] !== cageOf[i + n]) out.push({ type: 'line', x1: x(c), y1: y(r + 1), x2: x(c + 1), y2: y(r + 1), cap: 'square', ...style });
    }
  }
  return out;
}

/** A cage's label in the top-left corner of its first cell (reading order). */
export function cageLabel(g: GridGeom, firstCell: number, text: string, id: string): Primitive {
  const n = g.cols;
  const r = Math.floor(firstCell / n);
  const c = firstCell % n;
  return {
    type: 'text',
    id,
    x: g.x0 + c * g.cell + Math.max(3, g.cell * 0.07),
    y: g.y0 + r * g.cell + Math.max(2, g.cell * 0.05),
    text,
    size: Math.max(11, Math.round(g.cell * 0.24)),
    weight: 'bold',
    align: 'left',
    baseline: 'top',
    fill: INK,
  };
}

/** "r1c1, r1c2" cell names (1-based) for text-only prompts. */
export const cellNames = (cells: readonly number[], n: number) => cells.map((i) => `r${Math.floor(i / n) + 1}c${(i % n) + 1}`).join(', ');

/**
 * Splits cages until `run(cageOf)` certifies exactly one solution. Where two solutions are known,
 * the split lands on a cell where they differ; where the search hit its node budget (too little
 * information to finish quickly), a cell of a largest cage is split. Returns the final partition,
 * the certifying run and the number of splits.
 */
export function certifyBySplitting<R extends { solutions: number; aborted: boolean; solution: Int8Array | null; other: Int8Array | null }>(
  start: Int32Array,
  n: number,
  rng: Rng,
  run: (cageOf: Int32Array) => R,
  maxSplits: number,
): { cageOf: Int32Array; result: R; splits: number } {
  let cageOf = start;
  let splits = 0;
  for (let r = run(cageOf); ; r = run(cageOf)) {
    if (!r.aborted && r.solutions === 1) return { cageOf, result: r, splits };
    if (!r.aborted && r.solutions === 0) throw new Error('cage clues admit no solution (generator bug)');
    if (++splits > maxSplits) throw new Error(`no unique solution after ${maxSplits} cage splits`);
    let candidates: number[];
    if (r.solution && r.other) {
      candidates = [...cageOf.keys()].filter((i) => r.solution![i] !== r.other![i]);
    } else {
      const sizes = cageLists(cageOf).map((c) => c.length);
      const largest = Math.max(...sizes);
      candidates = [...cageOf.keys()].filter((i) => sizes[cageOf[i]] === largest);
    }
    cageOf = splitCageAt(cageOf, rng.pick(candidates), n);
  }
}
