import type { VerifierDefinition } from '../registry.js';
import { checkGraph, EdgeIndex, type GraphTruth } from './graph.js';
import { hamiltonianPathVerifier } from './hamiltonian-path.js';
import { AnswerError, parseSequence } from './parse.js';

/**
 * A Hamiltonian path whose last node is joined to its first. The start may be repeated at the end
 * ("A-B-C-A") or left implied ("A-B-C"); any start and either direction is accepted. The path part
 * is judged by the hamiltonian-path verifier (its parts: coverage, validSteps).
 */
export const hamiltonianCycleVerifier: VerifierDefinition<GraphTruth> = {
  name: 'hamiltonian-cycle',
  describe: 'Hamiltonian cycle as a node sequence: every node exactly once, consecutive nodes and last-to-first joined by edges',
  tasks: ['hamiltonian-cycle'],
  checkTruth: (t) => checkGraph(t),
  judge(answer, t, opts) {
    let seq: string[];
    try {
      seq = parseSequence(answer, t.nodes, 2 * t.nodes.length + 1);
    } catch (e) {
      if (e instanceof AnswerError) return { correct: false, reason: e.message, parts: { coverage: 0, validSteps: 0 } };
      throw e;
    }
    const open = seq.length > 1 && seq[0] === seq[seq.length - 1] ? seq.slice(0, -1) : seq;
    const path = hamiltonianPathVerifier.judge(open.join('-'), t, opts);
    if (!path.correct) return { ...path, parsed: seq };
    if (new EdgeIndex(t).find(open[open.length - 1], open[0]) < 0) {
      return { correct: false, reason: `${open[open.length - 1]}-${open[0]} is not an edge: the tour does not close`, parts: path.parts, partial: 0.9, parsed: seq };
    }
    return { correct: true, reason: `a closed tour through all ${t.nodes.length} nodes once`, parts: path.parts, parsed: seq };
  },
};
