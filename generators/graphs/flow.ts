// Edmonds–Karp max flow, written out: graphology has no flow algorithms and the few npm max-flow
// packages are unmaintained. On ≤ 26 nodes a capacity matrix and BFS augmenting paths are simplest;
// the residual graph also yields a minimum cut, which is the task's evidence.
import type { Graph } from './graph.js';

export interface MaxFlow {
  value: number;
  /** Indices (into g.edges) of the edges crossing a minimum cut from the source side. */
  cut: number[];
  /** Source side of that cut. */
  sourceSide: boolean[];
  augmentations: number;
}

export function maxFlow(g: Graph, s: number, t: number): MaxFlow {
  const n = g.labels.length;
  const cap = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (const e of g.edges) {
    cap[e.a][e.b] += e.w ?? 1;
    if (!g.directed) cap[e.b][e.a] += e.w ?? 1;
  }
  let value = 0;
  let augmentations = 0;
  const reach = (): number[] => {
    const prev = new Array<number>(n).fill(-1);
    prev[s] = s;
    const queue = [s];
    for (let h = 0; h < queue.length; h++) {
      const u = queue[h];
      for (let v = 0; v < n; v++) {
        if (prev[v] < 0 && cap[u][v] > 0) {
          prev[v] = u;
          queue.push(v);
        }
      }
    }
    return prev;
  };
  for (;;) {
    const prev = reach();
    if (prev[t] < 0) {
      const sourceSide = prev.map((p) => p >= 0);
      const cut = g.edges.flatMap((e, i) => (sourceSide[e.a] && !sourceSide[e.b] ? [i] : []));
      return { value, cut, sourceSide, augmentations };
    }
    let push = Infinity;
    for (let v = t; v !== s; v = prev[v]) push = Math.min(push, cap[prev[v]][v]);
    for (let v = t; v !== s; v = prev[v]) {
      cap[prev[v]][v] -= push;
      cap[v][prev[v]] += push;
    }
    value += push;
    augmentations++;
  }
}
