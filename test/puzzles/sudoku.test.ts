import { describe, expect, it } from 'vitest';
import { resolveParams } from '../../core/params.js';
import { deriveSeed, Rng } from '../../core/rng.js';
import { LEVELS } from '../../core/task.js';
import { layout } from '../../generators/puzzles/sudoku/geometry.js';
import { sudoku, type SudokuTruth } from '../../generators/puzzles/sudoku/index.js';
import { search } from '../../generators/puzzles/sudoku/solver.js';
import { verify } from '../../verifiers/index.js';

const make = (seed: number | string, level: 1 | 2 | 3 | 4 | 5, i = 0) =>
  sudoku.generate(new Rng(deriveSeed(seed, 'sudoku', i)), resolveParams(sudoku.params, {}, 'params', sudoku.levels[level]));
const judge = (response: string, truth: SudokuTruth) => verify('sudoku', response, truth);
const rows = (s: string, n: number) => Array.from({ length: n }, (_, r) => s.slice(r * n, (r + 1) * n));

describe('sudoku generator', () => {
  it('gives the known puzzle and solution for seed 7, item 0, level 3', () => {
    const inst = make(7, 3);
    expect(inst.truth.givens).toBe('004010587700008000983056042040000000800600950506200318090100700100890005605300090');
    expect(inst.truth.solution).toBe('264913587751428639983756142349581276812637954576249318498165723137892465625374891');
    expect(inst.features).toMatchObject({ size: 9, clues: 36, blanks: 45 });
  });

  it('makes 4×4, 6×6 and 9×9 puzzles whose givens agree with the solution', () => {
    for (const level of LEVELS) {
      const t = make(1, level).truth;
      expect([...t.givens].every((g, i) => g === '0' || g === t.solution[i])).toBe(true);
    }
    expect(new Set(LEVELS.map((l) => make(1, l).truth.size))).toEqual(new Set([4, 6, 9]));
  });

  it('harder levels have fewer clues on average', () => {
    const mean = (level: 3 | 4 | 5) => Array.from({ length: 20 }, (_, i) => make(3, level, i).features.clues).reduce((a, b) => a + b) / 20;
    expect(mean(3)).toBeGreaterThan(mean(4));
    expect(mean(4)).toBeGreaterThan(mean(5));
  });
});

describe('sudoku uniqueness counter', () => {
  // Every valid 4×4 sudoku, by exhaustive enumeration of digit strings (independent of the solver).
  const ok = (g: number[]) => {
    for (let i = 0; i < 4; i++) {
      const row = new Set(g.slice(i * 4, i * 4 + 4));
      const col = new Set([0, 1, 2, 3].map((r) => g[r * 4 + i]));
      const br = Math.floor(i / 2) * 2, bc = (i % 2) * 2;
      const box = new Set([g[br * 4 + bc], g[br * 4 + bc + 1], g[(br + 1) * 4 + bc], g[(br + 1) * 4 + bc + 1]]);
      if (row.size < 4 || col.size < 4 || box.size < 4) return false;
    }
    return true;
  };
  it('agrees with brute force on random 4×4 clue sets (0, 1 or many solutions)', () => {
    // Enumerate the 4×4 grids as row permutations (24^4 candidates): independent and exhaustive.
    const perms: number[][] = [];
    const permute = (pre: number[], rest: number[]) => {
      if (!rest.length) perms.push(pre);
      rest.forEach((d, k) => permute([...pre, d], rest.filter((_, j) => j !== k)));
    };
    permute([], [1, 2, 3, 4]);
    const grids: number[][] = [];
    for (const a of perms) for (const b of perms) for (const c of perms) for (const d of perms) {
      const g = [...a, ...b, ...c, ...d];
      if (ok(g)) grids.push(g);
    }
    expect(grids.length).toBe(288); // the known number of 4×4 sudokus
    const L = layout(4);
    const rng = new Rng('brute');
    for (let trial = 0; trial < 300; trial++) {
      const base = rng.pick(grids);
      const puzzle = base.map((d) => (rng.chance(0.35) ? d : 0));
      if (rng.chance(0.2)) puzzle[rng.int(0, 15)] = rng.int(1, 4); // sometimes contradictory
      const brute = grids.filter((g) => puzzle.every((d, i) => d === 0 || d === g[i])).length;
      expect(search(L, Int8Array.from(puzzle), 2).solutions).toBe(Math.min(brute, 2));
    }
  });

  it('every generated puzzle has exactly one solution', () => {
    for (const level of LEVELS) {
      for (let i = 0; i < 10; i++) {
        const t = make('uniq', level, i).truth;
        expect(search(layout(t.size), Int8Array.from([...t.givens].map(Number)), 3).solutions).toBe(1);
      }
    }
  });
});

describe('sudoku verifier', () => {
  const inst = make(7, 3);
  const t = inst.truth;
  const sol = rows(t.solution, 9);

  it.each([
    ['9 lines', sol.join('\n')],
    ['81-character string', t.solution],
    ['spaces and bars', sol.map((r) => `${r.slice(0, 3).split('').join(' ')} | ${r.slice(3, 6).split('').join(' ')} | ${r.slice(6).split('').join(' ')}`).join('\n')],
    ['row labels and box rules', sol.map((r, i) => `Row ${i + 1}: ${r.split('').join(',')}${i % 3 === 2 && i < 8 ? '\n------+-------+------' : ''}`).join('\n')],
    ['prose around the grid', `Here is the solved grid:\n${sol.join('\n')}\nDone.`],
  ])('accepts the solution written as %s', (_label, grid) => {
    const v = judge(`<answer>${grid}</answer>`, t);
    expect(v.reason).toBe('valid grid that keeps every given');
    expect(v.score).toBe(1);
    expect(v.parts).toMatchObject({ cells: 1, format: 1 });
  });

  it('accepts \\boxed{} and raw answers, scoring format apart', () => {
    expect(judge(`\\boxed{${t.solution}}`, t).score).toBe(1);
    const raw = judge(sol.join('\n'), t);
    expect(raw.score).toBe(1);
    expect(raw.parts!.format).toBe(0);
  });

  it('gives partial cell credit to a partial grid but never score 1', () => {
    const partial = [...t.solution].map((d, i) => (i % 2 === 0 && t.givens[i] === '0' ? '.' : d)).join('');
    const v = judge(`<answer>${partial}</answer>`, t);
    expect(v.score).toBe(0);
    expect(v.parts!.cells).toBeGreaterThan(0.3);
    expect(v.parts!.cells).toBeLessThan(1);
    expect(verify('sudoku', `<answer>${partial}</answer>`, t, { partialCredit: true }).score).toBeCloseTo(0.5 * v.parts!.cells);
  });

  it('rejects 200 corrupted answers over all sizes', () => {
    const rng = new Rng('corrupt');
    for (let k = 0; k < 200; k++) {
      const x = make('c', LEVELS[k % 5], k).truth;
      const n = x.size;
      const s = [...x.solution];
      const blanks = s.map((_, i) => i).filter((i) => x.givens[i] === '0');
      let bad: string;
      switch (k % 6) {
        case 0: { // one blank cell changed
          const i = rng.pick(blanks);
          s[i] = String((Number(s[i]) % n) + 1);
          bad = s.join('');
          break;
        }
        case 1: { // a given changed
          const i = [...x.givens].findIndex((g) => g !== '0');
          s[i] = String((Number(s[i]) % n) + 1);
          bad = s.join('');
          break;
        }
        case 2: // a row missing
          bad = rows(x.solution, n).slice(1).join('\n');
          break;
        case 3: // two grids stuffed into one answer
          bad = `${x.solution}\n${x.solution}`;
          break;
        case 4: { // two cells of a row swapped: rows stay valid, columns break
          const r = rng.int(0, n - 1);
          const [a, b] = [r * n, r * n + 1];
          [s[a], s[b]] = [s[b], s[a]];
          bad = s.join('');
          break;
        }
        default: // the puzzle itself echoed back, blanks as 0
          bad = x.givens;
      }
      const v = judge(`<answer>${bad}</answer>`, x);
      expect(v.score, `corruption ${k % 6}: ${v.reason}`).toBeLessThan(1);
    }
  });

  it('explains what is wrong', () => {
    expect(judge('<answer>123</answer>', t).reason).toBe('found 3 cells; expected 81');
    const s = [...t.solution];
    s[2] = s[2] === '9' ? '8' : '9';
    expect(judge(`<answer>${s.join('')}</answer>`, t).reason).toMatch(/^given at r1c3 was 4/);
    expect(judge('<answer>5 3 x 6</answer>', t).reason).toMatch(/unexpected character "x"/);
  });
});
