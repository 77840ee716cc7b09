/**
 * Eulero (Graeco-Latin square) solver. Every cell holds a letter and a number (both 0..n-1 here);
 * each row and column holds every letter once and every number once, and every letter–number pair
 * occurs once in the grid. Given letters and numbers are fixed. Depth-first search fills the cell
 * with the fewest possible pairs first (bitmasks per row, column and pair), counting solutions up
 * to `limit`.
 */
export interface EuleroProblem {
  size: number;
  /** Per cell: the given letter index, or -1. */
  letters: number[];
  /** Per cell: the given number index, or -1. */
  numbers: number[];
}

export interface EuleroResult {
  solutions: number;
  /** First solution: letter and number index per cell. */
  first: { letters: number[]; numbers: number[] } | null;
  nodes: number;
}

export function solveEulero(p: EuleroProblem, limit = 2): EuleroResult {
  const n = p.size;
  const out: EuleroResult = { solutions: 0, first: null, nodes: 0 };
  const rowL = new Array<number>(n).fill(0);
  const rowN = new Array<number>(n).fill(0);
  const colL = new Array<number>(n).fill(0);
  const colN = new Array<number>(n).fill(0);
  const pairUsed = new Array<number>(n).fill(0); // pairUsed[letter] = mask of numbers paired with it
  const L = new Array<number>(n * n).fill(-1);
  const N = new Array<number>(n * n).fill(-1);
  const place = (i: number, l: number, v: number, on: boolean) => {
    const r = Math.floor(i / n);
    const c = i % n;
    rowL[r] ^= 1 << l;
    colL[c] ^= 1 << l;
    rowN[r] ^= 1 << v;
    colN[c] ^= 1 << v;
    pairUsed[l] ^= 1 << v;
    L[i] = on ? l : -1;
    N[i] = on ? v : -1;
  };
  const options = (i: number): [number, number][] => {
    const r = Math.floor(i / n);
    const c = i % n;
    const out: [number, number][] = [];
    for (let l = 0; l < n; l++) {
      if (p.letters[i] >= 0 ? l !== p.letters[i] : (rowL[r] | colL[c]) & (1 << l)) continue;
      for (let v = 0; v < n; v++) {
        if (p.numbers[i] >= 0 ? v !== p.numbers[i] : (rowN[r] | colN[c]) & (1 << v)) continue;
        if (!(pairUsed[l] & (1 << v))) out.push([l, v]);
      }
    }
    return out;
  };
  // A given letter or number still has to be unique in its lines: checked when its cell is filled.
  const lineOk = (i: number, l: number, v: number) => {
    const r = Math.floor(i / n);
    const c = i % n;
    return !((rowL[r] | colL[c]) & (1 << l)) && !((rowN[r] | colN[c]) & (1 << v));
  };
  const rec = (filled: number): void => {
    out.nodes++;
    if (filled === n * n) {
      if (++out.solutions === 1) out.first = { letters: L.slice(), numbers: N.slice() };
      return;
    }
    let best = -1;
    let bestOpts: [number, number][] = [];
    for (let i = 0; i < n * n; i++) {
      if (L[i] >= 0) continue;
      const o = options(i).filter(([l, v]) => lineOk(i, l, v));
      if (best < 0 || o.length < bestOpts.length) {
        best = i;
        bestOpts = o;
        if (o.length <= 1) break;
      }
    }
    for (const [l, v] of bestOpts) {
      place(best, l, v, true);
      rec(filled + 1);
      place(best, l, v, false);
      if (out.solutions >= limit) return;
    }
  };
  rec(0);
  return out;
}
