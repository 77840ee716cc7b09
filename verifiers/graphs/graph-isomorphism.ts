import type { VerifierDefinition } from '../registry.js';
import { checkGraph, EdgeIndex, type GraphTruth } from './graph.js';
import { AnswerError } from './parse.js';

interface IsomorphismTruth {
  left: GraphTruth;
  right: GraphTruth;
}

/** "A=P, B=Q", "A->P; B->Q", "A:P B:Q", "{A: P, B: Q}" → Map G-node → H-node. Anything else is an error. */
function parseMapping(text: string, from: readonly string[], to: readonly string[]): Map<string, string> {
  const s = text.toUpperCase().replace(/["'`]/g, '');
  const pair = /\b([A-Z][A-Z0-9]{0,2})\s*(?:=|->|→|:|\bTO\b|-)\s*([A-Z][A-Z0-9]{0,2})\b/g;
  const rest = s.replace(pair, ' ').replace(/[\s,;{}()[\].]+/g, '');
  if (rest) throw new AnswerError(`unexpected "${rest.slice(0, 20)}" in the mapping; write it as A=P, B=Q, ...`);
  const out = new Map<string, string>();
  for (const [, x, y] of s.matchAll(pair)) {
    if (!from.includes(x)) throw new AnswerError(`"${x}" is not a node of G`);
    if (!to.includes(y)) throw new AnswerError(`"${y}" is not a node of H`);
    if (out.has(x)) throw new AnswerError(`node ${x} is mapped twice`);
    out.set(x, y);
  }
  if (!out.size) throw new AnswerError('no pairs found');
  return out;
}

/**
 * Any bijection that carries G's edges exactly onto H's is correct (the graphs have equally many
 * edges, so edges onto edges suffices). parts.edges = share of G's edges mapped onto edges of H.
 */
export const graphIsomorphismVerifier: VerifierDefinition<IsomorphismTruth> = {
  name: 'graph-isomorphism',
  describe: 'graph isomorphism as a node mapping G→H: one-to-one, onto, every edge onto an edge; any valid mapping is accepted',
  tasks: ['graph-isomorphism'],
  checkTruth(t) {
    const x = t as IsomorphismTruth;
    if (!x || typeof x !== 'object') return 'truth must be an object';
    const bad = checkGraph(x.left) ?? checkGraph(x.right);
    if (bad) return bad;
    if (x.left.nodes.length !== x.right.nodes.length || x.left.edges.length !== x.right.edges.length) return 'left and right must have as many nodes and edges';
    return undefined;
  },
  judge(answer, t) {
    let map: Map<string, string>;
    try {
      map = parseMapping(answer, t.left.nodes, t.right.nodes);
    } catch (e) {
      if (e instanceof AnswerError) return { correct: false, reason: e.message, parts: { edges: 0 } };
      throw e;
    }
    const right = new EdgeIndex(t.right);
    const kept = t.left.edges.filter(([a, b]) => map.has(a) && map.has(b) && right.find(map.get(a)!, map.get(b)!) >= 0).length;
    const parts = { edges: kept / Math.max(1, t.left.edges.length) };
    const fail = (reason: string) => ({ correct: false, reason, parts, partial: parts.edges, parsed: Object.fromEntries(map) });
    const missing = t.left.nodes.find((v) => !map.has(v));
    if (missing) return fail(`node ${missing} of G is not mapped`);
    const images = [...map.values()];
    const twice = images.find((v, k) => images.indexOf(v) !== k);
    if (twice) return fail(`two nodes of G are mapped to ${twice}`);
    const broken = t.left.edges.find(([a, b]) => right.find(map.get(a)!, map.get(b)!) < 0);
    if (broken) return fail(`edge ${broken[0]}-${broken[1]} of G maps to ${map.get(broken[0])}-${map.get(broken[1])}, which is not an edge of H`);
    return { correct: true, reason: `a valid isomorphism: all ${t.left.edges.length} edges map onto edges`, parts, parsed: Object.fromEntries(map) };
  },
};
