/**
 * Lights Out over GF(2): pressing a cell toggles it and its four neighbours, so a press set x clears
 * lights b exactly when A·x = b (mod 2). Gauss–Jordan elimination gives one solution and a basis of
 * the null space (the "quiet patterns"); every solution is the particular one plus a combination of
 * the basis, so the fewest presses is a minimum over 2^nullity combinations. Hand-written: it is
 * a small dense elimination on at most 64 unknowns, not worth a linear-algebra dependency, and
 * mathjs has no GF(2) arithmetic.
 */
export interface LightsSolution {
  /** A minimal press set, as 0/1 per cell (row-major). */
  presses: Uint8Array;
  minPresses: number;
  nullity: number;
  /** Number of minimal press sets (1 when the minimum is unique). */
  minimalCount: number;
  /** Row operations performed: a measure of elimination effort. */
  ops: number;
}

/** The cells toggled by pressing cell i on an n×n board. */
export function toggledBy(n: number, i: number): number[] {
  const r = Math.floor(i / n);
  const c = i % n;
  const out = [i];
  if (r > 0) out.push(i - n);
  if (r < n - 1) out.push(i + n);
  if (c > 0) out.push(i - 1);
  if (c < n - 1) out.push(i + 1);
  return out;
}

/** Lights after pressing `presses` (0/1 per cell) on `lights`. */
export function applyPresses(n: number, lights: Uint8Array, presses: Uint8Array): Uint8Array {
  const out = Uint8Array.from(lights);
  presses.forEach((p, i) => {
    if (p) for (const j of toggledBy(n, i)) out[j] ^= 1;
  });
  return out;
}

/** Solves the board; null when no press set clears it. */
export function solveLights(n: number, lights: Uint8Array): LightsSolution | null {
  const N = n * n;
  // Augmented matrix rows: equation j says "cell j is toggled an odd number of times iff lit".
  const rows: Uint8Array[] = [];
  for (let j = 0; j < N; j++) {
    const row = new Uint8Array(N + 1);
    for (let i = 0; i < N; i++) if (toggledBy(n, i).includes(j)) row[i] = 1;
    row[N] = lights[j];
    rows.push(row);
  }
  let ops = 0;
  const pivotCol: number[] = [];
  let r = 0;
  for (let c = 0; c < N && r < N; c++) {
    const p = rows.findIndex((row, k) => k >= r && row[c] === 1);
    if (p < 0) continue;
    [rows[r], rows[p]] = [rows[p], rows[r]];
    for (let k = 0; k < N; k++) {
      if (k !== r && rows[k][c]) {
        for (let x = c; x <= N; x++) rows[k][x] ^= rows[r][x];
        ops++;
      }
    }
    pivotCol.push(c);
    r++;
  }
  for (let k = r; k < N; k++) if (rows[k][N]) return null; // 0 = 1: unsolvable
  const isPivot = new Uint8Array(N);
  for (const c of pivotCol) isPivot[c] = 1;
  const free = [...Array(N).keys()].filter((c) => !isPivot[c]);
  // Solution for a choice of free variables: pivot variables follow from their reduced rows.
  const solutionFor = (mask: number) => {
    const x = new Uint8Array(N);
    free.forEach((c, k) => (x[c] = (mask >> k) & 1));
    pivotCol.forEach((c, k) => {
      let v = rows[k][N];
      for (const f of free) if (rows[k][f] && x[f]) v ^= 1;
      x[c] = v;
    });
    return x;
  };
  let best: Uint8Array | null = null;
  let bestCount = Infinity;
  let minimalCount = 0;
  for (let mask = 0; mask < 2 ** free.length; mask++) {
    const x = solutionFor(mask);
    const k = x.reduce((s, v) => s + v, 0);
    if (k < bestCount) {
      best = x;
      bestCount = k;
      minimalCount = 1;
    } else if (k === bestCount) minimalCount++;
  }
  return { presses: best!, minPresses: bestCount, nullity: free.length, minimalCount, ops };
}
