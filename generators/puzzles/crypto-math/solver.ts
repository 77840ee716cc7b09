/**
 * Cryptarithm solver for sums of words (TERM + TERM (+ TERM) = RESULT): distinct letters take
 * distinct digits, no word of two or more letters starts with 0. The sum is one linear equation
 * Σ weight(letter) · digit(letter) = 0, where a letter's weight adds its place values in the terms
 * and subtracts those in the result. Letters are decided heaviest first, and a branch is cut as soon
 * as the letters still open cannot bring the partial sum back to 0 (their weights times 0..9 bound
 * it): far fewer branches than column-by-column search. `fixed` letters have given digits. Counts
 * solutions up to `limit` (and lists them when `collect` is set).
 */
export interface CryptoProblem {
  terms: string[];
  result: string;
  /** Letters whose digit is given. */
  fixed: Record<string, number>;
}

export interface CryptoResult {
  solutions: number;
  first: Record<string, number> | null;
  /** Every solution found (up to `limit`), when asked for. */
  all: Record<string, number>[];
  nodes: number;
}

export function solveCrypto(p: CryptoProblem, limit = 2, collect = false): CryptoResult {
  const out: CryptoResult = { solutions: 0, first: null, all: [], nodes: 0 };
  const weight = new Map<string, number>();
  const add = (w: string, sign: number) => [...w].forEach((l, k) => weight.set(l, (weight.get(l) ?? 0) + sign * 10 ** (w.length - 1 - k)));
  p.terms.forEach((w) => add(w, 1));
  add(p.result, -1);
  const leading = new Set([...p.terms, p.result].filter((w) => w.length > 1).map((w) => w[0]));
  const used = new Array<boolean>(10).fill(false);
  let base = 0;
  for (const [l, d] of Object.entries(p.fixed)) {
    if (!weight.has(l) || used[d] || (d === 0 && leading.has(l))) return out;
    used[d] = true;
    base += (weight.get(l) ?? 0) * d;
  }
  const open = [...weight.keys()].filter((l) => !(l in p.fixed)).sort((a, b) => Math.abs(weight.get(b)!) - Math.abs(weight.get(a)!) || (a < b ? -1 : 1));
  const w = open.map((l) => weight.get(l)!);
  // lo[k] / hi[k]: the least / greatest that letters k.. can still add.
  const lo = new Array<number>(open.length + 1).fill(0);
  const hi = new Array<number>(open.length + 1).fill(0);
  for (let k = open.length - 1; k >= 0; k--) {
    lo[k] = lo[k + 1] + Math.min(0, 9 * w[k]);
    hi[k] = hi[k + 1] + Math.max(0, 9 * w[k]);
  }
  const digit = new Array<number>(open.length).fill(0);
  const rec = (k: number, sum: number): void => {
    out.nodes++;
    if (sum + lo[k] > 0 || sum + hi[k] < 0) return;
    if (k === open.length) {
      const found = Object.fromEntries([...Object.entries(p.fixed), ...open.map((l, i): [string, number] => [l, digit[i]])].sort());
      if (++out.solutions === 1) out.first = found;
      if (collect) out.all.push(found);
      return;
    }
    for (let d = leading.has(open[k]) ? 1 : 0; d < 10 && out.solutions < limit; d++) {
      if (used[d]) continue;
      used[d] = true;
      digit[k] = d;
      rec(k + 1, sum + w[k] * d);
      used[d] = false;
    }
  };
  rec(0, base);
  return out;
}
