import { describe, expect, it } from 'vitest';
import { killerSudoku } from '../../generators/puzzles/killer-sudoku/index.js';
import { verify } from '../../verifiers/index.js';
import { allLatinSquares, expectRejectsCorruptions, expectTolerantForms, make } from './grid-logic-helpers.js';

/** All 288 4×4 sudokus: Latin squares whose four 2×2 boxes hold 1–4. */
const SUDOKU4 = allLatinSquares(4).filter((g) =>
  [0, 2, 8, 10].every((tl) => new Set([g[tl], g[tl + 1], g[tl + 4], g[tl + 5]]).size === 4),
);
const alter = (ch: string) => String((Number(ch) % 4) + 1);

describe('killer-sudoku', () => {
  it('gives the exact known ground truth for a fixed seed', () => {
    const inst = make(killerSudoku, 'killer-known', { size: 4 });
    expect(inst.answer).toBe(KNOWN);
    const sol = [...inst.truth.solution].map(Number);
    for (const c of inst.truth.cages) {
      expect(c.cells.reduce((a, i) => a + sol[i], 0)).toBe(c.sum);
      expect(new Set(c.cells.map((i) => sol[i])).size).toBe(c.cells.length);
    }
  });

  it('certifies uniqueness: an independent brute force over all 288 4×4 sudokus finds exactly the answer', () => {
    expect(SUDOKU4.length).toBe(288);
    for (let s = 0; s < 30; s++) {
      const t = make(killerSudoku, `brute-${s}`, { size: 4, maxCage: 2 + (s % 3) }).truth;
      const fits = SUDOKU4.filter((g) => t.cages.every((c) => c.cells.reduce((a, i) => a + g[i], 0) === c.sum && new Set(c.cells.map((i) => g[i])).size === c.cells.length));
      expect(fits.map((g) => g.join(''))).toEqual([t.solution]);
    }
  });

  it('rejects corrupted answers, stuffed grids, partial grids and echoes', () => {
    const inst = make(killerSudoku, 'killer-adv', { size: 4 });
    expectRejectsCorruptions('killer-sudoku', inst, alter);
    const t = inst.truth;
    // A valid sudoku that breaks the cages; a Latin square that keeps every cage sum but breaks a box.
    const wrong = SUDOKU4.find((g) => g.join('') !== t.solution)!;
    expect(verify('killer-sudoku', `<answer>${wrong.join('')}</answer>`, t).reason).toMatch(/cage/);
    const latin = '1234234134124123';
    const boxBroken = { ...t, cages: [...latin].map((d, i) => ({ cells: [i], sum: Number(d) })), solution: latin };
    const v = verify('killer-sudoku', '<answer>1234\n2341\n3412\n4123</answer>', boxBroken);
    expect(v.score).toBe(0);
    expect(v.reason).toMatch(/box 1 repeats/);
  });

  it('accepts tolerant answer forms', () => {
    expectTolerantForms('killer-sudoku', make(killerSudoku, 'killer-tol', {}, 3));
  });

  it('has no given digits and measures solver effort on 9×9', () => {
    const inst = make(killerSudoku, 'killer-9', {}, 5);
    expect(inst.truth.size).toBe(9);
    expect(inst.question).toMatch(/no given digits/);
    expect(inst.features.forcedShare).toBeLessThan(1);
    expect(inst.features.searchNodes).toBeGreaterThan(1);
  });
});

const KNOWN = '3421\n1243\n4132\n2314';
