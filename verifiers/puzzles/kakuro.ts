import { cellName, startGridJudgement } from '../parse/symbol-grid.js';
import type { VerifierDefinition } from '../registry.js';

interface KakuroTruth {
  rows: number;
  cols: number;
  grid: string;
  runs: { dir: 'across' | 'down'; row: number; col: number; length: number; sum: number }[];
  solution: string;
}

const SYMBOLS: Record<string, string> = Object.fromEntries([
  ...'123456789'.split('').map((d) => [d, d]),
  ...['#', 'x', '■', '█', '*', '_', '-', '.', '0'].map((b) => [b, '#']),
]);

function checkTruth(t: unknown): string | undefined {
  const x = t as KakuroTruth;
  if (!x || typeof x !== 'object') return 'truth must be an object';
  if (!Number.isInteger(x.rows) || !Number.isInteger(x.cols) || x.rows < 2 || x.cols < 2 || x.rows * x.cols > 900) return 'rows and cols must be integers from 2 (at most 900 cells)';
  const cells = x.rows * x.cols;
  if (typeof x.grid !== 'string' || x.grid.length !== cells || !/^[#.1-9]+$/.test(x.grid)) return `grid must be ${cells} of '#', '.' and 1-9`;
  if (typeof x.solution !== 'string' || x.solution.length !== cells || !/^[#1-9]+$/.test(x.solution)) return `solution must be ${cells} of '#' and 1-9`;
  const runOk = (r: KakuroTruth['runs'][number]) =>
    r && (r.dir === 'across' || r.dir === 'down') && [r.row, r.col, r.length, r.sum].every(Number.isInteger) &&
    r.row >= 0 && r.col >= 0 && r.length >= 1 && (r.dir === 'across' ? r.col + r.length < x.cols && r.row < x.rows : r.row + r.length < x.rows && r.col < x.cols);
  if (!Array.isArray(x.runs) || !x.runs.length || !x.runs.every(runOk)) return 'runs must list {dir, row, col, length, sum} inside the grid';
  return undefined;
}

/** Checks every run's sum and distinct digits, and the given digits, not a stored string. */
export const kakuroVerifier: VerifierDefinition<KakuroTruth> = {
  name: 'kakuro',
  describe: 'kakuro grid: run sums, no repeated digit in a run, givens kept; parts.cells = fraction of white cells right',
  tasks: ['kakuro'],
  checkTruth,
  judge(answer, t) {
    const { rows, cols, grid } = t;
    const g = startGridJudgement(answer, SYMBOLS, rows * cols, t.solution, (all) => all.filter((i) => grid[i] !== '#'));
    if ('verdict' in g) return g.verdict;
    const { cells, all, parts, fail } = g;
    const white = all.filter((i) => grid[i] !== '#');
    for (const i of all) {
      if (grid[i] === '#' && cells[i] !== '#') return fail(`${cellName(i, cols)} is a black cell but holds ${cells[i]}`);
      if (grid[i] !== '#' && cells[i] === '#') return fail(`the white cell ${cellName(i, cols)} has no digit`);
      if (/[1-9]/.test(grid[i]) && cells[i] !== grid[i]) return fail(`the given ${grid[i]} at ${cellName(i, cols)} was changed to ${cells[i]}`);
    }
    for (const run of t.runs) {
      const step = run.dir === 'across' ? 1 : cols;
      const start = run.row * cols + run.col;
      const digits = Array.from({ length: run.length }, (_, k) => Number(cells[start + (k + 1) * step]));
      const where = `the ${run.dir} run from the clue at ${cellName(start, cols)}`;
      if (new Set(digits).size !== digits.length) return fail(`${where} repeats a digit`);
      const sum = digits.reduce((a, b) => a + b, 0);
      if (sum !== run.sum) return fail(`${where} adds up to ${sum}, not ${run.sum}`);
    }
    return { correct: true, reason: 'every run adds up to its clue without a repeated digit', parts, parsed: cells.join('') };
  },
};
