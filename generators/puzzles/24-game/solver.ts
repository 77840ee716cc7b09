/**
 * Exhaustive solver for "combine these numbers with + − × ÷ to reach a target", exact over the
 * rationals. Every expression tree splits its numbers into two groups, so the values reachable from
 * a set of numbers are built by dynamic programming over subsets (bitmasks), each subset keeping a
 * map value → {count of trees, one expression}. Hand-written because no library enumerates these;
 * exact fractions (not floats) so that 8 / (3 − 8/3) = 24 is found and 23.999… is never accepted.
 */
export interface Frac {
  n: number;
  d: number;
}

const gcd = (a: number, b: number): number => (b ? gcd(b, a % b) : Math.abs(a));

export function frac(n: number, d = 1): Frac {
  if (d < 0) [n, d] = [-n, -d];
  const g = gcd(n, d) || 1;
  return { n: n / g, d: d / g };
}

const key = (f: Frac) => `${f.n}/${f.d}`;

interface Entry {
  v: Frac;
  count: number;
  expr: string;
  /** 1 when the expression's top operator is + or − (needs parentheses under × ÷ and on the right of −). */
  additive: boolean;
}

export interface SolveOptions {
  /** Forbid division (used to measure whether a set needs it). */
  noDivision?: boolean;
  /** Forbid non-integer intermediate results. */
  integersOnly?: boolean;
}

export interface SolveResult {
  /** Number of expression trees reaching the target (commutative swaps counted once). */
  solutions: number;
  /** One solution, or null. */
  expression: string | null;
  /** Values reachable from the proper subsets of the numbers, summed: the size of the search space. */
  reachable: number;
  /** Binary operations tried. */
  ops: number;
}

export function solve24(numbers: readonly number[], target: number, o: SolveOptions = {}): SolveResult {
  // The final step solves for the missing operand, which needs a non-zero target (x · y = 0 holds for every y when x = 0).
  if (target === 0) throw new Error('solve24: target 0 is not supported');
  const k = numbers.length;
  const full = (1 << k) - 1;
  const table: Map<string, Entry>[] = Array.from({ length: full + 1 }, () => new Map());
  numbers.forEach((x, i) => table[1 << i].set(key(frac(x)), { v: frac(x), count: 1, expr: String(x), additive: false }));
  let ops = 0;
  let solutions = 0;
  let expression: string | null = null;
  const wrap = (e: Entry, when: boolean) => (when ? `(${e.expr})` : e.expr);
  // Division: the divisor is wrapped unless it is a bare number (a / (b * c) ≠ a / b * c).
  const bare = (e: Entry) => /^\d+$/.test(e.expr);
  const goal = frac(target); // non-zero, so x / y = goal needs x ≠ 0 and then y = x / goal ≠ 0
  for (let mask = 1; mask <= full; mask++) {
    if (!(mask & (mask - 1))) continue; // singletons are seeded
    const out = table[mask];
    const add = (v: Frac, count: number, expr: () => string, additive: boolean) => {
      if (o.integersOnly && v.d !== 1) return;
      const kk = key(v);
      const e = out.get(kk);
      if (e) e.count += count;
      else out.set(kk, { v, count, expr: expr(), additive });
    };
    // Unordered splits: the lowest set bit stays in A so each {A, B} pair is visited once.
    const low = mask & -mask;
    for (let a = (mask - 1) & mask; a > 0; a = (a - 1) & mask) {
      if (!(a & low)) continue;
      const b = mask ^ a;
      if (mask === full) {
        // Only the target matters for the whole set: for each x, look up the y each operation needs.
        for (const x of table[a].values()) {
          ops += 6;
          const need: [Frac | null, (y: Entry) => string][] = [
            [frac(goal.n * x.v.d - x.v.n * goal.d, goal.d * x.v.d), (y) => `${x.expr} + ${y.expr}`],
            [x.v.n ? frac(goal.n * x.v.d, goal.d * x.v.n) : null, (y) => `${wrap(x, x.additive)} * ${wrap(y, y.additive)}`],
            [frac(x.v.n * goal.d - goal.n * x.v.d, x.v.d * goal.d), (y) => `${x.expr} - ${wrap(y, y.additive)}`],
            [frac(goal.n * x.v.d + x.v.n * goal.d, goal.d * x.v.d), (y) => `${y.expr} - ${wrap(x, x.additive)}`],
            [o.noDivision || !x.v.n ? null : frac(x.v.n * goal.d, x.v.d * goal.n), (y) => `${wrap(x, x.additive)} / ${wrap(y, !bare(y))}`],
            [o.noDivision || !x.v.n ? null : frac(goal.n * x.v.n, goal.d * x.v.d), (y) => `${wrap(y, y.additive)} / ${wrap(x, !bare(x))}`],
          ];
          for (const [v, expr] of need) {
            const y = v && table[b].get(key(v));
            if (!y) continue;
            solutions += x.count * y.count;
            expression ??= expr(y);
          }
        }
        continue;
      }
      for (const x of table[a].values()) {
        for (const y of table[b].values()) {
          ops += 6;
          const c = x.count * y.count;
          add(frac(x.v.n * y.v.d + y.v.n * x.v.d, x.v.d * y.v.d), c, () => `${x.expr} + ${y.expr}`, true);
          add(frac(x.v.n * y.v.n, x.v.d * y.v.d), c, () => `${wrap(x, x.additive)} * ${wrap(y, y.additive)}`, false);
          add(frac(x.v.n * y.v.d - y.v.n * x.v.d, x.v.d * y.v.d), c, () => `${x.expr} - ${wrap(y, y.additive)}`, true);
          add(frac(y.v.n * x.v.d - x.v.n * y.v.d, x.v.d * y.v.d), c, () => `${y.expr} - ${wrap(x, x.additive)}`, true);
          if (o.noDivision) continue;
          if (y.v.n !== 0) add(frac(x.v.n * y.v.d, x.v.d * y.v.n), c, () => `${wrap(x, x.additive)} / ${wrap(y, !bare(y))}`, false);
          if (x.v.n !== 0) add(frac(y.v.n * x.v.d, y.v.d * x.v.n), c, () => `${wrap(y, y.additive)} / ${wrap(x, !bare(x))}`, false);
        }
      }
    }
  }
  let reachable = 0;
  for (let mask = 1; mask < full; mask++) reachable += table[mask].size;
  if (k === 1) [solutions, expression] = numbers[0] === target ? [1, String(target)] : [0, null];
  return { solutions, expression, reachable, ops };
}
