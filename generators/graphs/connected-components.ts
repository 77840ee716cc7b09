import type { Rng } from '../../core/rng.js';
import type { Instance, TaskDefinition } from '../../core/task.js';
import { forestGraph, retry } from './build.js';
import { graphScene, MARK_FILL } from './draw.js';
import { canonicalGraph, components, edgeId, edgeListText, graphTruth, nodeId, randomLabels, type Graph, type GraphTruth } from './graph.js';

export interface ConnectedComponentsParams {
  nodes: number;
  components: number;
  density: number;
  /** 'count': how many components; 'members': which nodes share X's component; 'mixed': either. */
  ask: 'count' | 'members' | 'mixed';
  crossings: boolean;
}

export interface ConnectedComponentsTruth extends GraphTruth {
  ask: 'count' | 'members';
  /** The node whose component is asked for ('members' only). */
  node?: string;
}

function generate(rng: Rng, p: ConnectedComponentsParams): Instance<ConnectedComponentsTruth> {
  const rules = { crossings: p.crossings, maxLength: 2.4, labelChars: 0, directed: false };
  // A spanning forest with exactly `components` trees; extra edges stay inside trees.
  const made = retry(rng, 'connected-components', p, (r) => {
    // Trees grow in random edge order (not short edges first) and none past ~1.5× the mean size:
    // components then interleave in space and are of similar size, rather than one big island and
    // a few isolated nodes.
    const cap = Math.ceil((1.5 * p.nodes) / p.components);
    const f = forestGraph(r, p.nodes, rules, p.density, p.components, undefined, false, cap);
    return f ? { f, r } : null;
  });
  const { f, r } = made;
  const g: Graph = { labels: randomLabels(r.fork('labels'), p.nodes), directed: false, edges: f.built.placed.map(({ a, b }) => ({ a, b })) };
  const { comp, count } = components(g);
  const ask = p.ask === 'mixed' ? (r.fork('ask').chance(0.5) ? 'count' : 'members') : p.ask;
  const sizes = Array.from({ length: count }, (_, c) => comp.filter((x) => x === c).length);
  const common = {
    truth: graphTruth(g),
    features: { nodes: p.nodes, edges: g.edges.length, components: count, isolated: sizes.filter((s) => s === 1).length, largest: Math.max(...sizes), crossings: p.crossings ? 1 : 0 },
  };
  const canonical = `connected-components:${canonicalGraph(g)}`;
  if (ask === 'count') {
    const rule = 'Two nodes are in the same connected component when a chain of edges joins them; a node without edges is a component on its own.';
    const format = 'Answer with one whole number inside answer tags, in the form <answer>0</answer> (format only).';
    return {
      question: `The image shows an undirected graph. How many connected components does it have? ${rule} ${format}`,
      textOnly: `${edgeListText(g)}\nHow many connected components does this graph have? ${rule} ${format}`,
      scene: graphScene(g, f.built),
      answer: String(count),
      truth: { ...common.truth, ask },
      evidence: [...g.labels.map(nodeId), ...g.edges.map((e) => edgeId(g, e))],
      features: { ...common.features, askCount: 1, componentSize: 0 },
      canonical: `${canonical}:count`,
    };
  }
  const x = r.fork('node').int(0, p.nodes - 1);
  const X = g.labels[x];
  const members = g.labels.filter((_, v) => comp[v] === comp[x]).sort();
  const rule = `List every node that can be reached from ${X} along edges, including ${X} itself.`;
  // The example holds a node outside X's component (or too few nodes), so it is never the answer.
  const outside = g.labels.filter((l) => !members.includes(l)).sort();
  const example = outside.length ? [X, outside[0]] : [X];
  const format = `Answer with the node labels separated by commas, in any order, inside answer tags, for example <answer>${example.join(', ')}</answer> (format only).`;
  return {
    question: `The image shows an undirected graph; node ${X} is shaded blue. ${rule} ${format}`,
    textOnly: `${edgeListText(g)}\n${rule} ${format}`,
    scene: graphScene(g, f.built, { [x]: { fill: MARK_FILL } }),
    answer: members.join(', '),
    truth: { ...common.truth, ask, node: X },
    evidence: [...members.map(nodeId), ...g.edges.filter((e) => comp[e.a] === comp[x]).map((e) => edgeId(g, e))],
    features: { ...common.features, askCount: 0, componentSize: members.length },
    canonical: `${canonical}:members:${X}`,
  };
}

export const connectedComponents: TaskDefinition<ConnectedComponentsParams, ConnectedComponentsTruth> = {
  name: 'connected-components',
  domain: 'graph',
  describe: 'Undirected graph of several components: count them, or list the component of a marked node',
  params: {
    nodes: { type: 'int', min: 3, max: 26, default: 12, describe: 'number of nodes' },
    components: { type: 'int', min: 1, max: 10, default: 3, describe: 'number of connected components (isolated nodes count)' },
    density: { type: 'number', min: 0, max: 1, default: 0.5, describe: 'chance that each further drawable edge inside a component is added' },
    ask: { type: 'enum', values: ['count', 'members', 'mixed'], default: 'mixed', describe: 'question asked: component count, members of a marked node’s component, or either at random' },
    crossings: { type: 'boolean', default: true, describe: 'allow edges to cross (never through nodes)' },
  },
  levels: {
    1: { nodes: 6, components: 2, density: 0.3, crossings: false },
    2: { nodes: 9, components: 3, density: 0.4, crossings: false },
    3: { nodes: 12, components: 3, density: 0.5, crossings: true },
    4: { nodes: 15, components: 4, density: 0.6, crossings: true },
    5: { nodes: 18, components: 5, density: 0.7, crossings: true },
  },
  check: (p) => (p.components > p.nodes ? `params.components: got ${p.components}; allowed: at most nodes (${p.nodes})` : undefined),
  generate,
  verifier: 'connected-components',
};
