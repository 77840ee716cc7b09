import { blanksOf, DIGIT_CELLS, digitsOf, digitValue, givenBroken, isDigitString, judgeCells, latinBroken } from '../parse/cell-grid.js';
import type { VerifierDefinition } from '../registry.js';

interface SkyscrapersTruth {
  size: number;
  top: number[];
  bottom: number[];
  left: number[];
  right: number[];
  givens: string;
  solution: string;
}

function visible(line: number[]): number {
  let seen = 0;
  let tallest = 0;
  for (const h of line) if (h > tallest) [tallest, seen] = [h, seen + 1];
  return seen;
}

function checkTruth(t: unknown): string | undefined {
  const x = t as SkyscrapersTruth;
  if (!x || typeof x !== 'object') return 'truth must be an object';
  if (!Number.isInteger(x.size) || x.size < 2 || x.size > 9) return 'size must be an integer from 2 to 9';
  const n = x.size;
  if (!isDigitString(x.givens, n * n) || !isDigitString(x.solution, n * n)) return `givens and solution must be ${n * n} digits`;
  for (const side of ['top', 'bottom', 'left', 'right'] as const) {
    const c = x[side];
    if (!Array.isArray(c) || c.length !== n || !c.every((v) => Number.isInteger(v) && v >= 0 && v <= n)) return `${side} must be ${n} clues from 0 (none) to ${n}`;
  }
  return undefined;
}

/** Checks the Latin rule, the givens and every visibility clue; parts.cells = share of blanks right. */
export const skyscrapersVerifier: VerifierDefinition<SkyscrapersTruth> = {
  name: 'skyscrapers',
  describe: 'skyscrapers grid: Latin rule, givens and visibility clues checked; parts.cells = fraction of blanks right',
  tasks: ['skyscrapers'],
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
        const row = (r: number) => v.slice(r * n, (r + 1) * n);
        const col = (c: number) => Array.from({ length: n }, (_, r) => v[r * n + c]);
        const looks: [string, number[], number][] = [];
        for (let k = 0; k < n; k++) {
          looks.push([`top clue of column ${k + 1}`, col(k), t.top[k]], [`bottom clue of column ${k + 1}`, col(k).reverse(), t.bottom[k]]);
          looks.push([`left clue of row ${k + 1}`, row(k), t.left[k]], [`right clue of row ${k + 1}`, row(k).reverse(), t.right[k]]);
        }
        const bad = looks.find(([, line, clue]) => clue && visible(line) !== clue);
        if (bad) return `${bad[0]} is ${bad[2]}, but ${visible(bad[1])} are visible`;
        return latinBroken(v, n) ?? givenBroken(v, t.givens, n);
      },
    });
  },
};
