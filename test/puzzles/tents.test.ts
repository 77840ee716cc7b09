import { describe, expect, it } from 'vitest';
import { tents, type TentsTruth } from '../../generators/puzzles/tents/index.js';
import { solveTents } from '../../generators/puzzles/tents/solver.js';
import { expectRandomCorruptionsFail, expectRejectsAdversarial, make, score, setCell } from './grid-logic-b-helpers.js';

const rc = (i: number, n: number) => [Math.floor(i / n), i % n];

/** Independent brute force: every set of (trees-many) cells beside a tree, checked against all rules. */
function bruteForce(t: TentsTruth): string[] {
  const n = t.cols;
  const trees = new Set(t.trees);
  const adj = (a: number, b: number) => {
    const [ra, ca] = rc(a, n);
    const [rb, cb] = rc(b, n);
    return Math.abs(ra - rb) + Math.abs(ca - cb) === 1;
  };
  const spots = [...Array(n * n).keys()].filter((i) => !trees.has(i) && t.trees.some((tr) => adj(i, tr)));
  const out: string[] = [];
  const pick: number[] = [];
  const matches = (k: number, used: Set<number>): boolean =>
    k === t.trees.length || pick.some((tent) => !used.has(tent) && adj(tent, t.trees[k]) && matches(k + 1, new Set([...used, tent])));
  const rec = (from: number) => {
    if (pick.length === t.trees.length) {
      const touch = pick.some((a) => pick.some((b) => a < b && Math.abs(rc(a, n)[0] - rc(b, n)[0]) <= 1 && Math.abs(rc(a, n)[1] - rc(b, n)[1]) <= 1));
      const rowsOk = t.rowCounts.every((k, r) => k < 0 || pick.filter((i) => rc(i, n)[0] === r).length === k);
      const colsOk = t.colCounts.every((k, c) => k < 0 || pick.filter((i) => rc(i, n)[1] === c).length === k);
      if (!touch && rowsOk && colsOk && matches(0, new Set())) {
        out.push(Array.from({ length: n * n }, (_, i) => (trees.has(i) ? 'T' : pick.includes(i) ? 'A' : '.')).join(''));
      }
      return;
    }
    for (let k = from; k < spots.length; k++) {
      pick.push(spots[k]);
      rec(k + 1);
      pick.pop();
    }
  };
  rec(0);
  return out;
}

describe('tents', () => {
  it('gives the exact known ground truth for a fixed seed', () => {
    const inst = make(tents, 2, 4);
    expect(inst.truth.trees).toEqual([1, 7, 16, 23, 30, 32]);
    expect(inst.truth.rowCounts).toEqual([1, 1, 1, -1, 1, 2]);
    expect(inst.truth.colCounts).toEqual([1, 2, 0, 1, 1, 1]);
    expect(inst.answer).toBe('AT....\n.T..A.\n.A..T.\n.....T\n.....A\nTATA..');
  });

  it('has exactly one solution by independent brute force, equal to the stored one', () => {
    for (const level of [1, 2] as const) {
      for (let k = 0; k < 12; k++) {
        const inst = make(tents, level, k);
        expect(bruteForce(inst.truth)).toEqual([inst.truth.solution]);
      }
    }
  });

  it('the solver counts every solution of an ambiguous layout, as brute force does', () => {
    // Two trees side by side in the middle row, no counts: several placements.
    const t: TentsTruth = { rows: 4, cols: 4, trees: [5, 6], rowCounts: [-1, -1, -1, -1], colCounts: [-1, -1, -1, -1], solution: '' };
    const brute = bruteForce(t);
    expect(brute.length).toBeGreaterThan(2);
    expect(solveTents(t, 99).solutions).toBe(brute.length);
  });

  it('rejects corrupted, rule-breaking, stuffed and echoed answers', () => {
    const inst = make(tents, 3, 2);
    const n = inst.truth.cols;
    const tent = inst.truth.solution.indexOf('A');
    const [r, c] = rc(tent, n);
    const removed = setCell(inst.answer, r, c, '.');
    const free = inst.truth.solution.indexOf('.');
    const added = setCell(inst.answer, ...(rc(free, n) as [number, number]), 'A');
    const onTree = setCell(inst.answer, ...(rc(inst.truth.trees[0], n) as [number, number]), 'A');
    expectRejectsAdversarial('tents', inst, [removed, added, onTree, inst.answer.replace(/A/g, '.')]);
    const v = score('tents', `<answer>${removed}</answer>`, inst.truth);
    expect(v.parts?.cells).toBeCloseTo(1 - 1 / (n * n - inst.truth.trees.length));
  });

  it('refuses tents that meet the counts but cannot pair with the trees', () => {
    // One tree at the corner; the tent sits diagonally, not beside it.
    const t: TentsTruth = { rows: 3, cols: 3, trees: [0], rowCounts: [0, 1, 0], colCounts: [0, 1, 0], solution: 'TA.......' };
    expect(score('tents', '<answer>T..\n.A.\n...</answer>', t).reason).toMatch(/paired/);
  });

  it('parses tolerant forms: separators, row labels, other symbols, trees left blank', () => {
    const inst = make(tents, 2, 4);
    const spaced = inst.answer.split('\n').map((l, r) => `R${r + 1}: ${l.split('').join(', ').replace(/A/g, '^')}`).join('\n');
    expect(score('tents', `<answer>Final grid:\n${spaced}</answer>`, inst.truth).score).toBe(1);
    expect(score('tents', `<answer>${inst.answer.replace(/T/g, '.').toLowerCase()}</answer>`, inst.truth).score).toBe(1);
  });

  it('never scores 1 for random cell changes that alter the answer', () => {
    const inst = make(tents, 3, 5);
    expectRandomCorruptionsFail('tents', inst, 'TA.', (p) => [...p].every((ch, i) => (ch === 'A') === (inst.truth.solution[i] === 'A')));
  });
});
