import { cagePartitionError, cellName, DIGIT_CELLS, digitsOf, digitValue, isDigitString, judgeCells, latinBroken } from '../parse/cell-grid.js';
import type { VerifierDefinition } from '../registry.js';

type Op = '+' | '-' | '*' | '/' | '=';

interface KenkenTruth {
  size: number;
  cages: { cells: number[]; op: Op; target: number }[];
  solution: string;
}

function holds(op: Op, target: number, v: number[]): boolean {
  switch (op) {
    case '=':
      return v.length === 1 && v[0] === target;
    case '+':
      return v.reduce((a, b) => a + b, 0) === target;
    case '*':
      return v.reduce((a, b) => a * b, 1) === target;
    case '-':
      return v.length === 2 && Math.abs(v[0] - v[1]) === target;
    case '/':
      return v.length === 2 && Math.max(...v) === target * Math.min(...v);
  }
}

function checkTruth(t: unknown): string | undefined {
  const x = t as KenkenTruth;
  if (!x || typeof x !== 'object') return 'truth must be an object';
  if (!Number.isInteger(x.size) || x.size < 2 || x.size > 9) return 'size must be an integer from 2 to 9';
  const cells = x.size * x.size;
  if (!isDigitString(x.solution, cells)) return `solution must be ${cells} digits`;
  return cagePartitionError(x.cages, cells, (c) => (['+', '-', '*', '/', '='].includes(c.op) && Number.isInteger(c.target) ? undefined : 'each cage needs an op (+ - * / =) and an integer target'));
}

/** Checks the Latin rule and every cage's arithmetic; parts.cells = share of all cells right. */
export const kenkenVerifier: VerifierDefinition<KenkenTruth> = {
  name: 'kenken',
  describe: 'KenKen grid: Latin rule and cage arithmetic checked; parts.cells = fraction of cells right',
  tasks: ['kenken'],
  checkTruth,
  judge(answer, t) {
    const n = t.size;
    return judgeCells(answer, {
      cellChars: DIGIT_CELLS,
      toValue: digitValue(n),
      solution: digitsOf(t.solution),
      cols: n,
      rules: (v) => {
        const bad = t.cages.find((c) => !holds(c.op, c.target, c.cells.map((i) => v[i])));
        if (bad) return `cage at ${cellName(bad.cells[0], n)} (${bad.target}${bad.op}) does not hold`;
        return latinBroken(v, n);
      },
    });
  },
};
