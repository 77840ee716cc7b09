import type { Primitive } from '../../core/scene.js';
import type { Rng } from '../../core/rng.js';
import type { Instance, TaskDefinition } from '../../core/task.js';
import { DisjointSets, retry } from './build.js';
import { graphScene } from './draw.js';
import { canonicalGraph, degrees, edgeListText, graphTruth, nodeId, type Graph, type GraphTruth } from './graph.js';
import { EdgeBuilder, placeNodes, type Layout } from './layout.js';

export interface GraphIsomorphismParams {
  nodes: number;
  density: number;
}

export interface GraphIsomorphismTruth {
  /** Graph G (labels A, B, ...) and graph H (labels from the end of the alphabet), H a relabelled, redrawn G. */
  left: GraphTruth;
  right: GraphTruth;
}

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** Moves a primitive by (dx, dy) (the scene graph has no transforms). */
function shift(p: Primitive, dx: number, dy: number): Primitive {
  switch (p.type) {
    case 'group':
      return { ...p, children: p.children.map((c) => shift(c, dx, dy)) };
    case 'line':
      return { ...p, x1: p.x1 + dx, x2: p.x2 + dx, y1: p.y1 + dy, y2: p.y2 + dy };
    case 'circle':
    case 'arc':
      return { ...p, cx: p.cx + dx, cy: p.cy + dy };
    case 'polygon':
      return { ...p, points: p.points.map(([x, y]) => [x + dx, y + dy]) };
    default:
      return { ...p, x: p.x + dx, y: p.y + dy };
  }
}

/**
 * One graph drawn twice: on layout `one` without crossings (as G) and, under the node permutation
 * `perm`, on layout `two` with crossings allowed (as H). Every edge must be admitted by both
 * drawings, so edges are tried on H first and kept when G admits them too; H is then redrawn with
 * the kept edges only (fewer edges only relax the rules). Spanning tree first (connected), then
 * each further pair with chance `density`. Null when the layouts do not allow a connected graph.
 */
function drawTwice(r: Rng, one: Layout, two: Layout, perm: number[], density: number): { g: EdgeBuilder; h: EdgeBuilder } | null {
  const n = perm.length;
  const hRules = { crossings: true, maxLength: 8, labelChars: 0, directed: false };
  const g = new EdgeBuilder(one, { crossings: false, maxLength: 1.9, labelChars: 0, directed: false });
  const trial = new EdgeBuilder(two, hRules);
  const both = (a: number, b: number) => trial.tryAdd(perm[a], perm[b]) && g.tryAdd(a, b);
  const sets = new DisjointSets(n);
  const pool = r.shuffle(g.candidates());
  for (const [a, b] of pool) if (sets.find(a) !== sets.find(b) && both(a, b)) sets.union(a, b);
  if (sets.sets !== 1) return null;
  for (const [a, b] of pool) if (!g.has(a, b) && r.chance(density)) both(a, b);
  const h = new EdgeBuilder(two, hRules);
  for (const e of g.placed) if (!h.tryAdd(perm[e.a], perm[e.b])) return null;
  return { g, h };
}

function generate(rng: Rng, p: GraphIsomorphismParams): Instance<GraphIsomorphismTruth> {
  const n = p.nodes;
  const made = retry(rng, 'graph-isomorphism', p, (r) => {
    // The permutation and H's fresh layout keep the drawing from giving the mapping away by shape.
    const perm = r.fork('perm').shuffle([...Array(n).keys()]);
    // Cells capped at 96 px (130 for one graph): two graphs side by side stay near one graph's pixel count, and PNG cost follows pixels.
    const drawn = drawTwice(r.fork('edges'), placeNodes(r.fork('g'), n, 96), placeNodes(r.fork('h'), n, 96), perm, p.density);
    if (!drawn) return null;
    const g: Graph = { labels: r.fork('gl').shuffle([...LETTERS.slice(0, n)]), directed: false, edges: drawn.g.placed.map(({ a, b }) => ({ a, b })) };
    const h: Graph = { labels: r.fork('hl').shuffle([...LETTERS.slice(LETTERS.length - n)]), directed: false, edges: drawn.h.placed.map(({ a, b }) => ({ a, b })) };
    return { g, h, gBuilt: drawn.g, hBuilt: drawn.h, perm };
  });
  const { g, h, gBuilt, hBuilt, perm } = made;
  const left = graphScene(g, gBuilt);
  const right = graphScene(h, hBuilt);
  const gap = 70;
  const top = 40;
  const title = (text: string, x: number): Primitive => ({ type: 'text', id: `title-${text}`, x, y: 22, text, size: 18, weight: 'bold', align: 'center', baseline: 'middle', fill: '#111827' });
  const width = left.width + gap + right.width;
  const elements: Primitive[] = [
    title('G', left.width / 2),
    title('H', left.width + gap + right.width / 2),
    { type: 'line', x1: left.width + gap / 2, y1: 10, x2: left.width + gap / 2, y2: top + Math.max(left.height, right.height) - 10, stroke: '#d1d5db', lineWidth: 2, dash: [6, 6] },
    ...left.elements.map((q) => shift(q, 0, top)),
    ...right.elements.map((q) => shift(q, left.width + gap, top)),
  ];
  const sorted = (labels: string[]) => labels.slice().sort();
  const rule = 'Graphs G and H are isomorphic. Find a one-to-one mapping from the nodes of G to the nodes of H such that two nodes of G are joined by an edge exactly when their images in H are.';
  const format = `Answer with one pair per node of G, written G-node=H-node and separated by commas, inside answer tags, in the form <answer>${sorted(g.labels).slice(0, 2).map((x, k) => `${x}=${sorted(h.labels)[k]}`).join(', ')}, ...</answer> (format only). Any valid mapping is accepted.`;
  const answer = sorted(g.labels).map((x) => `${x}=${h.labels[perm[g.labels.indexOf(x)]]}`).join(', ');
  return {
    question: `The image shows two undirected graphs, G (left) and H (right). ${rule} ${format}`,
    textOnly: `Graph G: ${edgeListText(g)}\nGraph H: ${edgeListText(h)}\n${rule} ${format}`,
    scene: { kind: 'canvas', width, height: top + Math.max(left.height, right.height), background: '#ffffff', elements },
    answer,
    truth: { left: graphTruth(g), right: graphTruth(h) },
    evidence: [...g.labels.map(nodeId), ...h.labels.map(nodeId), ...left.elements.concat(right.elements).flatMap((q) => (q.type === 'line' && q.id ? [q.id] : []))],
    context: ['title-*'],
    features: { nodes: n, edges: g.edges.length, distinctDegrees: new Set(degrees(g)).size },
    canonical: `graph-isomorphism:${canonicalGraph(g)}|${canonicalGraph(h)}`,
  };
}

export const graphIsomorphism: TaskDefinition<GraphIsomorphismParams, GraphIsomorphismTruth> = {
  name: 'graph-isomorphism',
  domain: 'graph',
  describe: 'Two drawings of the same connected graph under different labels and layouts: give a node mapping; any isomorphism is accepted',
  params: {
    nodes: { type: 'int', min: 3, max: 13, default: 7, describe: 'nodes per graph (G uses the first letters, H the last)' },
    density: { type: 'number', min: 0, max: 1, default: 0.7, describe: 'chance that each further drawable edge is added beyond a spanning tree' },
  },
  levels: {
    1: { nodes: 4, density: 0.5 },
    2: { nodes: 5, density: 0.6 },
    3: { nodes: 7, density: 0.7 },
    4: { nodes: 9, density: 0.8 },
    5: { nodes: 11, density: 0.9 },
  },
  generate,
  verifier: 'graph-isomorphism',
};
