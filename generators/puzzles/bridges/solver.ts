/**
 * Bridges (hashi) solver. Rules: bridges join two islands in a straight line across empty cells,
 * one or two between a pair, never crossing another bridge or an island; each island has as many
 * bridges as its number; all islands end up connected. Written by hand because generation needs
 * solution counting with an early stop and effort statistics.
 *
 * Each possible bridge slot has a range [lo, hi] of counts. Propagation tightens the ranges from
 * island numbers (what the other slots can and must supply), closes slots that cross a built bridge,
 * and rejects states whose finished part is cut off from the rest; the search then fixes the count
 * of one open slot per branch.
 */
export interface Island {
  r: number;
  c: number;
  n: number;
}

export interface Slot {
  a: number;
  b: number;
  /** Cells strictly between the two islands (row-major indices). */
  cells: number[];
}

export interface BridgesResult {
  solutions: number;
  /** Count per slot of the first and second solutions found. */
  solution: Int8Array | null;
  other: Int8Array | null;
  nodes: number;
  backtracks: number;
  /** Share of slots decided by propagation before the first guess. */
  rootDecided: number;
}

/** Slots between islands that see each other along a row or column with nothing in between. */
export function slotsOf(rows: number, cols: number, islands: readonly Island[]): Slot[] {
  const at = new Int32Array(rows * cols).fill(-1);
  islands.forEach((is, k) => (at[is.r * cols + is.c] = k));
  const out: Slot[] = [];
  islands.forEach((is, a) => {
    for (const [dr, dc] of [[0, 1], [1, 0]]) {
      const cells: number[] = [];
      for (let r = is.r + dr, c = is.c + dc; r < rows && c < cols; r += dr, c += dc) {
        const b = at[r * cols + c];
        if (b >= 0) {
          out.push({ a, b, cells });
          break;
        }
        cells.push(r * cols + c);
      }
    }
  });
  return out;
}

export function solveBridges(rows: number, cols: number, islands: readonly Island[], limit: number): BridgesResult {
  const slots = slotsOf(rows, cols, islands);
  const S = slots.length;
  const slotsAt: number[][] = islands.map(() => []);
  slots.forEach((s, k) => (slotsAt[s.a].push(k), slotsAt[s.b].push(k)));
  const byCell = new Map<number, number[]>();
  slots.forEach((s, k) => s.cells.forEach((i) => byCell.set(i, [...(byCell.get(i) ?? []), k])));
  const crosses: number[][] = slots.map((s, k) => [...new Set(s.cells.flatMap((i) => byCell.get(i)!.filter((j) => j !== k)))]);
  const res: BridgesResult = { solutions: 0, solution: null, other: null, nodes: 0, backtracks: 0, rootDecided: 0 };

  /** Components over slots that may (`hi`) or must (`lo`) carry a bridge. */
  const components = (count: Int8Array): Int32Array => {
    const comp = new Int32Array(islands.length).fill(-1);
    let id = 0;
    for (let s0 = 0; s0 < islands.length; s0++) {
      if (comp[s0] >= 0) continue;
      comp[s0] = id;
      const stack = [s0];
      while (stack.length) {
        const x = stack.pop()!;
        for (const k of slotsAt[x]) {
          if (!count[k]) continue;
          const y = slots[k].a === x ? slots[k].b : slots[k].a;
          if (comp[y] < 0) {
            comp[y] = id;
            stack.push(y);
          }
        }
      }
      id++;
    }
    return comp;
  };

  const propagate = (lo: Int8Array, hi: Int8Array): boolean => {
    for (let changed = true; changed; ) {
      changed = false;
      for (let x = 0; x < islands.length; x++) {
        let sumLo = 0;
        let sumHi = 0;
        for (const k of slotsAt[x]) {
          sumLo += lo[k];
          sumHi += hi[k];
        }
        const need = islands[x].n;
        if (sumLo > need || sumHi < need) return false;
        for (const k of slotsAt[x]) {
          const newLo = Math.max(lo[k], need - (sumHi - hi[k]));
          const newHi = Math.min(hi[k], need - (sumLo - lo[k]));
          if (newLo > newHi) return false;
          if (newLo !== lo[k] || newHi !== hi[k]) {
            sumLo += newLo - lo[k];
            sumHi += newHi - hi[k];
            lo[k] = newLo;
            hi[k] = newHi;
            changed = true;
          }
        }
      }
      for (let k = 0; k < S; k++) {
        if (!lo[k]) continue;
        for (const j of crosses[k]) {
          if (lo[j]) return false;
          if (hi[j]) {
            hi[j] = 0;
            changed = true;
          }
        }
      }
    }
    // Everything must still be able to connect; a finished group of islands may not be cut off.
    if (islands.length > 1) {
      const may = components(hi);
      if (may.some((c) => c !== 0)) return false;
      const must = components(lo);
      const open = new Uint8Array(islands.length);
      for (let k = 0; k < S; k++) if (lo[k] < hi[k]) open[must[slots[k].a]] = open[must[slots[k].b]] = 1;
      const groups = new Set(must);
      if (groups.size > 1 && [...groups].some((g) => !open[g])) return false;
    }
    return true;
  };

  const rec = (lo: Int8Array, hi: Int8Array): boolean => {
    res.nodes++;
    let k = -1;
    for (let j = 0; j < S; j++) if (lo[j] < hi[j] && (k < 0 || hi[j] - lo[j] < hi[k] - lo[k])) k = j;
    if (k < 0) {
      res.solutions++;
      if (!res.solution) res.solution = lo.slice();
      else if (!res.other) res.other = lo.slice();
      return res.solutions >= limit;
    }
    for (let v = lo[k]; v <= hi[k]; v++) {
      const l = lo.slice();
      const h = hi.slice();
      l[k] = h[k] = v;
      if (!propagate(l, h)) {
        res.backtracks++;
        continue;
      }
      if (rec(l, h)) return true;
    }
    return false;
  };

  const lo = new Int8Array(S);
  const hi = Int8Array.from(slots, (s) => Math.min(2, islands[s.a].n, islands[s.b].n));
  if (!propagate(lo, hi)) return res;
  res.rootDecided = S ? slots.filter((_, k) => lo[k] === hi[k]).length / S : 1;
  rec(lo, hi);
  return res;
}
