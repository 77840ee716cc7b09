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
import { cageHolds } from '../../generators/puzzles/kenken/index.js';
import { occurrences } from '../../generators/puzzles/wordsearch/index.js';

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

  it('transcriptions of clue puzzles agree with the solution solve mode certifies (signs, cage clues, run sums, line clues, walls, totals)', () => {
    const tokens = (name: string, level: Level, i: number) => {
      const seen = make(name, level, i).truth as { perceive: { rows: number; cols: number; cells: string[] } };
      return { ...seen.perceive, solve: make(name, level, i, 'solve').truth as any };
    };
    for (const i of [1, 2, 3]) {
      const f = tokens('futoshiki', 3, i);
      const n = f.solve.size;
      const d = (r: number, c: number) => Number(f.solve.solution[r * n + c]);
      let signs = 0;
      f.cells.forEach((tok, k) => {
        const [R, C] = [Math.floor(k / f.cols), k % f.cols];
        if (tok === '.') return;
        signs += R % 2 || C % 2 ? 1 : 0;
        if (R % 2 === 0 && C % 2 === 0) expect(Number(tok)).toBe(d(R / 2, C / 2));
        else if (tok === '<' || tok === '>') expect(d(R / 2, (C - 1) / 2) < d(R / 2, (C + 1) / 2)).toBe(tok === '<');
        else expect(d((R - 1) / 2, C / 2) < d((R + 1) / 2, C / 2)).toBe(tok === '^');
      });
      expect(signs).toBe(f.solve.less.length);

      for (const name of ['kenken', 'killer-sudoku']) {
        const k = tokens(name, 3, i);
        const size = k.solve.size;
        const byName = new Map<string, number[]>();
        k.cells.slice(0, size * size).forEach((c, j) => byName.set(c, [...(byName.get(c) ?? []), j]));
        expect(byName.size).toBe(k.solve.cages.length);
        for (const cells of byName.values()) {
          const clue = k.cells[size * size + Math.min(...cells)];
          const v = cells.map((j) => Number(k.solve.solution[j]));
          const m = clue.match(/^(\d+)([-+x/]?)$/)!;
          if (name === 'killer-sudoku') expect(v.reduce((a, b) => a + b, 0)).toBe(Number(clue));
          else expect(cageHolds(({ '+': '+', '-': '-', x: '*', '/': '/', '': '=' } as const)[m[2] as '+'], Number(m[1]), v)).toBe(true);
        }
      }

      const kk = tokens('kakuro', 3, i);
      kk.cells.forEach((tok, j) => {
        if (!tok.includes('\\')) return;
        const [down, across] = tok.split('\\');
        const run = (step: number) => {
          let sum = 0;
          for (let q = j + step; q < kk.cells.length && kk.solve.solution[q] !== '#' && (step === 1 ? q % kk.cols !== 0 : true); q += step) sum += Number(kk.solve.solution[q]);
          return sum;
        };
        if (down) expect(run(kk.cols)).toBe(Number(down));
        if (across) expect(run(1)).toBe(Number(across));
      });

      const ng = tokens('nonogram', 3, i);
      const sol: string = ng.solve.solution;
      const size = ng.solve.rows;
      const clueOf = (line: string) => (line.match(/1+/g) ?? []).map((b) => String(b.length));
      for (let r = 0; r < 2 * size; r++) {
        const line = r < size ? sol.slice(r * size, (r + 1) * size) : Array.from({ length: size }, (_, q) => sol[q * size + r - size]).join('');
        const want = clueOf(line);
        expect(ng.cells.slice(r * ng.cols, (r + 1) * ng.cols).filter((c) => c !== '.')).toEqual(want.length ? want : ['0']);
      }

      const mz = tokens('maze', 3, i);
      const dist = new Map([[mz.cells.indexOf('S'), 0]]);
      const queue = [mz.cells.indexOf('S')];
      for (let h = 0; h < queue.length; h++) for (const nb of [queue[h] - 1, queue[h] + 1, queue[h] - mz.cols, queue[h] + mz.cols]) if (mz.cells[nb] !== '#' && !dist.has(nb)) dist.set(nb, dist.get(queue[h])! + 1), queue.push(nb);
      expect(dist.get(mz.cells.indexOf('G'))).toBe(2 * mz.solve.shortest);

      const ku = tokens('kukurasu', 3, i);
      const kn = ku.solve.rows;
      const shaded = (r: number, c: number) => ku.solve.solution[r * kn + c] === '#';
      expect(ku.cells).toEqual([
        ...Array.from({ length: kn }, (_, r) => String(Array.from({ length: kn }, (_, c) => (shaded(r, c) ? c + 1 : 0)).reduce((a, b) => a + b, 0))),
        ...Array.from({ length: kn }, (_, c) => String(Array.from({ length: kn }, (_, r) => (shaded(r, c) ? r + 1 : 0)).reduce((a, b) => a + b, 0))),
      ]);
    }
  });

  it('word search and nibbles transcriptions rebuild the board the solve mode certifies', () => {
    for (const i of [1, 2, 3]) {
      const ws = make('wordsearch', 3, i).truth as { perceive: { cells: string[]; cols: number } };
      const wsSolve = make('wordsearch', 3, i, 'solve').truth as { placements: { word: string; from: [number, number]; to: [number, number] }[] };
      const grid = ws.perceive.cells.join('');
      for (const q of wsSolve.placements) expect(occurrences(grid, ws.perceive.cols, q.word)).toEqual([q]);

      const nb = make('nibbles', 3, i).truth as { perceive: { cells: string[]; rows: number; cols: number } };
      const nbSolve = make('nibbles', 3, i, 'solve');
      const at = (tok: string) => nb.perceive.cells.flatMap((c, j) => (c === tok ? [j] : []));
      const snake = ['H', ...Array.from({ length: 9 }, (_, k) => String(k + 2))].flatMap(at);
      const board = { rows: nb.perceive.rows, cols: nb.perceive.cols, snake, walls: at('#'), food: at('F') };
      const truth = nbSolve.truth as { snake: number[]; walls: number[]; food: number[]; moves: number };
      expect(board).toMatchObject({ snake: truth.snake, walls: truth.walls, food: truth.food });
      // The certified shortest plan, replayed by the verifier on the board read back from the transcription.
      expect(verify('nibbles', `<answer>${nbSolve.answer}</answer>`, { ...board, moves: truth.moves, plan: nbSolve.answer }).score).toBe(1);
    }
  });

  it('reads typographic signs (×, ÷, −, ∧, ∨) as their ASCII tokens', () => {
    for (const name of ['kenken', 'futoshiki']) {
      const inst = make(name, 3, 4);
      const fancy = inst.answer.replace(/x/g, '×').replace(/\//g, '÷').replace(/\^/g, '∧').replace(/v/g, '∨');
      expect(fancy).not.toBe(inst.answer);
      expect(score(name, `<answer>${fancy}</answer>`, inst.truth).score).toBe(1);
    }
  });

  it('a perception truth with bad cells is refused with a reason', () => {
    const v = verify('sudoku', '<answer>1</answer>', { perceive: { task: 'sudoku', rows: 2, cols: 2, cells: ['1'] } });
    expect(v.score).toBe(0);
    expect(v.reason).toMatch(/perceive\.cells/);
  });
});
