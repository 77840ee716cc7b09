import type { VerifierDefinition } from '../registry.js';
import { checkGraph, walk, type GraphTruth } from './graph.js';
import { AnswerError, parseSequence } from './parse.js';

/**
 * Any ordering of all nodes, each once, with consecutive nodes joined by edges is correct.
 * parts.coverage = share of nodes visited, parts.validSteps = share of steps along real edges.
 */
export const hamiltonianPathVerifier: VerifierDefinition<GraphTruth> = {
  name: 'hamiltonian-path',
  describe: 'Hamiltonian path as a node sequence: every node exactly once, consecutive nodes joined by edges',
  tasks: ['hamiltonian-path'],
  checkTruth: (t) => checkGraph(t),
  judge(answer, t) {
    let seq: string[];
    try {
      seq = parseSequence(answer, t.nodes, 2 * t.nodes.length);
    } catch (e) {
      if (e instanceof AnswerError) return { correct: false, reason: e.message, parts: { coverage: 0, validSteps: 0 } };
      throw e;
    }
    const w = walk(t, seq);
    const steps = Math.max(1, seq.length - 1);
    const parts = { coverage: new Set(seq).size / t.nodes.length, validSteps: (w.bad < 0 ? seq.length - 1 : w.bad - 1) / steps };
    const fail = (reason: string) => ({ correct: false, reason, parts, partial: 0.5 * parts.coverage + 0.5 * parts.validSteps, parsed: seq });
    const repeated = seq.find((v, k) => seq.indexOf(v) !== k);
    if (repeated) return fail(`node ${repeated} is visited twice`);
    const missing = t.nodes.find((v) => !seq.includes(v));
    if (missing) return fail(`node ${missing} is never visited`);
    if (w.bad >= 0) return fail(`${seq[w.bad - 1]}-${seq[w.bad]} is not an edge of the graph`);
    return { correct: true, reason: `visits all ${t.nodes.length} nodes once along edges`, parts, parsed: seq };
  },
};
