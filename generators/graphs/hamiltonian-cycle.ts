import type { Rng } from '../../core/rng.js';
import type { Instance, TaskDefinition } from '../../core/task.js';
import { candidateAdjacency, retry } from './build.js';
import { graphScene } from './draw.js';
import { adjacency, canonicalGraph, degrees, edgeId, edgeListText, graphTruth, nodeId, randomLabels, type Graph, type GraphTruth } from './graph.js';
import { EdgeBuilder, placeNodes } from './layout.js';
import { exampleSequence } from './prompt.js';

export interface HamiltonianCycleParams {
  nodes: number;
  density: number;
}

export type HamiltonianCycleTruth = GraphTruth;

/**
 * A random Hamiltonian cycle of the graph given by neighbour lists (nodes in order, the closing
 * edge implied), or null within `budget` steps: depth-first from node 0 with Warnsdorff's
 * ordering and random tie-breaks; a full path must end beside node 0.
 */
export function findHamiltonianCycle(adj: number[][], rand: () => number, budget = 20000): number[] | null {
  const n = adj.length;
  const seen = new Array<boolean>(n).fill(false);
  const path = [0];
  seen[0] = true;
  let steps = 0;
  const go = (v: number): boolean => {
    if (++steps > budget) return false;
    if (path.length === n) return adj[v].includes(0);
    const next = adj[v].filter((u) => !seen[u]).map((u) => ({ u, key: adj[u].filter((w) => !seen[w]).length + rand() })).sort((x, y) => x.key - y.key);
    for (const { u } of next) {
      seen[u] = true;
      path.push(u);
      if (go(u)) return true;
      seen[u] = false;
      path.pop();
    }
    return false;
  };
  return n >= 3 && go(0) ? path : null;
}

/** Number of distinct Hamiltonian cycles (each counted once, whatever its start and direction), bounded by `budget` steps. */
export function countHamiltonianCycles(adj: number[][], budget = 300000): { cycles: number; complete: boolean } {
  const n = adj.length;
  const seen = new Array<boolean>(n).fill(false);
  let closed = 0;
  let steps = 0;
  const go = (v: number, depth: number) => {
    if (++steps > budget) return;
    if (depth === n) return void (adj[v].includes(0) && closed++);
    for (const u of adj[v]) {
      if (!seen[u]) {
        seen[u] = true;
        go(u, depth + 1);
        seen[u] = false;
      }
    }
  };
  seen[0] = true;
  go(0, 1);
  return { cycles: closed / 2, complete: steps <= budget };
}

function generate(rng: Rng, p: HamiltonianCycleParams): Instance<HamiltonianCycleTruth> {
  const made = retry(rng, 'hamiltonian-cycle', p, (r) => {
    const built = new EdgeBuilder(placeNodes(r.fork('nodes'), p.nodes), { crossings: false, maxLength: 1.9, labelChars: 0, directed: false });
    const search = r.fork('search');
    // The planted cycle's edges go in first: they prove a cycle exists whatever distractors follow.
    const cycle = findHamiltonianCycle(candidateAdjacency(built), () => search.next());
    if (!cycle || ![...cycle, cycle[0]].slice(1).every((v, k) => built.tryAdd(cycle[k], v))) return null;
    const extra = r.fork('extra');
    for (const [a, b] of extra.shuffle(built.candidates())) if (extra.chance(p.density)) built.tryAdd(a, b);
    const g: Graph = { labels: randomLabels(r.fork('labels'), p.nodes), directed: false, edges: built.placed.map(({ a, b }) => ({ a, b })) };
    return { g, built, cycle };
  });
  const { g, built, cycle } = made;
  const closed = [...cycle, cycle[0]];
  const count = countHamiltonianCycles(adjacency(g).map((l) => l.map((x) => x.to)));
  const degree = degrees(g);
  const rule = 'Find a cycle that visits every node exactly once, moving only along edges, and returns to its starting node.';
  const format = `Answer with all ${p.nodes} node labels in the order visited, separated by hyphens, starting anywhere and ending with the starting node again, inside answer tags, for example <answer>${exampleSequence(g, 4)}-...</answer>.`;
  const cycleEdges = closed.slice(1).map((v, k) => g.edges.find((e) => (e.a === v && e.b === closed[k]) || (e.b === v && e.a === closed[k]))!);
  return {
    question: `The image shows an undirected graph. ${rule} ${format}`,
    textOnly: `${edgeListText(g)}\n${rule} ${format}`,
    scene: graphScene(g, built),
    answer: closed.map((v) => g.labels[v]).join('-'),
    truth: graphTruth(g),
    evidence: [...g.labels.map(nodeId), ...cycleEdges.map((e) => edgeId(g, e))],
    features: { nodes: p.nodes, edges: g.edges.length, hamiltonianCycles: count.cycles, countComplete: count.complete ? 1 : 0, maxDegree: Math.max(...degree) },
    canonical: `hamiltonian-cycle:${canonicalGraph(g)}`,
  };
}

export const hamiltonianCycle: TaskDefinition<HamiltonianCycleParams, HamiltonianCycleTruth> = {
  name: 'hamiltonian-cycle',
  domain: 'graph',
  describe: 'Undirected graph with a planted Hamiltonian cycle plus distractor edges: a closed tour of every node once; any valid cycle (any start, either direction) is accepted',
  params: {
    nodes: { type: 'int', min: 4, max: 20, default: 9, describe: 'number of nodes' },
    density: { type: 'number', min: 0, max: 1, default: 0.6, describe: 'chance that each further drawable edge is added as a distractor' },
  },
  levels: {
    1: { nodes: 5, density: 0.3 },
    2: { nodes: 7, density: 0.45 },
    3: { nodes: 9, density: 0.6 },
    4: { nodes: 11, density: 0.75 },
    5: { nodes: 13, density: 0.9 },
  },
  generate,
  verifier: 'hamiltonian-cycle',
};
