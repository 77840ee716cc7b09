// Dijkstra is written out (rather than taken from a graph library) because the task needs what
// library versions do not return: the number of distinct optimal paths (a difficulty feature) and
// how many nodes the search settled. On ≤ 26 nodes the O(n²) array form is the simplest and fastest.
import { adjacency, type Graph } from './graph.js';

export interface ShortestPaths {
  dist: number[];
  /** Number of distinct minimum-cost paths from the source to each node. */
  count: number[];
  /** A predecessor on one optimal path (-1 at the source and unreachable nodes). */
  prev: number[];
  /** Nodes settled before the search stopped. */
  settled: number;
}

/** Single-source shortest paths with positive weights; stops early once `stopAt` is settled. */
export function dijkstra(g: Graph, source: number, stopAt = -1): ShortestPaths {
  const n = g.labels.length;
  const adj = adjacency(g);
  const dist = new Array<number>(n).fill(Infinity);
  const count = new Array<number>(n).fill(0);
  const prev = new Array<number>(n).fill(-1);
  const done = new Array<boolean>(n).fill(false);
  dist[source] = 0;
  count[source] = 1;
  let settled = 0;
  for (;;) {
    let u = -1;
    for (let v = 0; v < n; v++) if (!done[v] && dist[v] < Infinity && (u < 0 || dist[v] < dist[u])) u = v;
    if (u < 0) break;
    done[u] = true;
    settled++;
    if (u === stopAt) break;
    for (const { to, w } of adj[u]) {
      if (w <= 0) throw new Error('dijkstra needs positive weights');
      const d = dist[u] + w;
      if (d < dist[to]) {
        dist[to] = d;
        count[to] = count[u];
        prev[to] = u;
      } else if (d === dist[to]) {
        count[to] += count[u];
      }
    }
  }
  return { dist, count, prev, settled };
}

/** Edge counts of fewest-edge paths from `source` (BFS); -1 where unreachable. */
export function hopDistances(g: Graph, source: number): number[] {
  const adj = adjacency(g);
  const hops = new Array<number>(g.labels.length).fill(-1);
  hops[source] = 0;
  const queue = [source];
  for (let h = 0; h < queue.length; h++) {
    for (const { to } of adj[queue[h]]) {
      if (hops[to] < 0) {
        hops[to] = hops[queue[h]] + 1;
        queue.push(to);
      }
    }
  }
  return hops;
}

/** The node sequence source → target following `prev` pointers. */
export function tracePath(prev: number[], target: number): number[] {
  const path: number[] = [];
  for (let v = target; v >= 0; v = prev[v]) path.unshift(v);
  return path;
}

/**
 * Least total weight among the fewest-edge paths from `source` (BFS layers, then a DP over them).
 * When this exceeds the true shortest distance, counting edges leads to a wrong answer: a trap.
 */
export function fewestHopCost(g: Graph, source: number): number[] {
  const hops = hopDistances(g, source);
  const adj = adjacency(g);
  const cost = new Array<number>(g.labels.length).fill(Infinity);
  cost[source] = 0;
  const order = g.labels.map((_, v) => v).filter((v) => hops[v] >= 0).sort((a, b) => hops[a] - hops[b]);
  for (const u of order) for (const { to, w } of adj[u]) if (hops[to] === hops[u] + 1) cost[to] = Math.min(cost[to], cost[u] + w);
  return cost;
}
