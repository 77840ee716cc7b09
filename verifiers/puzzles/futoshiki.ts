import { blanksOf, cellName, DIGIT_CELLS, digitsOf, digitValue, givenBroken, isDigitString, judgeCells, latinBroken } from '../parse/cell-grid.js';
import type { VerifierDefinition } from '../registry.js';

interface FutoshikiTruth {
  size: number;
  givens: string;
  /** [a, b]: cell a holds a smaller value than cell b (row-major indices). */
  less: [number, number][];
  solution: string;
}

function checkTruth(t: unknown): string | undefined {
  const x = t as FutoshikiTruth;
  if (!x || typeof x !== 'object') return 'truth must be an object';
  if (!Number.isInteger(x.size) || x.size < 2 || x.size > 9) return 'size must be an integer from 2 to 9';
  const cells = x.size * x.size;
  if (!isDigitString(x.givens, cells) || !isDigitString(x.solution, cells)) return `givens and solution must be ${cells} digits`;
  const ok = (i: unknown) => Number.isInteger(i) && (i as number) >= 0 && (i as number) < cells;
  if (!Array.isArray(x.less) || !x.less.every((p) => Array.isArray(p) && p.length === 2 && ok(p[0]) && ok(p[1]))) return 'less must be a list of [cell, cell] pairs';
  return undefined;
}

/** Checks the Latin rule, the givens and every inequality; parts.cells = share of blanks right. */
export const futoshikiVerifier: VerifierDefinition<FutoshikiTruth> = {
  name: 'futoshiki',
  describe: 'futoshiki grid: Latin rule, givens and inequalities checked; parts.cells = fraction of blanks right',
  tasks: ['futoshiki'],
  checkTruth,
  judge(answer, t) {
    const n = t.size;
    return judgeCells(answer, {
      cellChars: DIGIT_CELLS,
      toValue: digitValue(n),
      solution: digitsOf(t.solution),
      scored: blanksOf(t.givens),
      cols: n,
      rules: (v) => {
        const bad = t.less.find(([a, b]) => !(v[a] < v[b]));
        if (bad) return `inequality ${cellName(bad[0], n)} < ${cellName(bad[1], n)} fails (${v[bad[0]]} vs ${v[bad[1]]})`;
        return latinBroken(v, n) ?? givenBroken(v, t.givens, n);
      },
    });
  },
};
