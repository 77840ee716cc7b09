import { describe, expect, it } from 'vitest';
import { lightUp, type LightUpTruth } from '../../generators/puzzles/light-up/index.js';
import { solveLightUp } from '../../generators/puzzles/light-up/solver.js';
import { expectRandomCorruptionsFail, expectRejectsAdversarial, make, score, setCell } from './grid-logic-b-helpers.js';

/** Cells a bulb at i lights (itself and its row/column runs), computed independently of the solver. */
function beam(t: LightUpTruth, i: number): number[] {
  const out = [i];
  const r = Math.floor(i / t.cols);
  const c = i % t.cols;
  for (const [dr, dc] of [[-1, 0], [1, 0], [0, -1], [0, 1]]) {
    for (let rr = r + dr, cc = c + dc; rr >= 0 && rr < t.rows && cc >= 0 && cc < t.cols && t.grid[rr * t.cols + cc] === '.'; rr += dr, cc += dc) out.push(rr * t.cols + cc);
  }
  return out;
}

/** Independent brute force: every set of mutually unseen bulbs, checked for full light and numbers. */
function bruteForce(t: LightUpTruth): string[] {
  const cells = t.rows * t.cols;
  const white = [...Array(cells).keys()].filter((i) => t.grid[i] === '.');
  const beams = new Map(white.map((i) => [i, beam(t, i)]));
  const out: string[] = [];
  const bulbs: number[] = [];
  const rec = (k: number) => {
    if (k === white.length) {
      const lit = new Set(bulbs.flatMap((b) => beams.get(b)!));
      const numbersOk = [...Array(cells).keys()].every((i) => {
        if (!/[0-4]/.test(t.grid[i])) return true;
        const r = Math.floor(i / t.cols);
        const c = i % t.cols;
        const near = bulbs.filter((b) => Math.abs(Math.floor(b / t.cols) - r) + Math.abs((b % t.cols) - c) === 1).length;
        return near === Number(t.grid[i]);
      });
      if (lit.size === white.length && numbersOk) out.push(Array.from({ length: cells }, (_, i) => (t.grid[i] !== '.' ? '#' : bulbs.includes(i) ? 'L' : '.')).join(''));
      return;
    }
    const i = white[k];
    rec(k + 1);
    if (!bulbs.some((b) => beams.get(b)!.includes(i))) {
      bulbs.push(i);
      rec(k + 1);
      bulbs.pop();
    }
  };
  rec(0);
  return out;
}

const problemOf = (t: LightUpTruth) => ({
  rows: t.rows,
  cols: t.cols,
  grid: Int8Array.from(t.grid, (ch) => (ch === '.' ? -2 : ch === '#' ? -1 : Number(ch))),
});

describe('light-up', () => {
  it('gives the exact known ground truth for a fixed seed', () => {
    const inst = make(lightUp, 2, 4);
    expect(inst.truth.grid).toBe('.1.....0...1...1....0...1...#.....1.');
    expect(inst.answer).toBe('.#L...\n.#.L.#\nL..#.L\n..#.L.\n#L..#.\n...L#.');
  });

  it('has exactly one solution by independent brute force, equal to the stored one', () => {
    for (const level of [1, 2] as const) {
      for (let k = 0; k < 10; k++) {
        const inst = make(lightUp, level, k);
        expect(bruteForce(inst.truth)).toEqual([inst.truth.solution]);
      }
    }
  });

  it('the solver counts every solution of an ambiguous board, as brute force does', () => {
    const t: LightUpTruth = { rows: 4, cols: 4, grid: '.....#....#.....', solution: '' };
    const brute = bruteForce(t);
    expect(brute.length).toBeGreaterThan(2);
    expect(solveLightUp(problemOf(t), 999).solutions).toBe(brute.length);
  });

  it('rejects corrupted, rule-breaking, stuffed and echoed answers', () => {
    const inst = make(lightUp, 3, 2);
    const n = inst.truth.cols;
    const b = inst.truth.solution.indexOf('L');
    const [r, c] = [Math.floor(b / n), b % n];
    const removed = setCell(inst.answer, r, c, '.');
    const seen = inst.truth.solution.split('').findIndex((ch, i) => ch === '.' && beam(inst.truth, b).includes(i));
    const doubled = seen >= 0 ? setCell(inst.answer, Math.floor(seen / n), seen % n, 'L') : removed;
    const black = inst.truth.grid.search(/[#0-4]/);
    const onWall = setCell(inst.answer, Math.floor(black / n), black % n, 'L');
    expectRejectsAdversarial('light-up', inst, [removed, doubled, onWall, inst.answer.replace(/L/g, '.')]);
    const v = score('light-up', `<answer>${removed}</answer>`, inst.truth);
    const whites = inst.truth.grid.split('').filter((ch) => ch === '.').length;
    expect(v.parts?.cells).toBeCloseTo(1 - 1 / whites);
  });

  it('checks the numbers: a fully lit board that misses a number fails', () => {
    // Bulbs at the two ends of the open row light everything but violate the 0.
    const t: LightUpTruth = { rows: 2, cols: 5, grid: '..0..#####', solution: 'L.#.L#####' };
    expect(score('light-up', '<answer>.L#L.\n#####</answer>', t).reason).toMatch(/shows 0/);
    expect(score('light-up', '<answer>L.#.L\n#####</answer>', t).score).toBe(1);
  });

  it('parses tolerant forms: separators, row labels, digits for numbered walls, x marks', () => {
    const inst = make(lightUp, 2, 4);
    const withDigits = inst.answer.split('\n').map((l, r) => `Row ${r + 1}: ${l.split('').map((ch, c) => (ch === '#' ? inst.truth.grid[r * 6 + c] : ch === '.' ? 'x' : '*')).join(' ')}`);
    expect(score('light-up', `<answer>Solution:\n${withDigits.join('\n')}</answer>`, inst.truth).score).toBe(1);
  });

  it('never scores 1 for random cell changes that alter the answer', () => {
    const inst = make(lightUp, 3, 5);
    expectRandomCorruptionsFail('light-up', inst, 'L.#', (p) => [...p].every((ch, i) => (ch === 'L') === (inst.truth.solution[i] === 'L')));
  });
});
