import { VeriforgeError } from '../../core/errors.js';
import type { Rng } from '../../core/rng.js';
import { EdgeBuilder, placeNodes, type EdgeRules } from './layout.js';

/** Layouts tried before giving up; each fails only when the random geometry admits too few edges. */
const MAX_ATTEMPTS = 60;

/**
 * Runs `attempt` on independent rng streams until it returns a value. Generation stays a pure
 * function of the seed: attempt k always uses the fork "attempt-k".
 */
export function retry<T>(rng: Rng, what: string, attempt: (rng: Rng, k: number) => T | null): T {
  for (let k = 0; k < MAX_ATTEMPTS; k++) {
    const out = attempt(rng.fork(`attempt-${k}`), k);
    if (out !== null) return out;
  }
  throw new VeriforgeError(`${what}: no suitable graph in ${MAX_ATTEMPTS} layouts; try fewer nodes or a lower density`);
}

/** Union–find over node indices, for spanning forests. */
export class DisjointSets {
  private readonly parent: number[];
  sets: number;

  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i);
    this.sets = n;
  }

  find(x: number): number {
    while (this.parent[x] !== x) x = this.parent[x] = this.parent[this.parent[x]];
    return x;
  }

  union(a: number, b: number): boolean {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return false;
    this.parent[ra] = rb;
    this.sets--;
    return true;
  }
}

/**
 * A fresh layout of `n` nodes whose admitted edges form a random spanning forest with `targetSets`
 * trees (1 = connected; random Kruskal over shuffled candidates), plus each remaining admissible
 * candidate with probability `density` when `allowExtra(a, b, sets)` agrees. `allowPair` filters
 * every edge (e.g. only between different planted colours). Null when the geometry did not allow it.
 */
export function forestGraph(
  rng: Rng,
  n: number,
  rules: EdgeRules,
  density: number,
  targetSets = 1,
  allowPair: (a: number, b: number) => boolean = () => true,
): { built: EdgeBuilder; sets: DisjointSets } | null {
  const layout = placeNodes(rng.fork('nodes'), n);
  const built = new EdgeBuilder(layout, rules);
  const sets = new DisjointSets(n);
  const er = rng.fork('edges');
  const { pos } = layout;
  const len = ([a, b]: [number, number]) => Math.hypot(pos[a][0] - pos[b][0], pos[a][1] - pos[b][1]);
  const pool = er.shuffle(built.candidates()).filter(([a, b]) => allowPair(a, b));
  // Short edges first (randomly perturbed) for the tree: long tree edges would block, by crossing,
  // most of the extra edges that make cycles, and so several competing routes.
  const byLength = pool.map((e) => ({ e, key: len(e) * er.float(0.75, 1.3) })).sort((p, q) => p.key - q.key);
  for (const { e: [a, b] } of byLength) {
    if (sets.sets <= targetSets) break;
    if (sets.find(a) !== sets.find(b) && built.tryAdd(a, b)) sets.union(a, b);
  }
  if (sets.sets !== targetSets) return null;
  const coin = rng.fork('extra');
  for (const [a, b] of pool) {
    // Extra edges never merge two trees: the forest's tree count is the task's component count.
    if (sets.find(a) === sets.find(b) && coin.chance(density)) built.tryAdd(a, b);
  }
  return { built, sets };
}
