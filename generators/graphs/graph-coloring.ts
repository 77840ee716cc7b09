import type { Rng } from '../../core/rng.js';
import type { Instance, TaskDefinition } from '../../core/task.js';
import { forestGraph, retry } from './build.js';
import { chromaticNumber } from './colouring.js';
import { graphScene } from './draw.js';
import { canonicalGraph, degrees, edgeId, edgeListText, graphTruth, nodeId, randomLabels, type Graph, type GraphTruth } from './graph.js';

export interface GraphColoringParams {
  nodes: number;
  colors: number;
  density: number;
  /** Only graphs that need all `colors` colours (k-1 colours provably fail). */
  tight: boolean;
}

export interface GraphColoringTruth extends GraphTruth {
  /** Colours 1..colors are allowed. */
  colors: number;
}

function generate(rng: Rng, p: GraphColoringParams): Instance<GraphColoringTruth> {
  const rules = { crossings: true, maxLength: 2.6, labelChars: 0, directed: false };
  const made = retry(rng, 'graph-coloring', p, (r) => {
    // Planted colouring: edges only join differently coloured nodes, which proves k colours suffice.
    const planted = r.fork('planted').shuffle(Array.from({ length: p.nodes }, (_, i) => i % p.colors));
    const f = forestGraph(r, p.nodes, rules, p.density, 1, (a, b) => planted[a] !== planted[b]);
    if (!f) return null;
    const g: Graph = { labels: randomLabels(r.fork('labels'), p.nodes), directed: false, edges: f.built.placed.map(({ a, b }) => ({ a, b })) };
    const chi = chromaticNumber(g);
    if (!chi) return null;
    // Tight items are kept only when the exhaustive search proves k-1 colours impossible.
    if (p.tight && chi.chromatic !== p.colors) return null;
    return { g, built: f.built, planted, chi };
  }, 'try tight=false, a higher density or fewer colors');
  const { g, built, planted, chi } = made;
  const order = g.labels.map((l, i) => [l, i] as const).sort((x, y) => (x[0] < y[0] ? -1 : 1));
  const answer = order.map(([l, i]) => `${l}=${planted[i] + 1}`).join(', ');
  const example = order.slice(0, 3).map(([l], k) => `${l}=${(k % 2) + 1}`).join(', ');
  const rule = `Colour every node with one of the colours 1 to ${p.colors} so that no two nodes joined by an edge get the same colour.`;
  const format = `Answer with each node's colour as label=colour, separated by commas, inside answer tags, for example <answer>${example}, ...</answer> listing all ${p.nodes} nodes.`;
  const degree = degrees(g);
  return {
    question: `The image shows an undirected graph. ${rule} ${format}`,
    textOnly: `${edgeListText(g)}\n${rule} ${format}`,
    scene: graphScene(g, built),
    answer,
    truth: { ...graphTruth(g), colors: p.colors },
    evidence: [...g.labels.map(nodeId), ...g.edges.map((e) => edgeId(g, e))],
    features: {
      nodes: p.nodes,
      edges: g.edges.length,
      colors: p.colors,
      chromatic: chi.chromatic,
      slack: p.colors - chi.chromatic,
      proofNodes: chi.proofNodes,
      maxDegree: Math.max(...degree),
    },
    canonical: `graph-coloring:${canonicalGraph(g)}:${p.colors}`,
  };
}

export const graphColoring: TaskDefinition<GraphColoringParams, GraphColoringTruth> = {
  name: 'graph-coloring',
  domain: 'graph',
  describe: 'Colour an undirected graph with k colours (a k-colouring provably exists; tight levels prove k-1 fail); any proper colouring is accepted',
  params: {
    nodes: { type: 'int', min: 3, max: 26, default: 9, describe: 'number of nodes' },
    colors: { type: 'int', min: 2, max: 6, default: 3, describe: 'colours allowed (k)' },
    density: { type: 'number', min: 0, max: 1, default: 0.7, describe: 'chance that each further drawable edge between differently planted colours is added' },
    tight: { type: 'boolean', default: true, describe: 'keep only graphs whose chromatic number is exactly k' },
  },
  levels: {
    1: { nodes: 5, colors: 3, density: 0.5, tight: false },
    2: { nodes: 7, colors: 3, density: 0.6, tight: false },
    3: { nodes: 9, colors: 3, density: 0.7, tight: true },
    4: { nodes: 11, colors: 4, density: 0.85, tight: true },
    5: { nodes: 14, colors: 4, density: 0.95, tight: true },
  },
  check: (p) => {
    if (p.colors > p.nodes) return `params.colors: got ${p.colors}; allowed: at most nodes (${p.nodes})`;
    // Drawable graphs (short edges, few crossings) almost never need 5 colours, so tight k ≥ 5 would only fail slowly.
    if (p.tight && p.colors > 4) return `params.colors: got ${p.colors}; allowed: at most 4 when tight is true`;
    return undefined;
  },
  generate,
  verifier: 'graph-coloring',
};
