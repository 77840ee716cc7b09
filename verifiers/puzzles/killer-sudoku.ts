import { cagePartitionError, cellName, DIGIT_CELLS, digitsOf, digitValue, isDigitString, judgeCells, latinBroken } from '../parse/cell-grid.js';
import type { VerifierDefinition } from '../registry.js';

interface KillerSudokuTruth {
  size: number;
  boxRows: number;
  boxCols: number;
  cages: { cells: number[]; sum: number }[];
  solution: string;
}

function checkTruth(t: unknown): string | undefined {
  const x = t as KillerSudokuTruth;
  if (!x || typeof x !== 'object') return 'truth must be an object';
  if (![4, 6, 9].includes(x.size)) return 'size must be 4, 6 or 9';
  if (!Number.isInteger(x.boxRows) || !Number.isInteger(x.boxCols) || x.boxRows * x.boxCols !== x.size || x.size % x.boxRows || x.size % x.boxCols) return 'boxRows × boxCols must equal size';
  const cells = x.size * x.size;
  if (!isDigitString(x.solution, cells)) return `solution must be ${cells} digits`;
  return cagePartitionError(x.cages, cells, (c) => (Number.isInteger(c.sum) ? undefined : 'each cage needs an integer sum'));
}

/** Checks rows, columns, boxes, cage sums and no repeat in a cage; parts.cells = share of all cells right. */
export const killerSudokuVerifier: VerifierDefinition<KillerSudokuTruth> = {
  name: 'killer-sudoku',
  describe: 'killer sudoku grid: sudoku rules, cage sums and no repeats in a cage; parts.cells = fraction of cells right',
  tasks: ['killer-sudoku'],
  checkTruth,
  judge(answer, t) {
    const n = t.size;
    return judgeCells(answer, {
      cellChars: DIGIT_CELLS,
      toValue: digitValue(n),
      solution: digitsOf(t.solution),
      cols: n,
      rules: (v) => {
        for (const c of t.cages) {
          const digits = c.cells.map((i) => v[i]);
          const sum = digits.reduce((a, b) => a + b, 0);
          if (sum !== c.sum) return `cage at ${cellName(c.cells[0], n)} sums to ${sum}, not ${c.sum}`;
          if (new Set(digits).size !== digits.length) return `cage at ${cellName(c.cells[0], n)} repeats a digit`;
        }
        const boxes = t.boxRows * t.boxCols === n ? n / t.boxCols : 0;
        for (let b = 0; b < n; b++) {
          const r0 = Math.floor(b / boxes) * t.boxRows;
          const c0 = (b % boxes) * t.boxCols;
          const seen = new Set<number>();
          for (let r = r0; r < r0 + t.boxRows; r++) for (let c = c0; c < c0 + t.boxCols; c++) seen.add(v[r * n + c]);
          if (seen.size !== n) return `box ${b + 1} repeats a digit`;
        }
        return latinBroken(v, n);
      },
    });
  },
};
