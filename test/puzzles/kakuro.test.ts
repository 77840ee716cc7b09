import { describe, expect, it } from 'vitest';
import { kakuro, type KakuroTruth } from '../../generators/puzzles/kakuro/index.js';
import { solveKakuro } from '../../generators/puzzles/kakuro/solver.js';
import { expectRandomCorruptionsFail, expectRejectsAdversarial, make, score, setCell } from './grid-logic-b-helpers.js';

const runCells = (t: KakuroTruth, run: KakuroTruth['runs'][number]) =>
  Array.from({ length: run.length }, (_, k) => run.row * t.cols + run.col + (k + 1) * (run.dir === 'across' ? 1 : t.cols));

/** Independent enumerator: digits cell by cell, refusing repeats and wrong sums of completed runs. */
function bruteForce(t: KakuroTruth): string[] {
  const cells = t.rows * t.cols;
  const white = [...Array(cells).keys()].filter((i) => t.grid[i] !== '#');
  const runs = t.runs.map((run) => ({ cells: runCells(t, run), sum: run.sum }));
  const digit = new Array<number>(cells).fill(0);
  const out: string[] = [];
  const rec = (k: number) => {
    if (k === white.length) {
      out.push(digit.map((d, i) => (t.grid[i] === '#' ? '#' : String(d))).join(''));
      return;
    }
    const i = white[k];
    for (let d = 1; d <= 9; d++) {
      if (/[1-9]/.test(t.grid[i]) && Number(t.grid[i]) !== d) continue;
      digit[i] = d;
      const ok = runs.every((run) => {
        if (!run.cells.includes(i)) return true;
        const ds = run.cells.map((j) => digit[j]).filter((x) => x > 0);
        const total = ds.reduce((a, b) => a + b, 0);
        return new Set(ds).size === ds.length && (ds.length === run.cells.length ? total === run.sum : total < run.sum);
      });
      if (ok) rec(k + 1);
      digit[i] = 0;
    }
  };
  rec(0);
  return out;
}

describe('kakuro', () => {
  it('gives the exact known ground truth for a fixed seed', () => {
    const inst = make(kakuro, 2, 4);
    expect(inst.truth.grid).toBe('#######..###..###..###..#');
    expect(inst.truth.runs.map((r) => r.sum)).toEqual([27, 29, 14, 10, 17, 15]);
    expect(inst.answer).toBe('#####\n##95#\n##37#\n##89#\n##78#');
  });

  it('has exactly one solution by independent enumeration, equal to the stored one', () => {
    for (const level of [1, 2] as const) {
      for (let k = 0; k < 12; k++) {
        const inst = make(kakuro, level, k);
        expect(bruteForce(inst.truth)).toEqual([inst.truth.solution]);
      }
    }
  });

  it('the solver counts every solution of an ambiguous 2×2 block, as enumeration does', () => {
    // Across sums 4 and 6, down sums 4 and 6: {1,3}/{2,4} in crossing order, several fillings.
    const t: KakuroTruth = {
      rows: 3,
      cols: 3,
      grid: '####..#..',
      runs: [
        { dir: 'down', row: 0, col: 1, length: 2, sum: 5 },
        { dir: 'down', row: 0, col: 2, length: 2, sum: 5 },
        { dir: 'across', row: 1, col: 0, length: 2, sum: 5 },
        { dir: 'across', row: 2, col: 0, length: 2, sum: 5 },
      ],
      solution: '',
    };
    const brute = bruteForce(t);
    expect(brute.length).toBeGreaterThan(1);
    const runs = t.runs.map((run) => ({ cells: runCells(t, run), sum: run.sum }));
    expect(solveKakuro(9, runs, new Int8Array(9), 99).solutions).toBe(brute.length);
  });

  it('rejects corrupted, rule-breaking, stuffed and echoed answers', () => {
    const inst = make(kakuro, 3, 2);
    const n = inst.truth.cols;
    const w = inst.truth.grid.indexOf('.');
    const [r, c] = [Math.floor(w / n), w % n];
    const d = Number(inst.truth.solution[w]);
    const changed = setCell(inst.answer, r, c, String((d % 9) + 1));
    const blanked = setCell(inst.answer, r, c, '#');
    const digitOnBlack = setCell(inst.answer, 0, 0, '5');
    expectRejectsAdversarial('kakuro', inst, [changed, blanked, digitOnBlack]);
    const v = score('kakuro', `<answer>${changed}</answer>`, inst.truth);
    const whites = inst.truth.grid.split('').filter((ch) => ch !== '#').length;
    expect(v.parts?.cells).toBeCloseTo(1 - 1 / whites);
    expect(v.reason).toMatch(/adds up to|repeats/);
  });

  it('refuses repeated digits even when the sum is right', () => {
    const t: KakuroTruth = { rows: 2, cols: 3, grid: '####..', runs: [{ dir: 'across', row: 1, col: 0, length: 2, sum: 4 }, { dir: 'down', row: 0, col: 1, length: 1, sum: 1 }, { dir: 'down', row: 0, col: 2, length: 1, sum: 3 }], solution: '####13' };
    expect(score('kakuro', '<answer>###\n#22</answer>', t).reason).toMatch(/repeats/);
    expect(score('kakuro', '<answer>###\n#13</answer>', t).score).toBe(1);
  });

  it('gives up with a clear error on parameters that admit no puzzle, instead of looping forever', () => {
    // A 3×3 white area with 40 % black cells leaves no valid layout (runs of one cell, too few whites).
    expect(() => make(kakuro, 1, 0, { size: 3, black: 0.4 })).toThrow(/kakuro: no puzzle with a unique solution found in \d+ attempts for params .*"black":0.4/);
  });

  it('parses tolerant forms: separators, row labels, other black-cell marks', () => {
    const inst = make(kakuro, 2, 4);
    const spaced = inst.answer.split('\n').map((l, r) => `Row ${r + 1}: ${l.split('').join(' ').replace(/#/g, 'X')}`).join('\n');
    expect(score('kakuro', `<answer>Filled grid:\n${spaced}</answer>`, inst.truth).score).toBe(1);
    expect(score('kakuro', `\\boxed{${inst.answer.replace(/\n/g, ',')}}`, inst.truth).score).toBe(1);
  });

  it('never scores 1 for random cell changes that alter the answer', () => {
    const inst = make(kakuro, 3, 5);
    expectRandomCorruptionsFail('kakuro', inst, '#123456789', (p) => p === inst.truth.solution);
  });
});
