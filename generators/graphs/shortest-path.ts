import type { Rng } from '../../core/rng.js';
import type { Instance, TaskDefinition } from '../../core/task.js';
import { forestGraph, retry } from './build.js';
import { GOAL_FILL, graphScene, START_FILL } from './draw.js';
import { canonicalGraph, edgeId, edgeListText, graphTruth, nodeId, randomLabels, weightId, type Graph, type GraphTruth } from './graph.js';
import { dijkstra, fewestHopCost, hopDistances, tracePath } from './paths.js';
import { exampleSequence } from './prompt.js';

export interface ShortestPathParams {
  nodes: number;
  density: number;
  maxWeight: number;
  minHops: number;
  /** Chance of insisting on a trap: every fewest-edge route between the endpoints is not shortest. */
  trap: number;
}

export interface ShortestPathTruth extends GraphTruth {
  source: string;
  target: string;
  /** Minimum total weight from source to target. */
  cost: number;
}

function generate(rng: Rng, p: ShortestPathParams): Instance<ShortestPathTruth> {
  const rules = { crossings: false, maxLength: 1.9, labelChars: String(p.maxWeight).length, directed: false };
  const made = retry(rng, 'shortest-path', p, (r) => {
    const f = forestGraph(r, p.nodes, rules, p.density);
    if (!f) return null;
    const wr = r.fork('weights');
    const g: Graph = { labels: randomLabels(r.fork('labels'), p.nodes), directed: false, edges: f.built.placed.map(({ a, b }) => ({ a, b, w: wr.int(1, p.maxWeight) })) };
    // Endpoints at least `minHops` edges apart, so the answer is a real route, not one edge.
    const wantTrap = r.fork('trap').chance(p.trap);
    const far: [number, number][] = [];
    const traps: [number, number][] = [];
    for (let s = 0; s < p.nodes; s++) {
      const best = wantTrap ? dijkstra(g, s).dist : [];
      const byHops = wantTrap ? fewestHopCost(g, s) : [];
      hopDistances(g, s).forEach((h, t) => {
        if (s >= t || h < p.minHops) return;
        far.push([s, t]);
        if (wantTrap && byHops[t] > best[t]) traps.push([s, t]);
      });
    }
    if (!far.length) return null;
    const pair = r.pick(traps.length ? traps : far);
    return { g, built: f.built, ends: r.chance(0.5) ? pair : ([pair[1], pair[0]] as [number, number]) };
  }, 'try a lower minHops or a lower density');
  const { g, built } = made;
  const [s, t] = made.ends;
  const fromS = dijkstra(g, s);
  const fromT = dijkstra(g, t);
  const cost = fromS.dist[t];
  const path = tracePath(fromS.prev, t);
  // Every edge on some optimal path is evidence: any of those paths is a correct answer.
  const optimal = g.edges.filter((e) => fromS.dist[e.a] + e.w! + fromT.dist[e.b] === cost || fromS.dist[e.b] + e.w! + fromT.dist[e.a] === cost);
  const optimalNodes = g.labels.filter((_, v) => fromS.dist[v] + fromT.dist[v] === cost);
  const answer = path.map((v) => g.labels[v]).join('-');
  const S = g.labels[s];
  const T = g.labels[t];
  const format = `Answer with the node labels of the path in order, from ${S} to ${T}, separated by hyphens, inside answer tags, for example <answer>${exampleSequence(g, 4)}</answer> (format only).`;
  const rule = 'The length of a path is the sum of the numbers on its edges; if several paths tie, give any one of them.';
  return {
    question: `The image shows an undirected graph; the number on each edge is its length. Find a shortest path from node ${S} (green) to node ${T} (red). ${rule} ${format}`,
    textOnly: `${edgeListText(g, 'length')}\nFind a shortest path from node ${S} to node ${T}. ${rule} ${format}`,
    scene: graphScene(g, built, { [s]: { fill: START_FILL }, [t]: { fill: GOAL_FILL } }),
    answer,
    truth: { ...graphTruth(g), source: S, target: T, cost },
    evidence: [...optimalNodes.map(nodeId), ...optimal.flatMap((e) => [edgeId(g, e), weightId(g, e)])],
    features: {
      nodes: p.nodes,
      edges: g.edges.length,
      cost,
      hops: path.length - 1,
      fewestHops: hopDistances(g, s)[t],
      trap: fewestHopCost(g, s)[t] > cost ? 1 : 0,
      optimalPaths: fromS.count[t],
      settled: dijkstra(g, s, t).settled,
      maxWeight: p.maxWeight,
    },
    canonical: `shortest-path:${canonicalGraph(g)}:${S}>${T}`,
  };
}

export const shortestPath: TaskDefinition<ShortestPathParams, ShortestPathTruth> = {
  name: 'shortest-path',
  domain: 'graph',
  describe: 'Weighted undirected graph: a minimum-length path between two marked nodes; any optimal path is accepted',
  params: {
    nodes: { type: 'int', min: 4, max: 26, default: 11, describe: 'number of nodes' },
    density: { type: 'number', min: 0, max: 1, default: 0.7, describe: 'chance that each further drawable edge is added beyond a spanning tree' },
    maxWeight: { type: 'int', min: 1, max: 99, default: 9, describe: 'edge lengths are drawn from 1..maxWeight' },
    minHops: { type: 'int', min: 1, max: 12, default: 3, describe: 'the endpoints are at least this many edges apart' },
    trap: { type: 'number', min: 0, max: 1, default: 0.5, describe: 'chance of picking endpoints where every fewest-edge route is longer than the shortest path (when such endpoints exist)' },
  },
  levels: {
    1: { nodes: 6, density: 0.4, maxWeight: 5, minHops: 2, trap: 0 },
    2: { nodes: 8, density: 0.55, maxWeight: 9, minHops: 3, trap: 0.3 },
    3: { nodes: 11, density: 0.7, maxWeight: 9, minHops: 3, trap: 0.5 },
    4: { nodes: 14, density: 0.8, maxWeight: 15, minHops: 4, trap: 0.7 },
    5: { nodes: 18, density: 0.9, maxWeight: 20, minHops: 5, trap: 0.85 },
  },
  check: (p) => (p.minHops >= p.nodes ? `params.minHops: got ${p.minHops}; allowed: less than nodes (${p.nodes})` : undefined),
  generate,
  verifier: 'shortest-path',
};
