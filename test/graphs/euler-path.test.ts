import { describe, expect, it } from 'vitest';
import { make, neighbours, score } from './helpers.js';

type Truth = { nodes: string[]; directed: boolean; edges: [string, string][] };

/** Every Euler trail as a node sequence (exhaustive edge-by-edge search; small graphs only). */
function eulerTrails(t: Truth): string[][] {
  const used = new Set<number>();
  const out: string[][] = [];
  const seq: string[] = [];
  const go = (v: string) => {
    seq.push(v);
    if (used.size === t.edges.length) out.push(seq.slice());
    t.edges.forEach(([a, b], i) => {
      if (used.has(i) || (a !== v && b !== v)) return;
      used.add(i);
      go(a === v ? b : a);
      used.delete(i);
    });
    seq.pop();
  };
  for (const n of t.nodes) go(n);
  return out;
}

describe('euler-path', () => {
  it('gives the exact ground truth for a known seed', () => {
    const inst = make('euler-path', 2, 'known-seed');
    expect(inst.answer).toBe('A-C-E-F-G-D-B-F');
    expect(inst.features).toMatchObject({ nodes: 7, edges: 7, oddNodes: 2 });
  });

  it('builds graphs that satisfy Euler’s condition, and every trail found by brute force scores 1', () => {
    for (let i = 0; i < 16; i++) {
      const inst = make('euler-path', (1 + (i % 2)) as 1 | 2, `brute-${i}`);
      const t = inst.truth as Truth;
      const adj = neighbours(t);
      const odd = t.nodes.filter((n) => adj.get(n)!.size % 2 === 1).length;
      expect([0, 2]).toContain(odd);
      expect(inst.features.oddNodes).toBe(odd);
      const trails = eulerTrails(t);
      expect(trails.length).toBeGreaterThan(0);
      for (const tr of trails.slice(0, 50)) expect(score('euler-path', t, tr.join('-'))).toBe(1);
      expect(trails.map((x) => x.join('-'))).toContain(inst.answer);
    }
  });

  it('accepts the reversed trail; rejects unused, reused and invented edges and stuffing', () => {
    const inst = make('euler-path', 3, 'corrupt');
    const t = inst.truth as Truth;
    const seq = inst.answer.split('-');
    expect(score('euler-path', t, seq.slice().reverse().join(' -> '))).toBe(1);
    const adj = neighbours(t);
    const nonEdge = t.nodes.find((n) => n !== seq[seq.length - 1] && !adj.get(seq[seq.length - 1])!.has(n))!;
    const bad = [
      seq.slice(0, -1).join('-'), // last edge unused
      [...seq, seq[seq.length - 2]].join('-'), // last edge used twice
      [...seq, nonEdge].join('-'), // a non-edge
      `${inst.answer} or ${seq.slice().reverse().join('-')}`,
      `${inst.answer}; ${inst.answer}`,
      t.nodes.join('-'),
      inst.question,
    ];
    for (const a of bad) expect(score('euler-path', t, a), a).toBeLessThan(1);
  });
});
