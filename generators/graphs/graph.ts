import type { Rng } from '../../core/rng.js';

/** An edge between node indices; directed graphs read it as a → b. `w` is a weight or capacity. */
export interface GraphEdge {
  a: number;
  b: number;
  w?: number;
}

export interface Graph {
  /** Node labels by index (single capital letters). */
  labels: string[];
  directed: boolean;
  edges: GraphEdge[];
}

/** The graph as the verifiers read it: labels only, no indices or geometry. */
export interface GraphTruth {
  nodes: string[];
  directed: boolean;
  /** [from, to] or [from, to, weight]; undirected edges have from < to alphabetically. */
  edges: ([string, string] | [string, string, number])[];
}

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/**
 * Random single-letter labels for `n` nodes. Labels are shuffled over positions so that neither the
 * drawing nor alphabetical order hints at the answer (a topological order, a path). `pinned` fixes
 * some labels (e.g. S and T for a flow network's source and sink).
 */
export function randomLabels(rng: Rng, n: number, pinned: Record<number, string> = {}): string[] {
  const fixed = Object.values(pinned);
  const pool = rng.shuffle([...LETTERS].filter((l) => !fixed.includes(l)).slice(0, n - fixed.length));
  return Array.from({ length: n }, (_, i) => pinned[i] ?? pool.pop()!);
}

/** Edge end labels in display order: a → b for directed edges, alphabetical for undirected ones. */
export function endLabels(g: Graph, e: GraphEdge): [string, string] {
  const x = g.labels[e.a];
  const y = g.labels[e.b];
  return g.directed || x < y ? [x, y] : [y, x];
}

export const nodeId = (label: string) => `node-${label}`;
export const edgeId = (g: Graph, e: GraphEdge) => `edge-${endLabels(g, e).join('-')}`;
export const weightId = (g: Graph, e: GraphEdge) => `weight-${endLabels(g, e).join('-')}`;

/** Edges sorted by their display labels: a stable order for text, truth and canonical forms. */
export function sortedEdges(g: Graph): GraphEdge[] {
  const key = (e: GraphEdge) => endLabels(g, e).join('\u0000');
  return g.edges.slice().sort((p, q) => (key(p) < key(q) ? -1 : key(p) > key(q) ? 1 : 0));
}

export function graphTruth(g: Graph): GraphTruth {
  return {
    nodes: g.labels.slice().sort(),
    directed: g.directed,
    edges: sortedEdges(g).map((e) => (e.w === undefined ? endLabels(g, e) : [...endLabels(g, e), e.w])),
  };
}

/** Canonical text of the graph's structure (layout excluded: a redrawn graph is the same problem). */
export function canonicalGraph(g: Graph): string {
  const t = graphTruth(g);
  return `${t.directed ? 'd' : 'u'}:${t.nodes.join('')}:${t.edges.map((e) => e.join(e.length === 3 ? ',' : '')).join(';')}`;
}

/**
 * The textOnly description: node list and edge list. `weightName` names what the numbers are
 * ("weight", "capacity"); edges print as `A-B` (undirected) or `A->B` (directed).
 */
export function edgeListText(g: Graph, weightName?: string): string {
  const sep = g.directed ? '->' : '-';
  const edges = sortedEdges(g).map((e) => {
    const [x, y] = endLabels(g, e);
    return weightName && e.w !== undefined ? `${x}${sep}${y} (${weightName} ${e.w})` : `${x}${sep}${y}`;
  });
  const kind = g.directed ? 'directed' : 'undirected';
  return `Nodes: ${g.labels.slice().sort().join(', ')}.\nEdges (${kind}${weightName ? `, with ${weightName}` : ''}): ${edges.join(', ')}.`;
}

/** Neighbour lists: out-neighbours for directed graphs, both ways for undirected ones. */
export function adjacency(g: Graph): { to: number; w: number; edge: number }[][] {
  const adj: { to: number; w: number; edge: number }[][] = g.labels.map(() => []);
  g.edges.forEach((e, i) => {
    adj[e.a].push({ to: e.b, w: e.w ?? 1, edge: i });
    if (!g.directed) adj[e.b].push({ to: e.a, w: e.w ?? 1, edge: i });
  });
  return adj;
}

/** Connected components (weak, for directed graphs): component index per node, and the count. */
export function components(g: Graph): { comp: number[]; count: number } {
  const n = g.labels.length;
  const und: number[][] = g.labels.map(() => []);
  for (const e of g.edges) {
    und[e.a].push(e.b);
    und[e.b].push(e.a);
  }
  const comp = new Array<number>(n).fill(-1);
  let count = 0;
  for (let s = 0; s < n; s++) {
    if (comp[s] >= 0) continue;
    const queue = [s];
    comp[s] = count;
    for (let h = 0; h < queue.length; h++) {
      for (const v of und[queue[h]]) {
        if (comp[v] < 0) {
          comp[v] = count;
          queue.push(v);
        }
      }
    }
    count++;
  }
  return { comp, count };
}

/** Number of edges at each node (in + out for directed graphs). */
export function degrees(g: Graph): number[] {
  const d = new Array<number>(g.labels.length).fill(0);
  for (const e of g.edges) {
    d[e.a]++;
    d[e.b]++;
  }
  return d;
}
