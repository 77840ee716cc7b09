import { describe, expect, it } from 'vitest';
import { stableStringify } from '../../core/canonical.js';
import { resolveParams } from '../../core/params.js';
import { deriveSeed, Rng } from '../../core/rng.js';
import type { Level } from '../../core/task.js';
import { puzzleTasks } from '../../generators/puzzles/index.js';
import { sudoku } from '../../generators/puzzles/sudoku/index.js';
import { GIVENS } from '../../generators/puzzles/perceive.js';
import { puzzleVerifiers } from '../../verifiers/puzzles/index.js';
import { verifiers } from '../../verifiers/registry.js';
import { verify } from '../../verifiers/verify.js';

for (const v of puzzleVerifiers) if (!verifiers.has(v.name)) verifiers.register(v);

const def = (name: string) => puzzleTasks.find((t) => t.name === name)!;
const make = (name: string, level: Level, i: number, mode = 'perceive') =>
  def(name).generate(new Rng(deriveSeed('perceive', name, i)), resolveParams(def(name).params, { mode }, 'params', def(name).levels[level]));
const score = (name: string, response: string, truth: unknown, partialCredit = false) => verify(def(name).verifier, response, JSON.parse(JSON.stringify(truth)), { partialCredit });

describe('perceive mode', () => {
  it('covers the grid puzzles and only them', () => {
    const perceiving = puzzleTasks.filter((t) => 'mode' in t.params).map((t) => t.name).sort();
    expect(perceiving).toEqual(Object.keys(GIVENS).sort());
    expect(perceiving.length).toBeGreaterThanOrEqual(13);
  });

  it('leaves solve mode untouched: the default item equals the unwrapped task', () => {
    const p = resolveParams(sudoku.params, {}, 'params', sudoku.levels[2]);
    const plain = sudoku.generate(new Rng('same'), p);
    const wrapped = def('sudoku').generate(new Rng('same'), resolveParams(def('sudoku').params, {}, 'params', def('sudoku').levels[2]));
    expect(stableStringify(wrapped)).toBe(stableStringify(plain));
  });

  it('transcribes the exact givens of a known sudoku', () => {
    const solve = make('sudoku', 1, 0, 'solve');
    const seen = make('sudoku', 1, 0);
    const givens = (solve.truth as { givens: string }).givens;
    expect(seen.answer.replace(/\n/g, '')).toBe(givens.replace(/0/g, '.'));
    expect(seen.textOnly).toBeUndefined();
    expect(seen.scene).toEqual(solve.scene);
    expect(seen.canonical).toBe(`perceive:${solve.canonical}`);
  });

  it.each(Object.keys(GIVENS))('%s: own transcription scores 1, tolerant forms too; corruptions, partial grids, echoes and junk do not', (name) => {
    for (const level of [1, 3] as Level[]) {
      const inst = make(name, level, level);
      const t = inst.truth;
      expect(score(name, `<answer>${inst.answer}</answer>`, t).score).toBe(1);
      expect(inst.question).not.toContain(inst.answer);
      const rows = inst.answer.split('\n').map((l) => (l.includes(' ') ? l.split(' ') : [...l]));
      expect(score(name, `<answer>\nHere it is:\n${rows.map((r, k) => `Row ${k + 1}: ${r.join(', ')}`).join('\n')}\n</answer>`, t).score).toBe(1);
      expect(score(name, `<answer>${rows.map((r) => `| ${r.join(' | ')} |`).join('\n')}</answer>`, t).score).toBe(1);
      // One cell misread: cell credit drops by exactly one cell, the score is 0 (or partial < 1).
      const n = rows.length * rows[0].length;
      const wrong = rows.map((r) => r.slice());
      wrong[0][0] = wrong[0][0] === 'Z' ? 'Y' : 'Z';
      const text = wrong.map((r) => r.join(' ')).join('\n');
      const v = score(name, `<answer>${text}</answer>`, t);
      expect(v.score).toBe(0);
      expect(v.parts?.cells).toBeCloseTo(1 - 1 / n);
      expect(score(name, `<answer>${text}</answer>`, t, true).score).toBeLessThan(0.5);
      for (const bad of [inst.answer.split('\n').slice(0, -1).join('\n'), `${inst.answer}\n${inst.answer}`, '', inst.question, 'x'.repeat(5000)]) {
        expect(score(name, `<answer>${bad}</answer>`, t).score, bad.slice(0, 40)).toBe(0);
      }
      expect(score(name, inst.question, t).score).toBe(0);
      expect(score(name, `<answer>${'1 '.repeat(120000)}</answer>`, t).score).toBe(0);
    }
  });

  it('given cells of the transcription agree with the solution the solve mode certifies', () => {
    for (const name of ['sudoku', 'binairo']) {
      const solve = make(name, 2, 7, 'solve');
      const seen = make(name, 2, 7);
      const sol = (solve.truth as { solution: string }).solution;
      const cells = (seen.truth as { perceive: { cells: string[] } }).perceive.cells;
      cells.forEach((c, i) => c !== '.' && expect(c).toBe(sol[i]));
    }
  });

  it('a perception truth with bad cells is refused with a reason', () => {
    const v = verify('sudoku', '<answer>1</answer>', { perceive: { task: 'sudoku', rows: 2, cols: 2, cells: ['1'] } });
    expect(v.score).toBe(0);
    expect(v.reason).toMatch(/perceive\.cells/);
  });
});
