import type { Rng } from '../../core/rng.js';
import type { Instance, TaskDefinition } from '../../core/task.js';
import { candidateAdjacency, graphOfTrail, retry, walkTrail } from './build.js';
import { graphScene } from './draw.js';
import { canonicalGraph, degrees, edgeId, edgeListText, graphTruth, nodeId, type GraphTruth } from './graph.js';
import { EdgeBuilder, placeNodes, type Layout } from './layout.js';
import { exampleSequence } from './prompt.js';

export interface EulerianCycleParams {
  nodes: number;
  edges: number;
}

export type EulerianCycleTruth = GraphTruth;

/**
 * A random closed trail over drawable edges, never reusing one: a random walk of about `edges`
 * edges that then heads home along the fewest unused edges. The graph is exactly the trail's
 * edges, so the trail proves an Eulerian circuit exists (every degree even, one component).
 */
function closedTrail(r: Rng, p: EulerianCycleParams, layout: Layout): { built: EdgeBuilder; trail: number[] } | null {
  const built = new EdgeBuilder(layout, { crossings: false, maxLength: 2.0, labelChars: 0, directed: false });
  const adj = candidateAdjacency(built);
  const walk = r.fork('walk');
  const start = walk.int(0, p.nodes - 1);
  const trail = [start];
  const enough = () => trail.length - 1 >= Math.max(3, Math.ceil(0.75 * p.edges));
  walkTrail(walk, built, adj, trail, p.edges);
  if (trail[trail.length - 1] === start) return enough() ? { built, trail } : null;
  // Head home along the fewest unused edges (breadth-first), each admitted in turn.
  const from = new Map<number, number>([[trail[trail.length - 1], -1]]);
  for (const queue = [trail[trail.length - 1]]; queue.length && !from.has(start); ) {
    const v = queue.shift()!;
    for (const u of adj[v]) {
      if (from.has(u) || built.has(v, u)) continue;
      from.set(u, v);
      queue.push(u);
    }
  }
  if (!from.has(start)) return null;
  const home: number[] = [];
  for (let v = start; v !== trail[trail.length - 1]; v = from.get(v)!) home.unshift(v);
  for (const v of home) {
    if (!built.tryAdd(trail[trail.length - 1], v)) return null;
    trail.push(v);
  }
  return enough() && trail.length - 1 <= p.edges + 4 ? { built, trail } : null;
}

function generate(rng: Rng, p: EulerianCycleParams): Instance<EulerianCycleTruth> {
  const made = retry(rng, 'eulerian-cycle', p, (r) => {
    // Walks dead-end often; several walks per layout are cheaper than new layouts.
    const layout = placeNodes(r.fork('nodes'), p.nodes);
    let t: ReturnType<typeof closedTrail> = null;
    for (let w = 0; w < 20 && !t; w++) t = closedTrail(r.fork(`walk-${w}`), p, layout);
    return t && graphOfTrail(r, t.built, t.trail);
  }, 'try fewer edges or more nodes');
  const { g, built, trail } = made;
  const degree = degrees(g);
  const rule = 'Find a closed route that travels along every edge exactly once and returns to its starting node (nodes may be visited more than once).';
  const format = `Answer with the nodes in the order visited, separated by hyphens, ending with the starting node again, inside answer tags, for example <answer>${exampleSequence(g, 4)}-...</answer>.`;
  return {
    question: `The image shows an undirected graph. ${rule} ${format}`,
    textOnly: `${edgeListText(g)}\n${rule} ${format}`,
    scene: graphScene(g, built),
    answer: trail.map((v) => g.labels[v]).join('-'),
    truth: graphTruth(g),
    evidence: [...g.labels.map(nodeId), ...g.edges.map((e) => edgeId(g, e))],
    features: { nodes: g.labels.length, edges: g.edges.length, branchNodes: degree.filter((d) => d >= 4).length, maxDegree: Math.max(...degree) },
    canonical: `eulerian-cycle:${canonicalGraph(g)}`,
  };
}

export const eulerianCycle: TaskDefinition<EulerianCycleParams, EulerianCycleTruth> = {
  name: 'eulerian-cycle',
  domain: 'graph',
  describe: 'Undirected graph drawn from one random closed trail: a circuit using every edge once; any Eulerian circuit (any start, either direction) is accepted',
  params: {
    nodes: { type: 'int', min: 4, max: 26, default: 9, describe: 'nodes laid out (the trail may leave a few unused; those are not drawn)' },
    edges: { type: 'int', min: 4, max: 40, default: 12, describe: 'target number of edges (the planted circuit has from 3/4 of it to 4 more)' },
  },
  levels: {
    1: { nodes: 7, edges: 8 },
    2: { nodes: 8, edges: 10 },
    3: { nodes: 9, edges: 12 },
    4: { nodes: 11, edges: 16 },
    5: { nodes: 15, edges: 22 },
  },
  check: (p) => (p.edges > 1.5 * p.nodes ? `params.edges: got ${p.edges}; allowed: at most 1.5 × nodes (${Math.floor(1.5 * p.nodes)})` : undefined),
  generate,
  verifier: 'eulerian-cycle',
};
