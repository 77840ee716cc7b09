import type { Verdict } from '../../core/task.js';
import type { VerifierDefinition } from '../registry.js';
import { checkGraph, type GraphTruth } from './graph.js';
import { AnswerError, parseInteger, parseNodeSet } from './parse.js';

interface ConnectedComponentsTruth extends GraphTruth {
  ask: 'count' | 'members';
  node?: string;
}

function checkTruth(t: unknown): string | undefined {
  const bad = checkGraph(t);
  if (bad) return bad;
  const x = t as ConnectedComponentsTruth;
  if (x.ask !== 'count' && x.ask !== 'members') return 'ask must be "count" or "members"';
  if (x.ask === 'members' && !x.nodes.includes(x.node as string)) return 'node must be a node of the graph';
  return undefined;
}

/** Component representative of every node (union–find with path halving). */
function componentsOf(t: GraphTruth): Map<string, string> {
  const parent = new Map(t.nodes.map((n) => [n, n]));
  const find = (x: string): string => {
    while (parent.get(x) !== x) {
      parent.set(x, parent.get(parent.get(x)!)!);
      x = parent.get(x)!;
    }
    return x;
  };
  for (const [a, b] of t.edges) parent.set(find(a), find(b));
  return new Map(t.nodes.map((n) => [n, find(n)]));
}

/**
 * Recomputes the components from the graph. 'count': the number must match. 'members': the listed
 * set must equal the marked node's component; parts.jaccard measures the overlap.
 */
export const connectedComponentsVerifier: VerifierDefinition<ConnectedComponentsTruth> = {
  name: 'connected-components',
  describe: 'connected components: the count, or the exact node set of a marked node’s component',
  tasks: ['connected-components'],
  checkTruth,
  judge(answer, t): Omit<Verdict, 'score'> & { partial?: number } {
    const comp = componentsOf(t);
    try {
      if (t.ask === 'count') {
        const count = new Set(comp.values()).size;
        const got = parseInteger(answer);
        if (got !== count) return { correct: false, reason: `answered ${got}; the graph has ${count} components`, parts: { count: 0 }, parsed: got };
        return { correct: true, reason: `${count} components`, parts: { count: 1 }, parsed: got };
      }
      const truthSet = t.nodes.filter((n) => comp.get(n) === comp.get(t.node!));
      const got = parseNodeSet(answer, t.nodes);
      const inter = got.filter((n) => truthSet.includes(n)).length;
      const jaccard = inter / (got.length + truthSet.length - inter);
      const parts = { jaccard };
      const extra = got.find((n) => !truthSet.includes(n));
      if (extra) return { correct: false, reason: `${extra} is not reachable from ${t.node}`, parts, partial: jaccard, parsed: got };
      const missing = truthSet.find((n) => !got.includes(n));
      if (missing) return { correct: false, reason: `${missing} is reachable from ${t.node} but not listed`, parts, partial: jaccard, parsed: got };
      return { correct: true, reason: `exactly the ${truthSet.length} nodes of ${t.node}'s component`, parts, parsed: got };
    } catch (e) {
      if (e instanceof AnswerError) return { correct: false, reason: e.message, parts: t.ask === 'count' ? { count: 0 } : { jaccard: 0 } };
      throw e;
    }
  },
};
