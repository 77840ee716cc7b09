// Small DAG measures written out: counting linear extensions needs a subset DP that graph libraries
// do not offer, and Kahn's algorithm with a fixed tie rule is a few lines.
import type { Graph } from './graph.js';

/** Kahn's algorithm taking the alphabetically smallest available label first; null if there is a cycle. */
export function topologicalOrder(g: Graph): number[] | null {
  const n = g.labels.length;
  const indeg = new Array<number>(n).fill(0);
  for (const e of g.edges) indeg[e.b]++;
  const order: number[] = [];
  const ready = new Set(indeg.flatMap((d, v) => (d === 0 ? [v] : [])));
  while (ready.size) {
    const v = [...ready].sort((x, y) => (g.labels[x] < g.labels[y] ? -1 : 1))[0];
    ready.delete(v);
    order.push(v);
    for (const e of g.edges) if (e.a === v && --indeg[e.b] === 0) ready.add(e.b);
  }
  return order.length === n ? order : null;
}

/** Number of valid topological orders (linear extensions), by DP over subsets of placed nodes. */
export function countOrders(g: Graph): number {
  const n = g.labels.length;
  if (n > 22) throw new Error('countOrders: at most 22 nodes');
  const preds = new Array<number>(n).fill(0);
  for (const e of g.edges) preds[e.b] |= 1 << e.a;
  const ways = new Float64Array(1 << n);
  ways[0] = 1;
  for (let set = 0; set < 1 << n; set++) {
    if (!ways[set]) continue;
    for (let v = 0; v < n; v++) {
      if (!(set & (1 << v)) && (preds[v] & set) === preds[v]) ways[set | (1 << v)] += ways[set];
    }
  }
  return ways[(1 << n) - 1];
}

/** Edges on a longest directed path (the depth of the DAG), given a topological order. */
export function longestPath(g: Graph, order: number[]): number {
  const depth = new Array<number>(g.labels.length).fill(0);
  for (const v of order) for (const e of g.edges) if (e.a === v) depth[e.b] = Math.max(depth[e.b], depth[v] + 1);
  return Math.max(0, ...depth);
}
