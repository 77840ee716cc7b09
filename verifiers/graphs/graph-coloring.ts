import type { VerifierDefinition } from '../registry.js';
import { checkGraph, type GraphTruth } from './graph.js';
import { AnswerError, parseAssignment } from './parse.js';

interface GraphColoringTruth extends GraphTruth {
  colors: number;
}

function checkTruth(t: unknown): string | undefined {
  const bad = checkGraph(t);
  if (bad) return bad;
  const k = (t as GraphColoringTruth).colors;
  return Number.isInteger(k) && k >= 1 ? undefined : 'colors must be a positive integer';
}

/**
 * Checks the colouring against the rules (any proper colouring with colours 1..k is correct):
 * parts.assigned = share of nodes given an allowed colour, parts.properEdges = share of edges whose
 * ends differ (counted over edges with both ends coloured).
 */
export const graphColoringVerifier: VerifierDefinition<GraphColoringTruth> = {
  name: 'graph-coloring',
  describe: 'graph colouring: every node a colour 1..k, no edge joins two nodes of one colour',
  tasks: ['graph-coloring'],
  checkTruth,
  judge(answer, t) {
    let colours: Map<string, number>;
    try {
      colours = parseAssignment(answer, t.nodes);
    } catch (e) {
      if (e instanceof AnswerError) return { correct: false, reason: e.message, parts: { assigned: 0, properEdges: 0 } };
      throw e;
    }
    const allowed = (c: number | undefined) => c !== undefined && c >= 1 && c <= t.colors;
    const assigned = t.nodes.filter((n) => allowed(colours.get(n))).length / t.nodes.length;
    const judged = t.edges.filter(([a, b]) => colours.has(b) && colours.has(a));
    const clashes = judged.filter(([a, b]) => colours.get(a) === colours.get(b));
    const properEdges = judged.length ? (judged.length - clashes.length) / t.edges.length : t.edges.length ? 0 : 1;
    const parts = { assigned, properEdges };
    const parsed = Object.fromEntries(colours);
    const fail = (reason: string) => ({ correct: false, reason, parts, partial: 0.5 * assigned + 0.5 * properEdges, parsed });
    const missing = t.nodes.find((n) => !colours.has(n));
    if (missing) return fail(`node ${missing} has no colour`);
    const outside = t.nodes.find((n) => !allowed(colours.get(n)));
    if (outside) return fail(`node ${outside} has colour ${colours.get(outside)}; allowed colours are 1 to ${t.colors}`);
    if (clashes.length) return fail(`edge ${clashes[0][0]}-${clashes[0][1]} joins two nodes of colour ${colours.get(clashes[0][0])}${clashes.length > 1 ? ` (${clashes.length} clashing edges)` : ''}`);
    return { correct: true, reason: `proper colouring with at most ${t.colors} colours`, parts, parsed };
  },
};
