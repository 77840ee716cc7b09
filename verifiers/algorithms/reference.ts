/**
 * The verifier's own answers to the array problems, by plain quadratic definitions rather than the
 * generators' linear algorithms (two pointers, stacks, patience sorting): a wrong generator is caught
 * by disagreement, and a truth's stored number is never trusted on its own. Arrays are at most a few
 * hundred values, so O(n²) is microseconds.
 */

/** Water above each bar: the lower of the highest bars to its left and right (itself included), minus it. */
export function rainWater(h: readonly number[]): number {
  let total = 0;
  for (let i = 0; i < h.length; i++) {
    const left = Math.max(...h.slice(0, i + 1));
    const right = Math.max(...h.slice(i));
    total += Math.min(left, right) - h[i];
  }
  return total;
}

/** Every span [i, j]: its lowest bar times its width. */
export function largestRectangle(h: readonly number[]): number {
  let best = 0;
  for (let i = 0; i < h.length; i++) {
    let low = Infinity;
    for (let j = i; j < h.length; j++) {
      low = Math.min(low, h[j]);
      best = Math.max(best, low * (j - i + 1));
    }
  }
  return best;
}

/** Every pair of lines. */
export function mostWater(h: readonly number[]): number {
  let best = 0;
  for (let i = 0; i < h.length; i++) for (let j = i + 1; j < h.length; j++) best = Math.max(best, Math.min(h[i], h[j]) * (j - i));
  return best;
}

/** The largest h with at least h values ≥ h, by counting for each candidate h. */
export function hIndex(c: readonly number[]): number {
  for (let h = c.length; h > 0; h--) if (c.filter((x) => x >= h).length >= h) return h;
  return 0;
}

/** Per position, the first differing neighbours on each side; a plateau counts once, at its first position. */
export function hillsAndValleys(v: readonly number[]): number {
  let count = 0;
  for (let i = 1; i < v.length - 1; i++) {
    if (v[i] === v[i - 1]) continue;
    let r = i + 1;
    while (r < v.length && v[r] === v[i]) r++;
    if (r === v.length) continue;
    const l = v[i - 1];
    if ((l < v[i] && v[r] < v[i]) || (l > v[i] && v[r] > v[i])) count++;
  }
  return count;
}

/**
 * Stock profit by dynamic programming over (day, holding a share?, trades left): unlike the
 * generators' greedy scans. `trades` is 'one' or 'many'.
 */
export function maxProfit(p: readonly number[], trades: string): number {
  const k = trades === 'one' ? 1 : p.length;
  // free[t] / held[t]: best cash with t buys still allowed, not holding / holding a share.
  const free = new Array<number>(k + 1).fill(0);
  const held = new Array<number>(k + 1).fill(-Infinity);
  for (const price of p) {
    for (let t = 0; t <= k; t++) {
      free[t] = Math.max(free[t], held[t] + price);
      if (t < k) held[t] = Math.max(held[t], free[t + 1] - price);
    }
  }
  return Math.max(...free);
}

/** Length of the longest strictly increasing subsequence, by the O(n²) dynamic programme. */
export function lisLength(v: readonly number[]): number {
  const best = v.map(() => 1);
  for (let i = 0; i < v.length; i++) for (let j = 0; j < i; j++) if (v[j] < v[i]) best[i] = Math.max(best[i], best[j] + 1);
  return Math.max(0, ...best);
}
