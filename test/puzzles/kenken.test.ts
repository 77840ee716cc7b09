import { describe, expect, it } from 'vitest';
import { kenken } from '../../generators/puzzles/kenken/index.js';
import { verify } from '../../verifiers/index.js';
import { allLatinSquares, expectRejectsCorruptions, expectTolerantForms, make } from './grid-logic-helpers.js';

const LATIN4 = allLatinSquares(4);
const alter = (ch: string) => String((Number(ch) % 4) + 1);

/** Cage arithmetic, restated here independently of the generator and the verifier. */
function cageOk(op: string, target: number, v: number[]): boolean {
  const sorted = [...v].sort((a, b) => b - a);
  if (op === '=') return v[0] === target;
  if (op === '+') return v.reduce((a, b) => a + b) === target;
  if (op === '*') return v.reduce((a, b) => a * b) === target;
  if (op === '-') return sorted[0] - sorted[1] === target;
  return sorted[0] === sorted[1] * target;
}

describe('kenken', () => {
  it('gives the exact known ground truth for a fixed seed', () => {
    const inst = make(kenken, 'kenken-known', { size: 4 });
    expect(inst.answer).toBe(KNOWN);
    expect(inst.evidence).toEqual(inst.truth.cages.map((_, k) => `cage-${k}`));
    // The cages partition the grid.
    expect(inst.truth.cages.flatMap((c) => c.cells).sort((a, b) => a - b)).toEqual([...Array(16).keys()]);
  });

  it('certifies uniqueness: an independent brute force over all 576 4×4 Latin squares finds exactly the answer', () => {
    for (let s = 0; s < 30; s++) {
      const inst = make(kenken, `brute-${s}`, { size: 4, maxCage: s % 2 ? 4 : 3, ops: s % 3 ? '+-*/' : '+' });
      const t = inst.truth;
      const fits = LATIN4.filter((g) => t.cages.every((c) => cageOk(c.op, c.target, c.cells.map((i) => g[i]))));
      expect(fits.map((g) => g.join(''))).toEqual([t.solution]);
    }
  });

  it('rejects corrupted answers, stuffed grids, partial grids and echoes', () => {
    const inst = make(kenken, 'kenken-adv', { size: 4 });
    expectRejectsCorruptions('kenken', inst, alter);
    const t = inst.truth;
    const wrong = LATIN4.find((g) => g.join('') !== t.solution)!;
    const v = verify('kenken', `<answer>${wrong.join('')}</answer>`, t);
    expect(v.score).toBe(0);
    expect(v.reason).toMatch(/cage/);
  });

  it('accepts tolerant answer forms', () => {
    expectTolerantForms('kenken', make(kenken, 'kenken-tol', {}, 3));
  });

  it('uses only the requested operations', () => {
    for (let s = 0; s < 10; s++) {
      const ops = make(kenken, `ops-${s}`, { size: 5, ops: '+' }).truth.cages.map((c) => c.op);
      expect(ops.every((o) => o === '+' || o === '=')).toBe(true);
    }
  });

  it('measures solver effort: the 7×7 sum-only level needs more search than level 1', () => {
    const avg = (level: 1 | 5) => {
      let s = 0;
      for (let i = 0; i < 6; i++) s += make(kenken, `eff-${i}`, {}, level).features.searchNodes;
      return s / 6;
    };
    expect(avg(5)).toBeGreaterThan(avg(1));
  });
});

const KNOWN = '4321\n2143\n3214\n1432';
