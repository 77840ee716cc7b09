import { describe, expect, it } from 'vitest';
import { resolveParams } from '../../core/params.js';
import { deriveSeed, Rng } from '../../core/rng.js';
import { LEVELS, type Level } from '../../core/task.js';
import { maxProfit as greedyProfit } from '../../generators/algorithms/best-time-to-buy-stock.js';
import { mostWater as twoPointerWater } from '../../generators/algorithms/container-with-most-water.js';
import { hillsAndValleys as runHills } from '../../generators/algorithms/count-hills-valleys.js';
import { hIndex as sortedH } from '../../generators/algorithms/h-index.js';
import { algorithmTasks } from '../../generators/algorithms/index.js';
import { largestRectangle as stackRectangle } from '../../generators/algorithms/largest-rectangle-histogram.js';
import { longestIncreasing } from '../../generators/algorithms/longest-increasing-subsequence.js';
import { trappedWater } from '../../generators/algorithms/trapping-rain-water.js';
import '../../generators/index.js';
import * as ref from '../../verifiers/algorithms/reference.js';
import { verify } from '../../verifiers/index.js';

/** Items per level checked against the verifier's independent recomputation (100 with the env flag). */
const PER_LEVEL = process.env.VERIFORGE_SLOW ? 100 : 20;

const make = (name: string, level: Level, i: number, params: Record<string, unknown> = {}) => {
  const def = algorithmTasks.find((t) => t.name === name)!;
  return def.generate(new Rng(deriveSeed('test', name, i)), resolveParams(def.params, params, 'params', def.levels[level]));
};
const score = (task: string, response: string, truth: unknown) => verify(task, response, JSON.parse(JSON.stringify(truth)));

describe('array algorithms: generator solvers against the verifier references', () => {
  it('match the textbook examples', () => {
    const cases: [number, number][] = [
      [trappedWater([0, 1, 0, 2, 1, 0, 1, 3, 2, 1, 2, 1]), 6],
      [ref.rainWater([4, 2, 0, 3, 2, 5]), 9],
      [stackRectangle([2, 1, 5, 6, 2, 3]), 10],
      [ref.largestRectangle([2, 4]), 4],
      [twoPointerWater([1, 8, 6, 2, 5, 4, 8, 3, 7]), 49],
      [ref.mostWater([1, 1]), 1],
      [sortedH([3, 0, 6, 1, 5]), 3],
      [ref.hIndex([1, 3, 1]), 1],
      [runHills([2, 4, 1, 1, 6, 5]), 3],
      [ref.hillsAndValleys([6, 6, 5, 5, 4, 1]), 0],
      [greedyProfit([7, 1, 5, 3, 6, 4], 'one'), 5],
      [ref.maxProfit([7, 1, 5, 3, 6, 4], 'many'), 7],
      [ref.maxProfit([7, 6, 4, 3, 1], 'one'), 0],
      [longestIncreasing([10, 9, 2, 5, 3, 7, 101, 18]).length, 4],
      [ref.lisLength([0, 1, 0, 3, 2, 3]), 4],
    ];
    for (const [got, want] of cases) expect(got).toBe(want);
  });

  it('agree on random arrays with plateaus, zeros and ties', () => {
    const rng = new Rng('algorithms-agree');
    for (let k = 0; k < 400; k++) {
      const v = Array.from({ length: rng.int(1, 30) }, () => rng.int(0, rng.pick([3, 10, 50])));
      expect(trappedWater(v)).toBe(ref.rainWater(v));
      expect(stackRectangle(v)).toBe(ref.largestRectangle(v));
      expect(twoPointerWater(v)).toBe(ref.mostWater(v));
      expect(sortedH(v)).toBe(ref.hIndex(v));
      expect(runHills(v)).toBe(ref.hillsAndValleys(v));
      for (const trades of ['one', 'many']) expect(greedyProfit(v, trades)).toBe(ref.maxProfit(v, trades));
      const lis = longestIncreasing(v);
      expect(lis.length).toBe(ref.lisLength(v));
    }
  });

  it.each(algorithmTasks.map((t) => t.name))(`%s: ${PER_LEVEL} items per level hold the recomputed optimum`, (name) => {
    for (const level of LEVELS) {
      for (let i = 0; i < PER_LEVEL; i++) {
        const inst = make(name, level, i);
        // verify() recomputes the optimum from the array (checkTruth) before judging.
        expect(score(name, `<answer>${inst.answer}</answer>`, inst.truth).score, `${name} L${level} #${i}`).toBe(1);
        expect(inst.truth.value).toBeGreaterThan(0);
      }
    }
  });
});

describe('array algorithms: verdicts', () => {
  it('gives the exact known item for a fixed seed', () => {
    const inst = make('trapping-rain-water', 1, 0);
    expect(inst.truth.values).toHaveLength(8);
    expect(inst.answer).toBe(String(ref.rainWater(inst.truth.values)));
    expect(inst.textOnly).toContain(`[${inst.truth.values.join(', ')}]`);
  });

  it.each(algorithmTasks.filter((t) => t.name !== 'longest-increasing-subsequence').map((t) => t.name))('%s rejects wrong, stuffed, echoed, empty and oversized answers', (name) => {
    const inst = make(name, 3, 1);
    const v = inst.truth.value;
    expect(score(name, `Reasoning.\n<answer>${v}</answer>`, inst.truth).score).toBe(1);
    expect(score(name, `\\boxed{${v}}`, inst.truth).score).toBe(1);
    for (const bad of [`<answer>${v + 1}</answer>`, `<answer>${v - 1}</answer>`, `<answer>${v} or ${v + 1}</answer>`, `<answer>${v}, ${v + 1}</answer>`, `<answer>${v}.5</answer>`, inst.question, `<answer>${inst.textOnly}</answer>`, '<answer></answer>', '', `<answer>${String(v).repeat(100000)}</answer>`]) {
      expect(score(name, bad, inst.truth).score, bad.slice(0, 60)).toBe(0);
    }
  });

  it('refuses a truth whose stored optimum disagrees with the array', () => {
    const inst = make('h-index', 2, 0);
    const forged = { ...inst.truth, value: inst.truth.value + 1 };
    const res = score('h-index', `<answer>${forged.value}</answer>`, forged);
    expect(res.score).toBe(0);
    expect(res.reason).toMatch(/disagrees/);
  });

  it('the stock task reads its trade rule from the truth', () => {
    const inst = make('best-time-to-buy-stock', 1, 3, { trades: 'many' });
    expect(inst.truth.variant).toBe('many');
    expect(inst.truth.value).toBe(ref.maxProfit(inst.truth.values, 'many'));
    expect(inst.question).toMatch(/as many times/);
  });
});

describe('longest-increasing-subsequence verdicts', () => {
  /** Every longest strictly increasing subsequence (as value lists), by brute force over index subsets. */
  function allLongest(v: number[]): string[] {
    const best = ref.lisLength(v);
    const out = new Set<string>();
    for (let m = 0; m < 1 << v.length; m++) {
      const pick = v.filter((_, i) => (m >> i) & 1);
      if (pick.length === best && pick.every((x, k) => k === 0 || x > pick[k - 1])) out.add(pick.join(', '));
    }
    return [...out];
  }

  it('accepts every longest one and nothing shorter', () => {
    for (let i = 0; i < 10; i++) {
      const inst = make('longest-increasing-subsequence', 1, i);
      const all = allLongest(inst.truth.values);
      expect(all.length).toBeGreaterThan(0);
      for (const s of all) expect(score('longest-increasing-subsequence', `<answer>${s}</answer>`, inst.truth).score, s).toBe(1);
      const shorter = all[0].split(', ').slice(1).join(', ');
      if (shorter) {
        const res = verify('longest-increasing-subsequence', `<answer>${shorter}</answer>`, inst.truth, { partialCredit: true });
        expect(res.score).toBeGreaterThan(0);
        expect(res.score).toBeLessThan(1);
        expect(res.parts?.length).toBeCloseTo((inst.truth.value - 1) / inst.truth.value);
      }
    }
  });

  it('rejects non-increasing, out-of-order, invented, stuffed and echoed answers', () => {
    const inst = make('longest-increasing-subsequence', 2, 4);
    const seq = inst.answer.split(', ').map(Number);
    const t = inst.truth;
    expect(score('longest-increasing-subsequence', `<answer>[${seq.join(' ')}]</answer>`, t).score).toBe(1);
    expect(score('longest-increasing-subsequence', `<answer>${seq.join(' < ')}</answer>`, t).score).toBe(1);
    const swapped = [...seq];
    [swapped[0], swapped[1]] = [swapped[1], swapped[0]];
    const invented = [...seq.slice(0, -1), 1000];
    const bad = [swapped.join(', '), invented.join(', '), [...seq, ...seq].join(', '), `${inst.answer} or ${inst.answer}`, t.values.join(', '), 'a, b, c', ''];
    for (const b of bad) expect(score('longest-increasing-subsequence', `<answer>${b}</answer>`, t).score, b).toBe(0);
    expect(score('longest-increasing-subsequence', inst.question, t).score).toBe(0);
    expect(score('longest-increasing-subsequence', `<answer>${'1, '.repeat(60000)}</answer>`, t).score).toBe(0);
  });
});
