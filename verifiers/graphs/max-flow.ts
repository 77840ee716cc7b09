import type { VerifierDefinition } from '../registry.js';
import { checkGraph, type GraphTruth } from './graph.js';
import { AnswerError, parseInteger } from './parse.js';

interface MaxFlowTruth extends GraphTruth {
  source: string;
  sink: string;
  value: number;
}

function checkTruth(t: unknown): string | undefined {
  const bad = checkGraph(t, true);
  if (bad) return bad;
  const x = t as MaxFlowTruth;
  if (!x.nodes.includes(x.source) || !x.nodes.includes(x.sink)) return 'source and sink must be nodes';
  return Number.isInteger(x.value) && x.value >= 0 ? undefined : 'value must be a whole number';
}

/** The maximum flow value (computed by the generator's max-flow algorithm) must match exactly. */
export const maxFlowVerifier: VerifierDefinition<MaxFlowTruth> = {
  name: 'max-flow',
  describe: 'max-flow value: one whole number, exact match',
  tasks: ['max-flow'],
  checkTruth,
  judge(answer, t) {
    let got: number;
    try {
      got = parseInteger(answer);
    } catch (e) {
      if (e instanceof AnswerError) return { correct: false, reason: e.message, parts: { value: 0 } };
      throw e;
    }
    if (got !== t.value) return { correct: false, reason: `answered ${got}; the maximum flow is ${t.value}`, parts: { value: 0 }, parsed: got };
    return { correct: true, reason: `maximum flow ${got}`, parts: { value: 1 }, parsed: got };
  },
};
