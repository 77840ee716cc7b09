// Exact k-colourability by backtracking, written out because no maintained JS graph library offers an
// exact (not greedy) colouring with a proof of impossibility. Graphs here have ≤ 26 nodes, so a
// plain search with two standard prunings is instant: nodes go most-constrained-first (degree
// order), and a node may open at most one new colour (colour names are interchangeable, so trying
// two unused colours would only repeat the same subtree).
import { adjacency, type Graph } from './graph.js';

export interface ColourSearch {
  /** A proper colouring with colours 0..k-1, or null when none exists (or the budget ran out). */
  colouring: number[] | null;
  /** False when the search stopped at its budget without an answer either way. */
  complete: boolean;
  /** Search nodes visited: the size of the proof when the answer is "none". */
  nodes: number;
}

export function colourWith(g: Graph, k: number, budget = 2_000_000): ColourSearch {
  const n = g.labels.length;
  const adj = adjacency(g).map((list) => list.map((x) => x.to));
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => adj[b].length - adj[a].length || a - b);
  const colour = new Array<number>(n).fill(-1);
  let nodes = 0;
  const place = (i: number, used: number): boolean => {
    if (++nodes > budget) return false;
    if (i === n) return true;
    const v = order[i];
    for (let c = 0; c < Math.min(k, used + 1); c++) {
      if (adj[v].some((u) => colour[u] === c)) continue;
      colour[v] = c;
      if (place(i + 1, Math.max(used, c + 1))) return true;
    }
    colour[v] = -1;
    return false;
  };
  const found = place(0, 0);
  return { colouring: found ? colour : null, complete: found || nodes <= budget, nodes };
}

/**
 * Chromatic number (graphs without edges need 1 colour) and the search size of the proof that one
 * fewer fails; null when a search ran out of budget (the caller draws another graph).
 */
export function chromaticNumber(g: Graph): { chromatic: number; proofNodes: number } | null {
  let proofNodes = 0;
  for (let k = 1; ; k++) {
    const s = colourWith(g, k);
    if (s.colouring) return { chromatic: k, proofNodes };
    if (!s.complete) return null;
    proofNodes = s.nodes;
  }
}
