import { Table, type Constraint, type Model, solve, type SolveResult } from '../csp.js';

/**
 * Aquarium as a model for the shared CSP solver (csp.ts): one cell per variable, 1 = dry, 2 = water.
 * The water rule becomes binary tables (cells of one region in one row are equal; a wet cell wets
 * the region's cell in the next row down), and every row and column count an exact-count constraint.
 */
export interface AquariumProblem {
  rows: number;
  cols: number;
  /** Region id per cell, row-major. */
  regions: readonly number[];
  rowCounts: readonly number[];
  colCounts: readonly number[];
}

const DRY = 1;
const WET = 2;
const EQUAL = Int8Array.from([DRY, DRY, WET, WET]);
/** (upper, lower): water above forces water below. */
const SETTLES = Int8Array.from([DRY, DRY, DRY, WET, WET, WET]);

/** Exactly `count` of the cells hold water. */
class ExactWater implements Constraint {
  constructor(
    readonly cells: readonly number[],
    private readonly count: number,
  ) {}

  prune(dom: Int32Array): boolean {
    let wet = 0;
    let open = 0;
    for (const i of this.cells) {
      if (dom[i] === 2) wet++;
      else if (dom[i] === 3) open++;
    }
    if (wet > this.count || wet + open < this.count) return false;
    if (open && (wet === this.count || wet + open === this.count)) {
      const fill = wet === this.count ? 1 : 2;
      for (const i of this.cells) if (dom[i] === 3) dom[i] = fill;
    }
    return true;
  }
}

export function aquariumModel(p: AquariumProblem): Model {
  const { rows, cols, regions } = p;
  const constraints: Constraint[] = [];
  for (let r = 0; r < rows; r++) {
    constraints.push(new ExactWater(Array.from({ length: cols }, (_, c) => r * cols + c), p.rowCounts[r]));
    for (let c = 0; c < cols; c++) {
      const i = r * cols + c;
      // Link each cell to the next cell of its region in the same row, and to one in the row below.
      const right = Array.from({ length: cols - c - 1 }, (_, k) => i + k + 1).find((j) => regions[j] === regions[i]);
      if (right !== undefined) constraints.push(new Table([i, right], EQUAL));
      if (r + 1 < rows) {
        const below = Array.from({ length: cols }, (_, k) => (r + 1) * cols + k).find((j) => regions[j] === regions[i]);
        if (below !== undefined) constraints.push(new Table([i, below], SETTLES));
      }
    }
  }
  for (let c = 0; c < cols; c++) constraints.push(new ExactWater(Array.from({ length: rows }, (_, r) => r * cols + c), p.colCounts[c]));
  return { cells: rows * cols, values: 2, constraints };
}

/** Counts fillings up to `limit` (2 certifies uniqueness); solutions hold 1 (dry) or 2 (water) per cell. */
export function solveAquarium(p: AquariumProblem, limit = 2): SolveResult {
  return solve(aquariumModel(p), new Int32Array(p.rows * p.cols).fill(3), limit);
}
