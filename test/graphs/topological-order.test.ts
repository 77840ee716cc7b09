import { describe, expect, it } from 'vitest';
import { make, permutations, score } from './helpers.js';

type Truth = { nodes: string[]; edges: [string, string][] };
const valid = (t: Truth, order: string[]) => t.edges.every(([a, b]) => order.indexOf(a) < order.indexOf(b));

describe('topological-order', () => {
  it('gives the exact ground truth for a known seed', () => {
    const inst = make('topological-order', 2, 'known-seed');
    expect(inst.answer).toBe('F-D-A-E-B-G-C');
    expect(inst.truth.edges).toContainEqual(['G', 'C']);
    expect(inst.features).toMatchObject({ validOrders: 30, longestPath: 3, sources: 1 });
  });

  it('agrees with brute force over all permutations: every valid order scores 1, every other < 1', () => {
    for (let i = 0; i < 12; i++) {
      const inst = make('topological-order', (1 + (i % 2)) as 1 | 2, `brute-${i}`);
      const t = inst.truth as Truth;
      const all = permutations(t.nodes);
      const good = all.filter((o) => valid(t, o));
      expect(inst.features.validOrders).toBe(good.length);
      expect(good.length).toBeGreaterThan(0);
      for (const o of good.slice(0, 60)) expect(score('topological-order', t, o.join('-'))).toBe(1);
      for (const o of all.filter((x) => !valid(t, x)).slice(0, 60)) expect(score('topological-order', t, o.join('-'))).toBeLessThan(1);
    }
  });

  it('accepts separators and case; rejects backwards edges, gaps, repeats and stuffing', () => {
    const inst = make('topological-order', 3, 'corrupt');
    const t = inst.truth as Truth;
    const seq = inst.answer.split('-');
    for (const a of [seq.join(' -> '), seq.join(', ').toLowerCase(), seq.join(' '), `Order: ${seq.join('-')}`]) expect(score('topological-order', t, a), a).toBe(1);
    const [x, y] = t.edges[0];
    const swapped = seq.map((v) => (v === x ? y : v === y ? x : v));
    const bad = [
      swapped.join('-'), // the first edge now points backwards
      seq.slice().reverse().join('-'),
      seq.slice(1).join('-'), // a node missing
      [...seq, seq[0]].join('-'), // a node twice
      `${inst.answer} or ${swapped.join('-')}`,
      `${inst.answer}\n${inst.answer}`,
      inst.question,
    ];
    for (const a of bad) expect(score('topological-order', t, a), a).toBeLessThan(1);
  });
});
