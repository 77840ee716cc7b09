import type { VerifierDefinition } from '../registry.js';
import { checkGraph, walk, type GraphTruth } from './graph.js';
import { AnswerError, parseSequence } from './parse.js';

/**
 * Any walk that uses every edge exactly once is correct. parts.validSteps = share of steps along
 * real edges, parts.coverage = share of edges used (once).
 */
export const eulerPathVerifier: VerifierDefinition<GraphTruth> = {
  name: 'euler-path',
  describe: 'Euler path as a node sequence: consecutive nodes joined by edges, every edge used exactly once',
  tasks: ['euler-path'],
  checkTruth: (t) => checkGraph(t),
  judge(answer, t) {
    let seq: string[];
    try {
      seq = parseSequence(answer, t.nodes, 2 * t.edges.length + 2);
    } catch (e) {
      if (e instanceof AnswerError) return { correct: false, reason: e.message, parts: { validSteps: 0, coverage: 0 } };
      throw e;
    }
    const w = walk(t, seq);
    const steps = Math.max(1, seq.length - 1);
    const used = new Set(w.edges);
    const parts = { validSteps: (w.bad < 0 ? seq.length - 1 : w.bad - 1) / steps, coverage: used.size / Math.max(1, t.edges.length) };
    const fail = (reason: string) => ({ correct: false, reason, parts, partial: 0.5 * parts.validSteps + 0.5 * parts.coverage, parsed: seq });
    if (seq.length < 2) return fail('a route needs at least two nodes');
    if (w.bad >= 0) return fail(`${seq[w.bad - 1]}-${seq[w.bad]} is not an edge of the graph`);
    const again = w.edges.findIndex((e, k) => w.edges.indexOf(e) !== k);
    if (again >= 0) return fail(`the edge ${seq[again]}-${seq[again + 1]} is used twice`);
    if (used.size < t.edges.length) {
      const [a, b] = t.edges.find((_, i) => !used.has(i))!;
      return fail(`the edge ${a}-${b} is never used (${t.edges.length - used.size} unused)`);
    }
    return { correct: true, reason: `uses all ${t.edges.length} edges exactly once`, parts, parsed: seq };
  },
};
