import { VeriforgeError } from '../../core/errors.js';
import type { Rng } from '../../core/rng.js';
import { randomLabels, type Graph } from './graph.js';
import { cropLayout, EdgeBuilder, placeNodes, type EdgeRules } from './layout.js';

/** Layouts tried before giving up; each fails only when the random geometry admits too few edges. */
const MAX_ATTEMPTS = 60;

/**
 * Runs `attempt` on independent rng streams until it returns a value. Generation stays a pure
 * function of the seed: attempt k always uses the fork "attempt-k".
 */
export function retry<T>(
  rng: Rng,
  what: string,
  params: object,
  attempt: (rng: Rng, k: number) => T | null,
  hint = 'try fewer nodes or a lower density',
): T {
  for (let k = 0; k < MAX_ATTEMPTS; k++) {
    const out = attempt(rng.fork(`attempt-${k}`), k);
    if (out !== null) return out;
  }
  const given = Object.entries(params).map(([k, v]) => `${k}=${v}`).join(', ');
  throw new VeriforgeError(`${what} (${given}): no suitable graph in ${MAX_ATTEMPTS} layouts; ${hint}`);
}

/** Union–find over node indices, for spanning forests. */
export class DisjointSets {
  private readonly parent: number[];
  private readonly sizes: number[];
  sets: number;

  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i);
    this.sizes = new Array<number>(n).fill(1);
    this.sets = n;
  }

  size(x: number): number {
    return this.sizes[this.find(x)];
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
    this.sizes[rb] += this.sizes[ra];
    this.sets--;
    return true;
  }
}

/**
 * A fresh layout of `n` nodes whose admitted edges form a random spanning forest with `targetSets`
 * trees (1 = connected; random Kruskal over shuffled candidates), plus each remaining admissible
 * candidate with probability `density` when `allowExtra(a, b, sets)` agrees. `allowPair` filters
 * every edge (e.g. only between different planted colours); `shortFirst` grows trees from short
 * edges (compact, leaves room for cycles); no tree grows past `maxTreeSize` nodes. Null when the geometry did not allow it.
 */
export function forestGraph(
  rng: Rng,
  n: number,
  rules: EdgeRules,
  density: number,
  targetSets = 1,
  allowPair: (a: number, b: number) => boolean = () => true,
  shortFirst = true,
  maxTreeSize = n,
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
  // Without shortFirst the trees grow in random order and interleave in space (harder to tell apart).
  const byLength = pool.map((e) => ({ e, key: shortFirst ? len(e) * er.float(0.75, 1.3) : 0 })).sort((p, q) => p.key - q.key);
  for (const { e: [a, b] } of byLength) {
    if (sets.sets <= targetSets) break;
    if (sets.find(a) !== sets.find(b) && sets.size(a) + sets.size(b) <= maxTreeSize && built.tryAdd(a, b)) sets.union(a, b);
  }
  if (sets.sets !== targetSets) return null;
  const coin = rng.fork('extra');
  for (const [a, b] of pool) {
    // Extra edges never merge two trees: the forest's tree count is the task's component count.
    if (sets.find(a) === sets.find(b) && coin.chance(density)) built.tryAdd(a, b);
  }
  return { built, sets };
}

/**
 * The admitted edges of `built` redrawn on the sub-layout of the `keep` nodes (a walk may leave
 * some nodes unused). Dropping nodes only relaxes the rules, so every edge is admitted again.
 */
export function restrictTo(built: EdgeBuilder, keep: number[]): { built: EdgeBuilder; index: Map<number, number> } {
  const index = new Map(keep.map((v, i) => [v, i]));
  const layout = cropLayout({ ...built.layout, pos: keep.map((v) => built.layout.pos[v]) });
  const sub = new EdgeBuilder(layout, built.rules);
  for (const { a, b } of built.placed) {
    if (!sub.tryAdd(index.get(a)!, index.get(b)!)) throw new Error('restrictTo: an admitted edge was refused on the sub-layout');
  }
  return { built: sub, index };
}

/** Neighbour lists of the candidate (drawable) edges of a builder. */
export function candidateAdjacency(built: EdgeBuilder): number[][] {
  const adj: number[][] = built.layout.pos.map(() => []);
  for (const [a, b] of built.candidates()) {
    adj[a].push(b);
    adj[b].push(a);
  }
  return adj;
}

/**
 * Extends `trail` by a random walk over drawable edges, never reusing one, until it has `edges`
 * edges or the walk is stuck at a node with no unused drawable edge.
 */
export function walkTrail(walk: Rng, built: EdgeBuilder, adj: number[][], trail: number[], edges: number): void {
  while (trail.length - 1 < edges) {
    const cur = trail[trail.length - 1];
    const next = walk.shuffle(adj[cur]).find((v) => built.tryAdd(cur, v));
    if (next === undefined) return;
    trail.push(next);
  }
}

/**
 * The graph of exactly a trail's edges, drawn on the sub-layout of the nodes it visits, with random
 * labels; the trail renumbered onto it. The trail then proves the graph's Euler path or circuit.
 */
export function graphOfTrail(r: Rng, built: EdgeBuilder, trail: number[]): { g: Graph; built: EdgeBuilder; trail: number[] } {
  const used = [...new Set(trail)].sort((a, b) => a - b);
  const sub = restrictTo(built, used);
  const g: Graph = { labels: randomLabels(r.fork('labels'), used.length), directed: false, edges: sub.built.placed.map(({ a, b }) => ({ a, b })) };
  return { g, built: sub.built, trail: trail.map((v) => sub.index.get(v)!) };
}
