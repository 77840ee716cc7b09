import type { Rng } from '../../core/rng.js';
import type { Instance, TaskDefinition } from '../../core/task.js';
import { candidateAdjacency, retry } from './build.js';
import { graphScene } from './draw.js';
import { adjacency, canonicalGraph, degrees, edgeId, edgeListText, graphTruth, nodeId, randomLabels, type Graph, type GraphTruth } from './graph.js';
import { countHamiltonian, findHamiltonian } from './hamilton.js';
import { EdgeBuilder, placeNodes } from './layout.js';
import { exampleSequence } from './prompt.js';

export interface HamiltonianPathParams {
  nodes: number;
  density: number;
}

export type HamiltonianPathTruth = GraphTruth;

function generate(rng: Rng, p: HamiltonianPathParams): Instance<HamiltonianPathTruth> {
  const made = retry(rng, 'hamiltonian-path', p, (r) => {
    const built = new EdgeBuilder(placeNodes(r.fork('nodes'), p.nodes), { crossings: false, maxLength: 1.9, labelChars: 0, directed: false });
    const search = r.fork('search');
    // Planted path first: its edges go in before any distractor, so the path proves existence.
    const path = findHamiltonian(candidateAdjacency(built), () => search.next());
    if (!path || !path.slice(1).every((v, k) => built.tryAdd(path[k], v))) return null;
    const extra = r.fork('extra');
    for (const [a, b] of extra.shuffle(built.candidates())) if (extra.chance(p.density)) built.tryAdd(a, b);
    const g: Graph = { labels: randomLabels(r.fork('labels'), p.nodes), directed: false, edges: built.placed.map(({ a, b }) => ({ a, b })) };
    return { g, built, path };
  });
  const { g, built, path } = made;
  const answer = path.map((v) => g.labels[v]).join('-');
  const count = countHamiltonian(adjacency(g).map((l) => l.map((x) => x.to)));
  const degree = degrees(g);
  const rule = 'Find a path that visits every node exactly once, moving only along edges (it may start and end at any nodes).';
  const format = `Answer with all ${p.nodes} node labels in the order visited, separated by hyphens, inside answer tags, for example <answer>${exampleSequence(g, 4)}-...</answer>.`;
  const pathEdges = path.slice(1).map((v, k) => g.edges.find((e) => (e.a === v && e.b === path[k]) || (e.b === v && e.a === path[k]))!);
  return {
    question: `The image shows an undirected graph. ${rule} ${format}`,
    textOnly: `${edgeListText(g)}\n${rule} ${format}`,
    scene: graphScene(g, built),
    answer,
    truth: graphTruth(g),
    evidence: [...g.labels.map(nodeId), ...pathEdges.map((e) => edgeId(g, e))],
    features: {
      nodes: p.nodes,
      edges: g.edges.length,
      hamiltonianPaths: count.paths,
      countComplete: count.complete ? 1 : 0,
      searchSteps: count.steps,
      leaves: degree.filter((d) => d === 1).length,
    },
    canonical: `hamiltonian-path:${canonicalGraph(g)}`,
  };
}

export const hamiltonianPath: TaskDefinition<HamiltonianPathParams, HamiltonianPathTruth> = {
  name: 'hamiltonian-path',
  domain: 'graph',
  describe: 'Undirected graph with a planted Hamiltonian path plus distractor edges: visit every node once; any valid path is accepted',
  params: {
    nodes: { type: 'int', min: 4, max: 20, default: 9, describe: 'number of nodes' },
    density: { type: 'number', min: 0, max: 1, default: 0.7, describe: 'chance that each further drawable edge is added as a distractor' },
  },
  levels: {
    1: { nodes: 5, density: 0.3 },
    2: { nodes: 7, density: 0.5 },
    3: { nodes: 9, density: 0.7 },
    4: { nodes: 11, density: 0.85 },
    5: { nodes: 13, density: 1 },
  },
  generate,
  verifier: 'hamiltonian-path',
};
