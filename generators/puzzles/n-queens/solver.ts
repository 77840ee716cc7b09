/**
 * Row-by-row backtracking over column/diagonal bitmasks, with some rows fixed by pre-placed queens.
 * Hand-written: the classic bitmask search is a dozen lines and faster than any general CSP library.
 */
export interface QueensSearch {
  /** Completions found, stopping at `limit`. */
  count: number;
  /** Column of the queen in each row for the first completion found, or null. */
  first: number[] | null;
  /** Search nodes (partial placements tried). */
  nodes: number;
}

/** `fixed[r]` is the pre-placed column in row r, or -1. Counts completions up to `limit`. */
export function searchQueens(n: number, fixed: readonly number[], limit: number, order?: (r: number) => number[]): QueensSearch {
  const cols = Array(n).fill(-1);
  let count = 0;
  let first: number[] | null = null;
  let nodes = 0;
  const all = (1 << n) - 1;
  const place = (r: number, colMask: number, d1: number, d2: number): void => {
    if (count >= limit) return;
    if (r === n) {
      count++;
      if (!first) first = cols.slice();
      return;
    }
    // d1 holds "/" diagonals and d2 "\" diagonals, shifted so that bit c means column c in row r.
    const free = all & ~(colMask | d1 | d2);
    const candidates = fixed[r] >= 0 ? [fixed[r]] : (order?.(r) ?? [...Array(n).keys()]);
    for (const c of candidates) {
      const bit = 1 << c;
      if (!(free & bit)) continue;
      nodes++;
      cols[r] = c;
      place(r + 1, colMask | bit, ((d1 | bit) << 1) & all, (d2 | bit) >> 1);
      if (count >= limit) return;
    }
  };
  place(0, 0, 0, 0);
  return { count, first, nodes };
}

export const attacks = (a: [number, number], b: [number, number]) =>
  a[0] === b[0] || a[1] === b[1] || Math.abs(a[0] - b[0]) === Math.abs(a[1] - b[1]);
