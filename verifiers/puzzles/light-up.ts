import { cellName, startGridJudgement } from '../parse/symbol-grid.js';
import type { VerifierDefinition } from '../registry.js';

interface LightUpTruth {
  rows: number;
  cols: number;
  grid: string;
  solution: string;
}

// 'x' is the usual pencil mark for "no bulb here", so it reads as an empty white cell.
const SYMBOLS: Record<string, string> = {
  l: 'L', '*': 'L', '@': 'L', '💡': 'L', '.': '.', _: '.', '-': '.', x: '.',
  '#': '#', '■': '#', '█': '#', '0': '#', '1': '#', '2': '#', '3': '#', '4': '#',
};

function checkTruth(t: unknown): string | undefined {
  const x = t as LightUpTruth;
  if (!x || typeof x !== 'object') return 'truth must be an object';
  if (!Number.isInteger(x.rows) || !Number.isInteger(x.cols) || x.rows < 2 || x.cols < 2 || x.rows * x.cols > 900) return 'rows and cols must be integers from 2 (at most 900 cells)';
  const cells = x.rows * x.cols;
  if (typeof x.grid !== 'string' || x.grid.length !== cells || !/^[.#0-4]+$/.test(x.grid)) return `grid must be ${cells} of '.', '#' and 0-4`;
  if (typeof x.solution !== 'string' || x.solution.length !== cells || !/^[.#L]+$/.test(x.solution)) return `solution must be ${cells} of '.', '#' and L`;
  return undefined;
}

/** Checks the light-up rules on the bulbs, not a stored string. */
export const lightUpVerifier: VerifierDefinition<LightUpTruth> = {
  name: 'light-up',
  describe: 'light-up (akari) bulbs: every cell lit, no bulb sees another, numbers met; parts.cells = fraction of white cells right',
  tasks: ['light-up'],
  checkTruth,
  judge(answer, t) {
    const { rows, cols, grid } = t;
    const g = startGridJudgement(answer, SYMBOLS, rows * cols, t.solution, (all) => all.filter((i) => grid[i] === '.'));
    if ('verdict' in g) return g.verdict;
    const { cells, all, parts, fail } = g;
    const white = all.filter((i) => grid[i] === '.');
    for (const i of all) {
      if (grid[i] !== '.' && cells[i] === 'L') return fail(`a bulb is placed on the black cell ${cellName(i, cols)}`);
      if (grid[i] === '.' && cells[i] === '#') return fail(`${cellName(i, cols)} is a white cell, not black`);
    }
    const lit = new Set<number>();
    for (const i of white) {
      if (cells[i] !== 'L') continue;
      lit.add(i);
      const r = Math.floor(i / cols);
      const c = i % cols;
      for (const [dr, dc] of [[-1, 0], [1, 0], [0, -1], [0, 1]]) {
        for (let rr = r + dr, cc = c + dc; rr >= 0 && rr < rows && cc >= 0 && cc < cols && grid[rr * cols + cc] === '.'; rr += dr, cc += dc) {
          const j = rr * cols + cc;
          if (cells[j] === 'L') return fail(`bulbs at ${cellName(i, cols)} and ${cellName(j, cols)} shine on each other`);
          lit.add(j);
        }
      }
    }
    const dark = white.find((i) => !lit.has(i));
    if (dark !== undefined) return fail(`${cellName(dark, cols)} is not lit`);
    for (const k of all) {
      if (!/[0-4]/.test(grid[k])) continue;
      const r = Math.floor(k / cols);
      const c = k % cols;
      const near = [[r - 1, c], [r + 1, c], [r, c - 1], [r, c + 1]].filter(([a, b]) => a >= 0 && a < rows && b >= 0 && b < cols && cells[a * cols + b] === 'L').length;
      if (near !== Number(grid[k])) return fail(`the black cell ${cellName(k, cols)} shows ${grid[k]} but has ${near} bulbs beside it`);
    }
    return { correct: true, reason: 'every white cell lit, no bulb sees another, every number met', parts, parsed: cells.join('') };
  },
};
