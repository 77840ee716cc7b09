import type { Graph } from './graph.js';

/**
 * A format example of `len` labels joined by `sep` that can never be a correct answer: its first
 * two labels are not joined by an edge, so it is no path, trail or walk of the graph (an echoed
 * question must not earn a reward). Falls back to the first labels for a complete graph.
 */
export function exampleSequence(g: Graph, len: number, sep = '-'): string {
  const sorted = g.labels.slice().sort();
  const joined = new Set(g.edges.flatMap((e) => [`${g.labels[e.a]}|${g.labels[e.b]}`, `${g.labels[e.b]}|${g.labels[e.a]}`]));
  let pair: string[] = sorted.slice(0, 2);
  search: for (const x of sorted) {
    for (const y of sorted) {
      if (x !== y && !joined.has(`${x}|${y}`)) {
        pair = [x, y];
        break search;
      }
    }
  }
  const rest = sorted.filter((l) => !pair.includes(l));
  return [...pair, ...rest].slice(0, Math.max(2, Math.min(len, g.labels.length))).join(sep);
}
