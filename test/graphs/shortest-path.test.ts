import { describe, expect, it } from 'vitest';
import { make, neighbours, score, simplePaths } from './helpers.js';

const cost = (adj: Map<string, Map<string, number>>, p: string[]) => p.slice(1).reduce((s, v, k) => s + adj.get(p[k])!.get(v)!, 0);

describe('shortest-path', () => {
  it('gives the exact ground truth for a known seed', () => {
    const inst = make('shortest-path', 2, 'known-seed');
    expect(inst.truth).toMatchObject({ source: 'C', target: 'B', cost: 20 });
    expect(inst.answer).toBe('C-F-G-B');
    expect(inst.textOnly).toContain('A-E (length 4), A-H (length 3), B-D (length 9)');
  });

  it('agrees with brute force over all simple paths, and accepts every optimal path', () => {
    let ties = 0;
    let traps = 0;
    for (let i = 0; i < 40; i++) {
      const inst = make('shortest-path', (1 + (i % 2)) as 1 | 2, `brute-${i}`, { trap: i % 4 === 0 ? 1 : 0 });
      const t = inst.truth;
      const adj = neighbours(t);
      const paths = simplePaths(adj, t.source, t.target);
      const best = Math.min(...paths.map((p) => cost(adj, p)));
      expect(t.cost).toBe(best);
      const optimal = paths.filter((p) => cost(adj, p) === best);
      expect(inst.features.optimalPaths).toBe(optimal.length);
      // A trap: every route with the fewest edges costs more than the optimum.
      const fewest = Math.min(...paths.map((p) => p.length));
      const trap = Math.min(...paths.filter((p) => p.length === fewest).map((p) => cost(adj, p))) > best;
      expect(inst.features.trap).toBe(trap ? 1 : 0);
      if (trap) traps++;
      if (optimal.length > 1) ties++;
      for (const p of optimal) expect(score('shortest-path', t, p.join('-'))).toBe(1);
      for (const p of paths.filter((q) => cost(adj, q) > best)) expect(score('shortest-path', t, p.join('-'))).toBeLessThan(1);
    }
    expect(ties).toBeGreaterThan(0);
    expect(traps).toBeGreaterThanOrEqual(5);
  });

  it('accepts common separators and case', () => {
    const inst = make('shortest-path', 3, 'formats');
    const seq = inst.answer.split('-');
    for (const a of [seq.join(' -> '), seq.join(', '), seq.join(' '), seq.join('→').toLowerCase(), `Path: ${seq.join('-')}`, seq.join('')]) {
      expect(score('shortest-path', inst.truth, a), a).toBe(1);
    }
    expect(score('shortest-path', inst.truth, `The answer is \\boxed{${inst.answer}}`, true)).toBe(1);
  });

  it('rejects corrupted and adversarial answers', () => {
    const inst = make('shortest-path', 3, 'corrupt');
    const t = inst.truth;
    const seq = inst.answer.split('-');
    const adj = neighbours(t);
    const nonNeighbour = t.nodes.find((n: string) => n !== seq[0] && !adj.get(seq[0])!.has(n) && n !== t.target)!;
    const bad = [
      [seq[0], nonNeighbour, ...seq.slice(1)].join('-'), // a non-edge
      seq.slice().reverse().join('-'), // wrong direction: starts at the target
      seq.slice(0, -1).join('-'), // stops short
      [seq[0], seq[1], seq[0], ...seq.slice(1)].join('-'), // repeated node
      `${inst.answer} or ${seq.slice().reverse().join('-')}`,
      `${inst.answer}\n${inst.answer}`,
      `${inst.answer}; ${inst.answer}`,
      t.nodes.join('-'),
      `${t.source}-${t.target}`,
      inst.question,
    ];
    for (const a of bad) expect(score('shortest-path', t, a), a).toBeLessThan(1);
    // A longer detour along real edges: right ends, wrong cost.
    const detour = simplePaths(adj, t.source, t.target).find((p) => cost(adj, p) > t.cost);
    if (detour) expect(score('shortest-path', t, detour.join('-'))).toBeLessThan(1);
  });
});
