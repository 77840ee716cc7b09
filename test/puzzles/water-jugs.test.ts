import { describe, expect, it } from 'vitest';
import { Rng } from '../../core/rng.js';
import { allSteps, applyStep, searchJugs } from '../../generators/puzzles/water-jugs/search.js';
import { parseJugSteps } from '../../verifiers/puzzles/water-jugs.js';
import { makeItem, score, tagged } from './games-helpers.js';

/** Independent check: iterative-deepening depth-first search for the fewest steps to `target`. */
function iddfs(caps: number[], target: number, limit: number): number {
  const steps = allSteps(caps.length);
  const dfs = (s: number[], left: number): boolean => {
    if (s.includes(target)) return true;
    if (!left) return false;
    return steps.some((st) => dfs(applyStep(caps, s, st), left - 1));
  };
  for (let d = 0; d <= limit; d++) if (dfs(caps.map(() => 0), d)) return d;
  return -1;
}

const truth = (capacities: number[], target: number, optimal: number) => ({ capacities, target, optimal });

describe('water-jugs search', () => {
  it('matches iterative deepening on small jug sets, and finds no path to impossible amounts', () => {
    const rng = new Rng('jugs-brute');
    for (let k = 0; k < 12; k++) {
      const caps = [rng.int(2, 7), rng.int(2, 7)];
      const s = searchJugs(caps);
      for (let v = 1; v <= 7; v++) {
        const want = s.stepsTo.get(v) ?? -1;
        if (want > 7) continue; // beyond the brute-force budget
        expect(iddfs(caps, v, 7), `${caps} → ${v}`).toBe(want);
      }
    }
    expect(searchJugs([4, 6]).stepsTo.has(3)).toBe(false); // gcd 2: odd amounts are impossible
  });
});

describe('water-jugs task', () => {
  it('gives exact ground truth on a known seed', () => {
    const a = makeItem('water-jugs', 'known', 3);
    expect(a.truth).toEqual({ capacities: [11, 10], target: 7, optimal: 12 });
    expect(a.answer).toBe('fill B, B->A, fill B, B->A, empty A, B->A, fill B, B->A, empty A, B->A, fill B, B->A');
  });

  it('accepts both classic routes for 3 and 5 litres → 4, and longer ones', () => {
    const t = truth([3, 5], 4, 6);
    const short = 'fill B, B->A, empty A, B->A, fill B, B->A';
    const long = 'fill A, A->B, fill A, A->B, empty B, A->B, fill A, A->B';
    expect(score('water-jugs', tagged(short), t).score).toBe(1);
    expect(score('water-jugs', tagged(long), t).score).toBe(1);
    expect(score('water-jugs', tagged(`empty A, ${short}`), t).score).toBe(1);
    const words = '1. Fill jug B\n2. Pour B into A\n3. Empty the A jug\n4. pour B to A\n5. fill up B\n6. pour B A';
    expect(score('water-jugs', tagged(words), t).score).toBe(1);
    expect(score('water-jugs', tagged('fill(B); B → A; empty(A); B=>A; fill(B); B > A.'), t).score).toBe(1);
  });

  it('scores wrong, malformed, stuffed and echoed answers below 1', () => {
    const t = truth([3, 5], 4, 6);
    const v = score('water-jugs', tagged('fill B, B->A'), t, { partialCredit: true });
    expect(v.score).toBeGreaterThan(0);
    expect(v.score).toBeLessThan(1);
    expect(v.reason).toMatch(/A=3, B=2/);
    expect(score('water-jugs', tagged('fill C, C->A'), t).reason).toMatch(/does not exist/);
    expect(score('water-jugs', tagged('fill B, B->B'), t).reason).toMatch(/itself/);
    expect(score('water-jugs', tagged('fill B, B->A, empty A, B->A, fill B, B->A or fill A'), t).score).toBe(0);
    expect(score('water-jugs', tagged('4'), t).score).toBe(0);
    expect(score('water-jugs', tagged('add 4 litres to A'), t).score).toBe(0);
    const a = makeItem('water-jugs', 'echo', 3);
    expect(score('water-jugs', a.question, a.truth).score).toBe(0);
    expect(() => parseJugSteps('fill A, fill A, fill A', 2, 2)).toThrow(/more than 2/);
  });
});
