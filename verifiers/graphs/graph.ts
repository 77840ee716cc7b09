/** The graph recorded in a graph task's truth (see generators/graphs/graph.ts GraphTruth). */
export interface GraphTruth {
  nodes: string[];
  directed: boolean;
  edges: ([string, string] | [string, string, number])[];
}

const LABEL = /^[A-Z][A-Z0-9]{0,2}$/;

/** Why `t` is not a well-formed graph truth, or undefined when it is. */
export function checkGraph(t: unknown, weighted = false): string | undefined {
  const x = t as GraphTruth;
  if (!x || typeof x !== 'object') return 'truth must be an object';
  if (!Array.isArray(x.nodes) || !x.nodes.length || !x.nodes.every((n) => typeof n === 'string' && LABEL.test(n))) return 'nodes must be a non-empty list of labels';
  if (new Set(x.nodes).size !== x.nodes.length) return 'nodes must be distinct';
  if (typeof x.directed !== 'boolean') return 'directed must be true or false';
  if (!Array.isArray(x.edges)) return 'edges must be a list';
  const known = new Set(x.nodes);
  for (const e of x.edges) {
    if (!Array.isArray(e) || e.length < 2 || e.length > 3 || !known.has(e[0]) || !known.has(e[1]) || e[0] === e[1]) return `bad edge ${JSON.stringify(e).slice(0, 40)}`;
    if (weighted && !(typeof e[2] === 'number' && Number.isFinite(e[2]) && e[2] > 0)) return `edge ${e[0]}-${e[1]} needs a positive weight`;
  }
  return undefined;
}

/** Looks up edges by their ends; undirected graphs answer for either order. */
export class EdgeIndex {
  private readonly map = new Map<string, number>();

  constructor(readonly g: GraphTruth) {
    g.edges.forEach((e, i) => {
      this.map.set(`${e[0]}\u0000${e[1]}`, i);
      if (!g.directed) this.map.set(`${e[1]}\u0000${e[0]}`, i);
    });
  }

  /** Index of the edge from x to y, or -1 when there is none. */
  find(x: string, y: string): number {
    return this.map.get(`${x}\u0000${y}`) ?? -1;
  }

  weight(i: number): number {
    return this.g.edges[i][2] ?? 1;
  }
}

/**
 * Walks `seq` along the graph's edges. Returns the edge indices used, or where the walk first
 * leaves the graph (`bad` = index of the step whose edge does not exist).
 */
export function walk(g: GraphTruth, seq: string[]): { edges: number[]; bad: number } {
  const idx = new EdgeIndex(g);
  const edges: number[] = [];
  for (let k = 1; k < seq.length; k++) {
    const e = idx.find(seq[k - 1], seq[k]);
    if (e < 0) return { edges, bad: k };
    edges.push(e);
  }
  return { edges, bad: -1 };
}
