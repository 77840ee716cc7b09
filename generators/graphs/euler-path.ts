import type { Rng } from '../../core/rng.js';
import type { Instance, TaskDefinition } from '../../core/task.js';
import { candidateAdjacency, graphOfTrail, retry, walkTrail } from './build.js';
import { graphScene } from './draw.js';
import { canonicalGraph, degrees, edgeId, edgeListText, graphTruth, nodeId, type GraphTruth } from './graph.js';
import { EdgeBuilder, placeNodes } from './layout.js';
import { exampleSequence } from './prompt.js';

export interface EulerPathParams {
  nodes: number;
  edges: number;
}

export type EulerPathTruth = GraphTruth;

/**
 * A random trail over drawable edges, never reusing an edge. The graph is exactly the trail's
 * edges, so the trail itself proves that an Euler path exists.
 */
function randomTrail(r: Rng, p: EulerPathParams): { built: EdgeBuilder; trail: number[] } | null {
  const built = new EdgeBuilder(placeNodes(r.fork('nodes'), p.nodes), { crossings: false, maxLength: 2.0, labelChars: 0, directed: false });
  const adj = candidateAdjacency(built);
  const walk = r.fork('walk');
  const trail = [walk.int(0, p.nodes - 1)];
  walkTrail(walk, built, adj, trail, p.edges);
  return trail.length - 1 >= Math.max(3, Math.ceil(0.75 * p.edges)) ? { built, trail } : null;
}

function generate(rng: Rng, p: EulerPathParams): Instance<EulerPathTruth> {
  const made = retry(rng, 'euler-path', p, (r) => {
    const t = randomTrail(r, p);
    return t && graphOfTrail(r, t.built, t.trail);
  }, 'try fewer edges or more nodes');
  const { g, built, trail } = made;
  const answer = trail.map((v) => g.labels[v]).join('-');
  const degree = degrees(g);
  const rule = 'Find a route that travels along every edge exactly once (nodes may be visited more than once; it may start and end at any nodes).';
  const format = `Answer with the nodes in the order visited, separated by hyphens, inside answer tags, for example <answer>${exampleSequence(g, 4)}-...</answer>.`;
  return {
    question: `The image shows an undirected graph. ${rule} ${format}`,
    textOnly: `${edgeListText(g)}\n${rule} ${format}`,
    scene: graphScene(g, built),
    answer,
    truth: graphTruth(g),
    evidence: [...g.labels.map(nodeId), ...g.edges.map((e) => edgeId(g, e))],
    features: {
      nodes: g.labels.length,
      edges: g.edges.length,
      oddNodes: degree.filter((d) => d % 2).length,
      branchNodes: degree.filter((d) => d >= 3).length,
      maxDegree: Math.max(...degree),
    },
    canonical: `euler-path:${canonicalGraph(g)}`,
  };
}

export const eulerPath: TaskDefinition<EulerPathParams, EulerPathTruth> = {
  name: 'euler-path',
  domain: 'graph',
  describe: 'Undirected graph drawn from one random trail: a route using every edge once; any Euler path is accepted',
  params: {
    nodes: { type: 'int', min: 4, max: 26, default: 9, describe: 'nodes laid out (the trail may leave a few unused; those are not drawn)' },
    edges: { type: 'int', min: 3, max: 40, default: 12, describe: 'target number of edges (length of the planted trail)' },
  },
  levels: {
    1: { nodes: 5, edges: 5 },
    2: { nodes: 7, edges: 8 },
    3: { nodes: 9, edges: 12 },
    4: { nodes: 11, edges: 16 },
    5: { nodes: 15, edges: 22 },
  },
  // A planar trail over short edges fits about 1.5 edges per node; more only fails after many layouts.
  check: (p) => (p.edges > 1.5 * p.nodes ? `params.edges: got ${p.edges}; allowed: at most 1.5 × nodes (${Math.floor(1.5 * p.nodes)})` : undefined),
  generate,
  verifier: 'euler-path',
};
