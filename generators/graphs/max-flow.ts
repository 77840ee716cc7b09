import type { Rng } from '../../core/rng.js';
import type { Instance, TaskDefinition } from '../../core/task.js';
import { forestGraph, retry } from './build.js';
import { GOAL_FILL, graphScene, START_FILL } from './draw.js';
import { maxFlow } from './flow.js';
import { canonicalGraph, edgeId, edgeListText, graphTruth, nodeId, randomLabels, weightId, type Graph, type GraphTruth } from './graph.js';

export interface MaxFlowParams {
  nodes: number;
  density: number;
  maxCapacity: number;
  /** Share of edges pointing right-to-left (against the source → sink direction): makes cycles. */
  backEdges: number;
  /** Fewest edges in the minimum cut: a one-edge bottleneck makes the answer a single reading. */
  minCutEdges: number;
}

export interface MaxFlowTruth extends GraphTruth {
  source: string;
  sink: string;
  value: number;
}

function generate(rng: Rng, p: MaxFlowParams): Instance<MaxFlowTruth> {
  const rules = { crossings: false, maxLength: 2.0, labelChars: String(p.maxCapacity).length, directed: true };
  const made = retry(rng, 'max-flow', p, (r) => {
    const f = forestGraph(r, p.nodes, rules, p.density);
    if (!f) return null;
    const x = f.built.layout.pos.map((q) => q[0]);
    // Source at the far left, sink at the far right, so flow reads left to right.
    const s = x.indexOf(Math.min(...x));
    const t = x.indexOf(Math.max(...x));
    const orient = r.fork('orient');
    const caps = r.fork('caps');
    const edges = f.built.placed.map(({ a, b }) => {
      let forward = x[a] <= x[b];
      if (a !== s && b !== s && a !== t && b !== t && orient.chance(p.backEdges)) forward = !forward;
      if (a === s || b === t) forward = true;
      if (b === s || a === t) forward = false;
      return { ...(forward ? { a, b } : { a: b, b: a }), w: caps.int(1, p.maxCapacity) };
    });
    const g: Graph = { labels: randomLabels(r.fork('labels'), p.nodes, { [s]: 'S', [t]: 'T' }), directed: true, edges };
    // At least two ways out of S and into T: otherwise the answer is just the capacity of one edge.
    const wide = Math.min(3, p.nodes - 2);
    if (edges.filter((e) => e.a === s).length < wide - 1 || edges.filter((e) => e.b === t).length < wide - 1) return null;
    const flow = maxFlow(g, s, t);
    return flow.value > 0 && flow.cut.length >= p.minCutEdges ? { g, built: f.built, s, t, flow } : null;
  }, 'try a lower minCutEdges, more nodes or a higher density');
  const { g, built, s, t, flow } = made;
  const rule = 'Each arrow is a one-way pipe and its number is the most it can carry. Flow is conserved at every node other than S and T.';
  const format = 'Answer with one whole number inside answer tags, in the form <answer>0</answer> (format only).';
  const cutEdges = flow.cut.map((i) => g.edges[i]);
  return {
    question: `The image shows a flow network (a directed graph). ${rule} What is the maximum flow from the source S (green) to the sink T (red)? ${format}`,
    textOnly: `${edgeListText(g, 'capacity')}\n${rule} What is the maximum flow from the source S to the sink T? ${format}`,
    scene: graphScene(g, built, { [s]: { fill: START_FILL }, [t]: { fill: GOAL_FILL } }),
    answer: String(flow.value),
    truth: { ...graphTruth(g), source: 'S', sink: 'T', value: flow.value },
    evidence: [nodeId('S'), nodeId('T'), ...cutEdges.flatMap((e) => [edgeId(g, e), weightId(g, e)])],
    features: {
      nodes: p.nodes,
      edges: g.edges.length,
      value: flow.value,
      cutEdges: cutEdges.length,
      augmentations: flow.augmentations,
      sourceCapacity: g.edges.filter((e) => e.a === s).reduce((sum, e) => sum + e.w!, 0),
      maxCapacity: p.maxCapacity,
    },
    canonical: `max-flow:${canonicalGraph(g)}`,
  };
}

export const maxFlowTask: TaskDefinition<MaxFlowParams, MaxFlowTruth> = {
  name: 'max-flow',
  domain: 'graph',
  describe: 'Flow network with capacities: the maximum flow value from S to T (Edmonds–Karp)',
  params: {
    nodes: { type: 'int', min: 3, max: 24, default: 9, describe: 'number of nodes including S and T' },
    density: { type: 'number', min: 0, max: 1, default: 0.6, describe: 'chance that each further drawable edge is added beyond a spanning tree' },
    maxCapacity: { type: 'int', min: 1, max: 99, default: 9, describe: 'capacities are drawn from 1..maxCapacity' },
    backEdges: { type: 'number', min: 0, max: 0.5, default: 0.15, describe: 'share of inner edges pointing right to left' },
    minCutEdges: { type: 'int', min: 1, max: 3, default: 2, describe: 'keep only networks whose minimum cut has at least this many edges' },
  },
  levels: {
    1: { nodes: 5, density: 0.5, maxCapacity: 5, backEdges: 0, minCutEdges: 1 },
    2: { nodes: 7, density: 0.55, maxCapacity: 9, backEdges: 0, minCutEdges: 2 },
    3: { nodes: 9, density: 0.6, maxCapacity: 9, backEdges: 0.15, minCutEdges: 2 },
    4: { nodes: 11, density: 0.7, maxCapacity: 15, backEdges: 0.2, minCutEdges: 2 },
    5: { nodes: 14, density: 0.8, maxCapacity: 20, backEdges: 0.25, minCutEdges: 2 },
  },
  generate,
  verifier: 'max-flow',
};
