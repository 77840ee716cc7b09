import { startGridJudgement } from '../parse/symbol-grid.js';
import type { VerifierDefinition } from '../registry.js';

interface AquariumTruth {
  rows: number;
  cols: number;
  regions: number[];
  rowCounts: number[];
  colCounts: number[];
  solution: string;
}

const SYMBOLS: Record<string, string> = { '#': '#', w: '#', '~': '#', '1': '#', '■': '#', '█': '#', '.': '.', _: '.', '0': '.', '□': '.', '-': '.', o: '.' };

const ints = (v: unknown, len: number, min: number) => Array.isArray(v) && v.length === len && v.every((x) => Number.isInteger(x) && x >= min);

function checkTruth(t: unknown): string | undefined {
  const x = t as AquariumTruth;
  if (!x || typeof x !== 'object') return 'truth must be an object';
  if (!Number.isInteger(x.rows) || !Number.isInteger(x.cols) || x.rows < 1 || x.cols < 1 || x.rows * x.cols > 400) return 'rows and cols must be positive integers (at most 400 cells)';
  if (!ints(x.regions, x.rows * x.cols, 0)) return 'regions must hold one tank id (integer from 0) per cell';
  if (!ints(x.rowCounts, x.rows, 0) || !ints(x.colCounts, x.cols, 0)) return 'rowCounts and colCounts must be one non-negative integer per line';
  if (typeof x.solution !== 'string' || x.solution.length !== x.rows * x.cols || !/^[#.]+$/.test(x.solution)) return `solution must be ${x.rows * x.cols} of # and .`;
  return undefined;
}

/**
 * Checks the rules on the answered grid, not a stored string: every row and column count, and in
 * every tank one water level (a wet cell has wet tank cells beside it in its row and in every row
 * below). parts.cells = fraction of cells right.
 */
export const aquariumVerifier: VerifierDefinition<AquariumTruth> = {
  name: 'aquarium',
  describe: 'aquarium filling: one water level per tank, every row and column water count met; parts.cells = fraction of cells right',
  tasks: ['aquarium'],
  checkTruth,
  judge(answer, t) {
    const { rows, cols, regions } = t;
    const g = startGridJudgement(answer, SYMBOLS, rows * cols, t.solution, (all) => all);
    if ('verdict' in g) return g.verdict;
    const { cells, parts, fail } = g;
    const wet = (i: number) => cells[i] === '#';
    for (let r = 0; r < rows; r++) {
      const have = cells.slice(r * cols, (r + 1) * cols).filter((c) => c === '#').length;
      if (have !== t.rowCounts[r]) return fail(`row ${r + 1} holds ${have} water cells; it needs ${t.rowCounts[r]}`);
    }
    for (let c = 0; c < cols; c++) {
      let have = 0;
      for (let r = 0; r < rows; r++) if (wet(r * cols + c)) have++;
      if (have !== t.colCounts[c]) return fail(`column ${c + 1} holds ${have} water cells; it needs ${t.colCounts[c]}`);
    }
    // The highest wet row of each tank is its level: every tank cell at or below it must be wet, every one above dry.
    const level = new Map<number, number>();
    for (let i = 0; i < rows * cols; i++) if (wet(i) && !level.has(regions[i])) level.set(regions[i], Math.floor(i / cols));
    for (let i = 0; i < rows * cols; i++) {
      const top = level.get(regions[i]);
      if (top !== undefined && Math.floor(i / cols) >= top && !wet(i)) return fail(`r${Math.floor(i / cols) + 1}c${(i % cols) + 1} is dry below or beside water of its tank`);
    }
    return { correct: true, reason: 'every tank has one water level and every count is met', parts, parsed: cells.join('') };
  },
};
