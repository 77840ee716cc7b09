import type { Rng } from '../../core/rng.js';
import type { Instance, TaskDefinition } from '../../core/task.js';
import { forestGraph, retry } from './build.js';
import { countOrders, longestPath, topologicalOrder } from './dag.js';
import { graphScene } from './draw.js';
import { canonicalGraph, edgeId, edgeListText, graphTruth, nodeId, randomLabels, type Graph, type GraphTruth } from './graph.js';

export interface TopologicalOrderParams {
  nodes: number;
  density: number;
}

export type TopologicalOrderTruth = GraphTruth;

function generate(rng: Rng, p: TopologicalOrderParams): Instance<TopologicalOrderTruth> {
  const rules = { crossings: false, maxLength: 2.2, labelChars: 0, directed: true };
  const made = retry(rng, 'topological-order', p, (r) => {
    const f = forestGraph(r, p.nodes, rules, p.density);
    if (!f) return null;
    // A hidden rank orients every edge forward, which proves the graph is acyclic.
    const rank = r.fork('rank').shuffle(Array.from({ length: p.nodes }, (_, i) => i));
    const edges = f.built.placed.map(({ a, b }) => (rank[a] < rank[b] ? { a, b } : { a: b, b: a }));
    const g: Graph = { labels: randomLabels(r.fork('labels'), p.nodes), directed: true, edges };
    return { g, built: f.built };
  });
  const { g, built } = made;
  const order = topologicalOrder(g)!;
  const answer = order.map((v) => g.labels[v]).join('-');
  const rule = 'List all nodes in an order such that for every arrow X → Y, X comes before Y. If several orders work, give any one.';
  // The example puts one edge's head before its tail, so it is never a valid order (echo-safe).
  const [head, tail] = [g.labels[g.edges[0].b], g.labels[g.edges[0].a]];
  const example = [head, tail, ...g.labels.filter((l) => l !== head && l !== tail).sort()].slice(0, 4).join('-');
  const format = `Answer with all ${p.nodes} node labels in order, separated by hyphens, inside answer tags, for example <answer>${example}-...</answer>.`;
  const indeg = g.labels.map((_, v) => g.edges.filter((e) => e.b === v).length);
  const outdeg = g.labels.map((_, v) => g.edges.filter((e) => e.a === v).length);
  return {
    question: `The image shows a directed acyclic graph (arrows show each edge's direction). ${rule} ${format}`,
    textOnly: `${edgeListText(g)}\n${rule} ${format}`,
    scene: graphScene(g, built),
    answer,
    truth: graphTruth(g),
    evidence: [...g.labels.map(nodeId), ...g.edges.map((e) => edgeId(g, e))],
    features: {
      nodes: p.nodes,
      edges: g.edges.length,
      validOrders: countOrders(g),
      longestPath: longestPath(g, order),
      sources: indeg.filter((d) => d === 0).length,
      sinks: outdeg.filter((d) => d === 0).length,
    },
    canonical: `topological-order:${canonicalGraph(g)}`,
  };
}

export const topologicalOrderTask: TaskDefinition<TopologicalOrderParams, TopologicalOrderTruth> = {
  name: 'topological-order',
  domain: 'graph',
  describe: 'Directed acyclic graph: list the nodes in a topological order; any valid order is accepted',
  params: {
    nodes: { type: 'int', min: 3, max: 20, default: 9, describe: 'number of nodes' },
    density: { type: 'number', min: 0, max: 1, default: 0.6, describe: 'chance that each further drawable edge is added beyond a spanning tree' },
  },
  levels: {
    1: { nodes: 5, density: 0.3 },
    2: { nodes: 7, density: 0.45 },
    3: { nodes: 9, density: 0.6 },
    4: { nodes: 12, density: 0.75 },
    5: { nodes: 15, density: 0.9 },
  },
  generate,
  verifier: 'topological-order',
};
