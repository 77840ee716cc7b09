import type { Graph } from './graph.js';

/**
 * A format example of `len` labels joined by `sep` that is never the answer: built from the
 * alphabetically first labels, reversed when that happens to equal `answer`.
 */
export function exampleSequence(g: Graph, len: number, answer: string, sep = '-'): string {
  const first = g.labels.slice().sort().slice(0, Math.max(2, Math.min(len, g.labels.length)));
  const ex = first.join(sep);
  return ex === answer ? first.reverse().join(sep) : ex;
}

/** "an undirected graph" / "a directed graph", for questions. */
export function kindText(g: Graph): string {
  return g.directed ? 'a directed graph (arrows show each edge’s direction)' : 'an undirected graph';
}
