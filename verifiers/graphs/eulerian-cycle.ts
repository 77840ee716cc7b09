import type { VerifierDefinition } from '../registry.js';
import { eulerPathVerifier } from './euler-path.js';
import { checkGraph, type GraphTruth } from './graph.js';

/** An Euler path (judged by the euler-path verifier, with its parts) that ends where it started. */
export const eulerianCycleVerifier: VerifierDefinition<GraphTruth> = {
  name: 'eulerian-cycle',
  describe: 'Eulerian circuit as a node sequence: every edge exactly once, ending at the starting node',
  tasks: ['eulerian-cycle'],
  checkTruth: (t) => checkGraph(t),
  judge(answer, t, opts) {
    const trail = eulerPathVerifier.judge(answer, t, opts);
    if (!trail.correct) return trail;
    const seq = trail.parsed as string[];
    if (seq[0] !== seq[seq.length - 1]) return { correct: false, reason: `the route starts at ${seq[0]} but ends at ${seq[seq.length - 1]}; a circuit returns to its start`, parts: trail.parts, partial: 0.9, parsed: seq };
    return { ...trail, reason: `a circuit using all ${t.edges.length} edges exactly once` };
  },
};
