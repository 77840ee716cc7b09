import { ParseError, parseCharGrid } from '../parse/grid.js';
import type { VerifierDefinition } from '../registry.js';

interface SudokuTruth {
  size: number;
  boxRows: number;
  boxCols: number;
  givens: string;
  solution: string;
}

function checkTruth(t: unknown): string | undefined {
  const x = t as SudokuTruth;
  if (!x || typeof x !== 'object') return 'truth must be an object';
  if (![4, 6, 9].includes(x.size)) return 'size must be 4, 6 or 9';
  if (x.boxRows * x.boxCols !== x.size) return 'boxRows × boxCols must equal size';
  const cells = x.size * x.size;
  if (typeof x.givens !== 'string' || x.givens.length !== cells || !/^\d+$/.test(x.givens)) return `givens must be ${cells} digits`;
  if (typeof x.solution !== 'string' || x.solution.length !== cells || !/^\d+$/.test(x.solution)) return `solution must be ${cells} digits`;
  return undefined;
}

/** Checks the rules and the givens (not a stored string), then scores blanks against the unique solution. */
export const sudokuVerifier: VerifierDefinition<SudokuTruth> = {
  name: 'sudoku',
  describe: 'sudoku grid: rules, givens kept, parts.cells = fraction of blanks right',
  tasks: ['sudoku'],
  checkTruth,
  judge(answer, t) {
    const n = t.size;
    let cells: string[];
    try {
      // '.', '0', '_' are accepted as cells so that a partial grid parses and earns partial credit.
      cells = parseCharGrid(answer, '0123456789._', n * n).cells;
    } catch (e) {
      if (e instanceof ParseError) return { correct: false, reason: e.message, parts: { cells: 0 } };
      throw e;
    }
    const digits = cells.map((ch) => (/[1-9]/.test(ch) && Number(ch) <= n ? Number(ch) : 0));
    const blanks = [...t.givens].map((g, i) => (g === '0' ? i : -1)).filter((i) => i >= 0);
    const right = blanks.filter((i) => digits[i] === Number(t.solution[i])).length;
    const parts = { cells: blanks.length ? right / blanks.length : 1 };
    const at = (i: number) => `r${Math.floor(i / n) + 1}c${(i % n) + 1}`;
    const empty = digits.findIndex((d) => d === 0);
    if (empty >= 0) return { correct: false, reason: `cell ${at(empty)} is empty or not a digit 1–${n}`, parts, partial: parts.cells, parsed: cells.join('') };
    const changed = [...t.givens].findIndex((g, i) => g !== '0' && Number(g) !== digits[i]);
    if (changed >= 0) return { correct: false, reason: `given at ${at(changed)} was ${t.givens[changed]}, answer has ${digits[changed]}`, parts, partial: parts.cells };
    const units: [string, (i: number) => number][] = [
      ['row', (i) => Math.floor(i / n)],
      ['column', (i) => i % n],
      ['box', (i) => Math.floor(Math.floor(i / n) / t.boxRows) * (n / t.boxCols) + Math.floor((i % n) / t.boxCols)],
    ];
    for (const [name, unitOf] of units) {
      const seen = new Map<string, number>();
      for (let i = 0; i < n * n; i++) {
        const key = `${unitOf(i)}:${digits[i]}`;
        if (seen.has(key)) return { correct: false, reason: `${name} ${unitOf(i) + 1} repeats ${digits[i]}`, parts, partial: parts.cells };
        seen.set(key, i);
      }
    }
    return { correct: true, reason: 'valid grid that keeps every given', parts, parsed: digits.join('') };
  },
};
