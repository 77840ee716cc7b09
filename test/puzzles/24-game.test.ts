import { describe, expect, it } from 'vitest';
import { Rng } from '../../core/rng.js';
import { frac, solve24, type Frac } from '../../generators/puzzles/24-game/solver.js';
import { makeItem, score, tagged } from './games-helpers.js';

/** Independent check: the classic search that picks two numbers, combines them and recurses. */
function bruteSolvable(values: Frac[], target: number): boolean {
  if (values.length === 1) return values[0].n === target && values[0].d === 1;
  for (let i = 0; i < values.length; i++) {
    for (let j = 0; j < values.length; j++) {
      if (i === j) continue;
      const [a, b] = [values[i], values[j]];
      const rest = values.filter((_, k) => k !== i && k !== j);
      const next = [frac(a.n * b.d + b.n * a.d, a.d * b.d), frac(a.n * b.d - b.n * a.d, a.d * b.d), frac(a.n * b.n, a.d * b.d)];
      if (b.n !== 0) next.push(frac(a.n * b.d, a.d * b.n));
      for (const v of next) if (bruteSolvable([...rest, v], target)) return true;
    }
  }
  return false;
}

const truth = (numbers: number[], target = 24) => ({ numbers, target, solutions: 1 });

describe('24-game solver', () => {
  it('knows classic sets', () => {
    expect(solve24([1, 1, 1, 1], 24).solutions).toBe(0);
    const s = solve24([3, 3, 8, 8], 24);
    expect(s.expression).toBe('8 / (3 - 8 / 3)');
    expect(solve24([3, 3, 8, 8], 24, { integersOnly: true }).solutions).toBe(0);
    expect(solve24([4, 4, 10, 10], 24, { noDivision: true }).solutions).toBe(0);
  });

  it('agrees with a pick-two brute force on random sets, and its expression is accepted', () => {
    const rng = new Rng('24-brute');
    for (let k = 0; k < 150; k++) {
      const nums = Array.from({ length: rng.int(2, 4) }, () => rng.int(1, 13));
      const target = rng.pick([24, 10, 7]);
      const s = solve24(nums, target);
      expect(s.solutions > 0, `${nums} → ${target}`).toBe(bruteSolvable(nums.map((x) => frac(x)), target));
      if (s.expression) expect(score('24-game', tagged(s.expression), truth(nums, target)).score).toBe(1);
    }
  });
});

describe('24-game task', () => {
  it('gives exact ground truth on a known seed', () => {
    const a = makeItem('24-game', 'known', 3);
    expect(a.truth.numbers).toEqual([6, 8, 9, 11]);
    expect(a.answer).toBe('6 / (11 - 9) * 8');
    expect(a.truth.solutions).toBe(5);
    expect(a.features.needsDivision).toBe(1);
  });

  it('accepts different correct expressions and spellings', () => {
    const t = truth([3, 3, 8, 8]);
    for (const ok of ['8 / (3 - 8 / 3)', '8/(3-(8/3))', '8 ÷ (3 − 8 ÷ 3)', '8 / (3 - 8/3) = 24', '\\left(8\\right) \\div (3 - 8 \\div 3)', '[8 / (3 - 8 / 3)]']) {
      expect(score('24-game', tagged(ok), t).score, ok).toBe(1);
    }
    const u = truth([1, 2, 3, 4]);
    for (const ok of ['1 * 2 * 3 * 4', '(1 + 2 + 3) * 4', '4 * 3 * 2 / 1', '(4 + 2) * (3 + 1)', '4 × 3 × 2 × 1']) expect(score('24-game', tagged(ok), u).score, ok).toBe(1);
  });

  it('rejects wrong values, reused or missing numbers, unary minus, functions, stuffing and echoes', () => {
    const u = truth([1, 2, 3, 4]);
    const bad: [string, RegExp][] = [
      ['1 + 2 + 3 + 4', /equals 10/],
      ['4 * 3 * 2 * 2', /must use 1, 2, 3, 4/],
      ['4 * 3 * 2', /must use/],
      ['4 * 3 * 2 * 1 * 1', /must use/],
      ['-(1 - 2 - 3) * 4 + 0', /not allowed|must use/],
      ['(1 - 3) * (2 - 4) * 6', /must use/],
      ['sqrt(576) + 0 * 1 * 2 * 3 * 4', /not allowed/],
      ['24', /must use/],
      ['12 * 2', /must use/],
      ['4(3 * 2 * 1)', /implicit/],
      ['1.0 * 2 * 3 * 4', /whole numbers/],
      ['1 * 2 * 3 * 4 = 25', /not 24/],
      ['1 * 2 * 3 * 4 = 24 = 24', /more than one/],
      ['1 * 2 * 3 * 4, (1 + 2 + 3) * 4', /./],
      ['1 * 2 * 3 * 4 or (1 + 2 + 3) * 4', /./],
      ['4 / (1 - 1) + 2 * 3', /must use/],
      ['x = 1 * 2 * 3 * 4', /./],
      ['0x1 * 2 * 3 * 4', /not allowed|must use/],
      ['(1 + 2) * 4 * 2 mod 3', /not allowed/],
      ['4! * 1 * 2 * 3 / 6', /not allowed|must use/],
      ['2^3 * 3 * 1 + 4 - 4', /not allowed|must use/],
    ];
    for (const [s, why] of bad) {
      const v = score('24-game', tagged(s), u);
      expect(v.score, s).toBe(0);
      expect(v.reason, s).toMatch(why);
    }
    const z = truth([0, 1, 2, 3]);
    expect(score('24-game', tagged('3 / 0 + 1 + 2'), z).score).toBe(0);
    const a = makeItem('24-game', 'echo', 2);
    expect(score('24-game', a.question, a.truth).score).toBe(0);
    expect(score('24-game', tagged(a.question), a.truth).score).toBe(0);
  });

  it('gives partial credit for the right numbers with a wrong value, never 1', () => {
    const v = score('24-game', tagged('1 + 2 + 3 + 4'), truth([1, 2, 3, 4]), { partialCredit: true });
    expect(v.score).toBeGreaterThan(0);
    expect(v.score).toBeLessThan(1);
    expect(v.parts?.numbers).toBe(1);
  });
});
