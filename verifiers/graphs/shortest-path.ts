import type { VerifierDefinition } from '../registry.js';
import { checkGraph, EdgeIndex, type GraphTruth } from './graph.js';
import { AnswerError, parseSequence } from './parse.js';

interface ShortestPathTruth extends GraphTruth {
  source: string;
  target: string;
  cost: number;
}

function checkTruth(t: unknown): string | undefined {
  const bad = checkGraph(t, true);
  if (bad) return bad;
  const x = t as ShortestPathTruth;
  if (!x.nodes.includes(x.source) || !x.nodes.includes(x.target)) return 'source and target must be nodes';
  if (!(typeof x.cost === 'number' && x.cost > 0)) return 'cost must be a positive number';
  return undefined;
}

/**
 * Any path from source to target along existing edges whose total weight equals the optimum is
 * correct (ties are common). parts.validEdges = share of steps that are real edges,
 * parts.endpoints = share of the two ends right, parts.optimal = 1 only at the minimum cost.
 */
export const shortestPathVerifier: VerifierDefinition<ShortestPathTruth> = {
  name: 'shortest-path',
  describe: 'shortest path as a node sequence: real edges, right ends, no repeats, minimum total weight',
  tasks: ['shortest-path'],
  checkTruth,
  judge(answer, t) {
    let seq: string[];
    try {
      seq = parseSequence(answer, t.nodes, 2 * t.nodes.length);
    } catch (e) {
      if (e instanceof AnswerError) return { correct: false, reason: e.message, parts: { validEdges: 0, endpoints: 0, optimal: 0 } };
      throw e;
    }
    const idx = new EdgeIndex(t);
    const steps = seq.slice(1).map((v, k) => idx.find(seq[k], v));
    const real = steps.filter((e) => e >= 0).length;
    const endpoints = ((seq[0] === t.source ? 1 : 0) + (seq[seq.length - 1] === t.target ? 1 : 0)) / 2;
    const parts = { validEdges: steps.length ? real / steps.length : 0, endpoints, optimal: 0 };
    const partial = 0.5 * parts.validEdges + 0.3 * endpoints;
    const fail = (reason: string) => ({ correct: false, reason, parts, partial, parsed: seq });
    if (seq.length < 2) return fail('a path needs at least two nodes');
    if (seq[0] !== t.source) return fail(`the path starts at ${seq[0]}, not at ${t.source}`);
    if (seq[seq.length - 1] !== t.target) return fail(`the path ends at ${seq[seq.length - 1]}, not at ${t.target}`);
    const missing = steps.indexOf(-1);
    if (missing >= 0) return fail(`${seq[missing]}-${seq[missing + 1]} is not an edge of the graph`);
    const repeated = seq.find((v, k) => seq.indexOf(v) !== k);
    if (repeated) return fail(`node ${repeated} is visited twice`);
    const cost = steps.reduce((sum, e) => sum + idx.weight(e), 0);
    if (cost !== t.cost) return { ...fail(`the path has length ${cost}; the shortest has length ${t.cost}`), partial: partial + 0.2 * (t.cost / cost) };
    parts.optimal = 1;
    return { correct: true, reason: `valid path of minimum length ${cost}`, parts, parsed: seq };
  },
};
