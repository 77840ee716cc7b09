import { cellName, judgeCells } from '../parse/cell-grid.js';
import type { VerifierDefinition } from '../registry.js';

interface BinairoTruth {
  size: number;
  givens: string;
  solution: string;
}

function checkTruth(t: unknown): string | undefined {
  const x = t as BinairoTruth;
  if (!x || typeof x !== 'object') return 'truth must be an object';
  if (!Number.isInteger(x.size) || x.size < 2 || x.size > 16 || x.size % 2) return 'size must be an even integer from 2 to 16';
  const cells = x.size * x.size;
  if (typeof x.givens !== 'string' || x.givens.length !== cells || !/^[01.]+$/.test(x.givens)) return `givens must be ${cells} characters 0, 1 or .`;
  if (typeof x.solution !== 'string' || x.solution.length !== cells || !/^[01]+$/.test(x.solution)) return `solution must be ${cells} characters 0 or 1`;
  return undefined;
}

/** First broken binairo rule in the lines (rows or columns) of a complete grid. */
function lineBroken(lines: number[][], what: string): string | undefined {
  const n = lines.length;
  const seen = new Map<string, number>();
  for (let k = 0; k < n; k++) {
    const l = lines[k];
    const ones = l.filter((v) => v === 1).length;
    if (ones * 2 !== n) return `${what} ${k + 1} has ${ones} ones; it needs ${n / 2}`;
    const triple = l.findIndex((v, i) => i >= 2 && v === l[i - 1] && v === l[i - 2]);
    if (triple >= 0) return `${what} ${k + 1} has three ${l[triple]}s in a row`;
    const key = l.join('');
    if (seen.has(key)) return `${what}s ${seen.get(key)! + 1} and ${k + 1} are identical`;
    seen.set(key, k);
  }
  return undefined;
}

/** Checks balance, no three in a row, distinct rows and columns, and the givens; parts.cells = share of blanks right. */
export const binairoVerifier: VerifierDefinition<BinairoTruth> = {
  name: 'binairo',
  describe: 'binairo/takuzu grid: balance, no triples, distinct lines and givens checked; parts.cells = fraction of blanks right',
  tasks: ['binairo'],
  checkTruth,
  judge(answer, t) {
    const n = t.size;
    // Values: 1 for digit 0, 2 for digit 1 (0 means blank).
    const toValue = (ch: string) => (ch === '0' || ch === 'o' || ch === 'O' ? 1 : ch === '1' ? 2 : 0);
    const v = (s: string) => [...s].map(toValue);
    return judgeCells(answer, {
      cellChars: '01oO._',
      toValue,
      solution: v(t.solution),
      scored: [...t.givens].flatMap((g, i) => (g === '.' ? [i] : [])),
      cols: n,
      rules: (vals) => {
        const bits = vals.map((x) => x - 1);
        const changed = [...t.givens].findIndex((g, i) => g !== '.' && Number(g) !== bits[i]);
        if (changed >= 0) return `given ${t.givens[changed]} at ${cellName(changed, n)} was changed`;
        const rows = Array.from({ length: n }, (_, r) => bits.slice(r * n, (r + 1) * n));
        const cols = Array.from({ length: n }, (_, c) => rows.map((row) => row[c]));
        return lineBroken(rows, 'row') ?? lineBroken(cols, 'column');
      },
    });
  },
};
