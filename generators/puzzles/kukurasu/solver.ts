/**
 * Kukurasu solver. A shaded cell in column c (1-based) adds c to its row's total, and its row
 * number r adds r to its column's total; every row and column total must equal its clue. Rows are
 * decided one at a time from the subsets of column numbers that sum to the row's clue (at most
 * 2^cols of them, listed once), pruned by the column totals: a column may neither exceed its clue
 * nor fall short of it when all remaining rows are added. Counts solutions up to `limit`.
 */
export interface KukurasuProblem {
  rows: number;
  cols: number;
  rowClues: readonly number[];
  colClues: readonly number[];
}

export interface KukurasuResult {
  solutions: number;
  /** Shaded cells per row of the first solution, as column bitmasks. */
  first: number[] | null;
  nodes: number;
}

export function solveKukurasu(p: KukurasuProblem, limit = 2): KukurasuResult {
  const { rows, cols } = p;
  const out: KukurasuResult = { solutions: 0, first: null, nodes: 0 };
  const bySum = new Map<number, number[]>();
  for (let m = 0; m < 1 << cols; m++) {
    let s = 0;
    for (let c = 0; c < cols; c++) if (m & (1 << c)) s += c + 1;
    bySum.set(s, [...(bySum.get(s) ?? []), m]);
  }
  const colSum = new Array<number>(cols).fill(0);
  const pick: number[] = [];
  const rec = (r: number): void => {
    out.nodes++;
    // Rows r+1.. can add at most (r+2) + ... + rows to each column.
    const later = (rows * (rows + 1)) / 2 - ((r + 1) * (r + 2)) / 2;
    for (const m of bySum.get(p.rowClues[r]) ?? []) {
      let ok = true;
      for (let c = 0; c < cols && ok; c++) {
        const s = colSum[c] + (m & (1 << c) ? r + 1 : 0);
        ok = s <= p.colClues[c] && s + later >= p.colClues[c];
      }
      if (!ok) continue;
      for (let c = 0; c < cols; c++) if (m & (1 << c)) colSum[c] += r + 1;
      pick.push(m);
      if (r + 1 === rows) {
        if (++out.solutions === 1) out.first = pick.slice();
      } else rec(r + 1);
      pick.pop();
      for (let c = 0; c < cols; c++) if (m & (1 << c)) colSum[c] -= r + 1;
      if (out.solutions >= limit) return;
    }
  };
  if (rows > 0) rec(0);
  return out;
}
