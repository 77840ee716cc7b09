import { describe, expect, it } from 'vitest';
import { make, neighbours, permutations, score } from './helpers.js';

type Truth = { nodes: string[]; directed: boolean; edges: [string, string][] };

describe('hamiltonian-path', () => {
  it('gives the exact ground truth for a known seed', () => {
    const inst = make('hamiltonian-path', 2, 'known-seed');
    expect(inst.answer).toBe('C-E-F-B-D-G-A');
    expect(inst.features).toMatchObject({ hamiltonianPaths: 1, countComplete: 1 });
  });

  it('agrees with brute force over all permutations: every Hamiltonian path scores 1, every other order < 1', () => {
    let several = 0;
    for (let i = 0; i < 14; i++) {
      const inst = make('hamiltonian-path', (1 + (i % 2)) as 1 | 2, `brute-${i}`);
      const t = inst.truth as Truth;
      const adj = neighbours(t);
      const all = permutations(t.nodes);
      const good = all.filter((o) => o.slice(1).every((v, k) => adj.get(o[k])!.has(v)));
      // Each undirected path appears twice among permutations (both directions).
      expect(inst.features.hamiltonianPaths).toBe(good.length / 2);
      if (good.length > 2) several++;
      for (const o of good) expect(score('hamiltonian-path', t, o.join('-'))).toBe(1);
      for (const o of all.filter((x) => !good.includes(x)).slice(0, 80)) expect(score('hamiltonian-path', t, o.join('-'))).toBeLessThan(1);
    }
    expect(several).toBeGreaterThan(0);
  });

  it('rejects repeats, gaps, non-edges and stuffing', () => {
    const inst = make('hamiltonian-path', 3, 'corrupt');
    const t = inst.truth as Truth;
    const seq = inst.answer.split('-');
    expect(score('hamiltonian-path', t, seq.slice().reverse().join(', '))).toBe(1);
    const adj = neighbours(t);
    const isPath = (o: string[]) => o.slice(1).every((v, k) => adj.get(o[k])!.has(v));
    const bad = [
      seq.slice(0, -1).join('-'), // a node missing
      [...seq, seq[0]].join('-'), // a node twice
      `${inst.answer} or ${seq.slice().reverse().join('-')}`,
      `${inst.answer}\n${inst.answer}`,
      inst.question,
    ];
    // Permutations that are not Hamiltonian paths (checked independently) use a non-edge.
    for (const o of [[seq[0], ...seq.slice(2), seq[1]], t.nodes, seq.slice().sort().reverse()]) if (!isPath(o)) bad.push(o.join('-'));
    expect(bad.length).toBeGreaterThan(5);
    for (const a of bad) expect(score('hamiltonian-path', t, a), a).toBeLessThan(1);
  });
});
