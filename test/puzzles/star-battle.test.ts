import { describe, expect, it } from 'vitest';
import { starBattle, type StarBattleTruth } from '../../generators/puzzles/star-battle/index.js';
import { solveStars } from '../../generators/puzzles/star-battle/solver.js';
import { expectRandomCorruptionsFail, expectRejectsAdversarial, make, score, setCell } from './grid-logic-b-helpers.js';

/** Independent brute force: every permutation of star columns, checked against all the rules. */
function bruteForce(t: StarBattleTruth): string[] {
  const n = t.size;
  const out: string[] = [];
  const cols: number[] = [];
  const rec = (r: number) => {
    if (r === n) {
      const cells = cols.map((c, rr) => rr * n + c);
      const regions = new Set(cells.map((i) => t.regions[i]));
      const touch = cols.some((c, rr) => rr > 0 && Math.abs(c - cols[rr - 1]) <= 1);
      const hints = t.givens.every((g) => cells.includes(g));
      if (regions.size === n && !touch && hints) out.push(Array.from({ length: n * n }, (_, i) => (cells.includes(i) ? '*' : '.')).join(''));
      return;
    }
    for (let c = 0; c < n; c++) {
      if (cols.includes(c)) continue;
      cols.push(c);
      rec(r + 1);
      cols.pop();
    }
  };
  rec(0);
  return out;
}

describe('star-battle', () => {
  it('gives the exact known ground truth for a fixed seed', () => {
    const inst = make(starBattle, 2, 7);
    expect(inst.truth.regions).toBe('CCCABBCCCABBCCCCEBDCCEEBCCCEEBCFEEEB');
    expect(inst.truth.givens).toEqual([31]);
    expect(inst.answer).toBe('...*..\n.....*\n..*...\n*.....\n....*.\n.*....');
    expect(score('star-battle', `<answer>${inst.answer}</answer>`, inst.truth).score).toBe(1);
  });

  it('has exactly one solution by independent brute force, equal to the stored one', () => {
    for (const level of [1, 2] as const) {
      for (let k = 0; k < 15; k++) {
        const inst = make(starBattle, level, k);
        expect(bruteForce(inst.truth)).toEqual([inst.truth.solution]);
      }
    }
  });

  it('the solver finds the second solution that brute force finds on unrestricted regions', () => {
    // Two regions split by columns leave many solutions; the counter must see more than one.
    const n = 5;
    const region = Int8Array.from({ length: n * n }, (_, i) => i % n);
    const res = solveStars(n, region, 2);
    const brute = bruteForce({ size: n, regions: Array.from(region, (k) => 'ABCDE'[k]).join(''), givens: [], solution: '' });
    expect(brute.length).toBeGreaterThan(1);
    expect(res.solutions).toBe(2);
  });

  it('rejects corrupted, rule-breaking, stuffed and echoed answers', () => {
    const inst = make(starBattle, 3, 1);
    const n = inst.truth.size;
    const firstStar = inst.truth.solution.indexOf('*');
    const moved = setCell(setCell(inst.answer, 0, firstStar, '.'), 0, (firstStar + 2) % n, '*');
    const dropped = setCell(inst.answer, 0, firstStar, '.');
    const extra = setCell(inst.answer, n - 1, inst.answer.split('\n')[n - 1].indexOf('*') === 0 ? n - 1 : 0, '*');
    expectRejectsAdversarial('star-battle', inst, [moved, dropped, extra, inst.answer.replace(/\*/g, '.')]);
    const v = score('star-battle', `<answer>${dropped}</answer>`, inst.truth);
    expect(v.parts?.cells).toBeCloseTo(1 - 1 / (n * n));
    expect(v.reason).toMatch(/row 1 has 0 stars/);
  });

  it('parses tolerant forms: separators, row labels, other star symbols, prose lines', () => {
    const inst = make(starBattle, 1, 3);
    const spaced = inst.answer.split('\n').map((l, r) => `Row ${r + 1}: ${l.split('').join(' ').replace(/\*/g, 'X').replace(/\./g, '0')}`).join('\n');
    expect(score('star-battle', `<answer>Here is my grid:\n${spaced}</answer>`, inst.truth).score).toBe(1);
    expect(score('star-battle', `\\boxed{${inst.answer.replace(/\n/g, ',')}}`, inst.truth).score).toBe(1);
  });

  it('rejects a hint dropped even when the rest would be a valid placement', () => {
    const inst = make(starBattle, 1, 0);
    const g = inst.truth.givens[0];
    const t = { ...inst.truth, givens: [g === 0 ? 1 : 0] };
    expect(score('star-battle', `<answer>${inst.answer}</answer>`, t).score).toBe(0);
  });

  it('never scores 1 for random cell changes that alter the answer', () => {
    const inst = make(starBattle, 3, 5);
    expectRandomCorruptionsFail('star-battle', inst, '*.', (p) => p === inst.truth.solution);
  });
});
