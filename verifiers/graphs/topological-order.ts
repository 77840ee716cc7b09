import type { VerifierDefinition } from '../registry.js';
import { checkGraph, type GraphTruth } from './graph.js';
import { AnswerError, parseSequence } from './parse.js';

function checkTruth(t: unknown): string | undefined {
  return checkGraph(t) ?? ((t as GraphTruth).directed ? undefined : 'the graph must be directed');
}

/**
 * Any permutation of all nodes in which every edge points forward is correct.
 * parts.coverage = share of nodes listed (once), parts.respected = share of edges pointing forward.
 */
export const topologicalOrderVerifier: VerifierDefinition<GraphTruth> = {
  name: 'topological-order',
  describe: 'topological order: every node exactly once, every arrow from earlier to later',
  tasks: ['topological-order'],
  checkTruth,
  judge(answer, t) {
    let seq: string[];
    try {
      seq = parseSequence(answer, t.nodes, 2 * t.nodes.length);
    } catch (e) {
      if (e instanceof AnswerError) return { correct: false, reason: e.message, parts: { coverage: 0, respected: 0 } };
      throw e;
    }
    const at = new Map<string, number>();
    seq.forEach((v, k) => at.has(v) || at.set(v, k));
    const backward = t.edges.filter(([a, b]) => at.has(a) && at.has(b) && at.get(a)! > at.get(b)!);
    const parts = { coverage: at.size / t.nodes.length, respected: t.edges.length ? t.edges.filter(([a, b]) => at.get(a)! < at.get(b)!).length / t.edges.length : 1 };
    const fail = (reason: string) => ({ correct: false, reason, parts, partial: 0.5 * parts.coverage + 0.5 * parts.respected, parsed: seq });
    const repeated = seq.find((v, k) => at.get(v) !== k);
    if (repeated) return fail(`node ${repeated} is listed twice`);
    const missing = t.nodes.find((v) => !at.has(v));
    if (missing) return fail(`node ${missing} is missing`);
    if (backward.length) return fail(`the edge ${backward[0][0]}->${backward[0][1]} points backwards in the order${backward.length > 1 ? ` (${backward.length} edges do)` : ''}`);
    return { correct: true, reason: 'every node once and every edge points forward', parts, parsed: seq };
  },
};
