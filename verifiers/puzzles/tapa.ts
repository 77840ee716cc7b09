import { startGridJudgement } from '../parse/symbol-grid.js';
import type { VerifierDefinition } from '../registry.js';

interface TapaTruth {
  rows: number;
  cols: number;
  clues: (number[] | null)[];
  solution: string;
}

/** Digits are not aliases here: a model that copies a clue into its cell must not have it read as a colour. */
const SYMBOLS: Record<string, string> = { '#': '#', x: '#', b: '#', '■': '#', '█': '#', '.': '.', o: '.', w: '.', _: '.', '□': '.', '-': '.' };

function checkTruth(t: unknown): string | undefined {
  const x = t as TapaTruth;
  if (!x || typeof x !== 'object') return 'truth must be an object';
  if (!Number.isInteger(x.rows) || !Number.isInteger(x.cols) || x.rows < 1 || x.cols < 1 || x.rows * x.cols > 400) return 'rows and cols must be positive integers (at most 400 cells)';
  const clue = (c: unknown) => c === null || (Array.isArray(c) && c.length >= 1 && c.length <= 4 && c.every((v) => Number.isInteger(v) && v >= 0 && v <= 8));
  if (!Array.isArray(x.clues) || x.clues.length !== x.rows * x.cols || !x.clues.every(clue)) return 'clues must hold, per cell, null or 1–4 run lengths from 0 to 8';
  if (typeof x.solution !== 'string' || x.solution.length !== x.rows * x.cols || !/^[#.]+$/.test(x.solution)) return `solution must be ${x.rows * x.cols} of # and .`;
  return undefined;
}

/** Run lengths of black around cell i, clockwise, cells off the grid white; ascending, [0] for none. */
function runsAround(i: number, rows: number, cols: number, black: (j: number) => boolean): number[] {
  const r = Math.floor(i / cols);
  const c = i % cols;
  const ring = [[-1, -1], [-1, 0], [-1, 1], [0, 1], [1, 1], [1, 0], [1, -1], [0, -1]].map(([dr, dc]) => r + dr >= 0 && r + dr < rows && c + dc >= 0 && c + dc < cols && black((r + dr) * cols + c + dc));
  if (ring.every(Boolean)) return [8];
  const start = ring.indexOf(false);
  const runs: number[] = [];
  let run = 0;
  for (let s = 1; s <= 8; s++) {
    if (ring[(start + s) % 8]) run++;
    else if (run) runs.push(run), (run = 0);
  }
  return runs.length ? runs.sort((a, b) => a - b) : [0];
}

/** True when the black cells form one orthogonally connected area (or there are none). */
function oneWall(rows: number, cols: number, black: (i: number) => boolean): boolean {
  const all = [...Array(rows * cols).keys()].filter(black);
  const seen = new Set(all.slice(0, 1));
  const stack = all.slice(0, 1);
  while (stack.length) {
    const i = stack.pop()!;
    const c = i % cols;
    for (const j of [i - cols, i + cols, c > 0 ? i - 1 : -1, c < cols - 1 ? i + 1 : -1]) {
      if (j >= 0 && j < rows * cols && black(j) && !seen.has(j)) seen.add(j), stack.push(j);
    }
  }
  return seen.size === all.length;
}

/**
 * Checks the tapa rules on the answered grid: clue cells white, the runs around each clue, no 2×2
 * black block, one connected wall. parts.cells = fraction of cells right.
 */
export const tapaVerifier: VerifierDefinition<TapaTruth> = {
  name: 'tapa',
  describe: 'tapa shading: runs around every clue, clue cells white, no 2×2 black, one connected wall; parts.cells = fraction of cells right',
  tasks: ['tapa'],
  checkTruth,
  judge(answer, t) {
    const { rows, cols } = t;
    const g = startGridJudgement(answer, SYMBOLS, rows * cols, t.solution, (all) => all);
    if ('verdict' in g) return g.verdict;
    const { cells, parts, fail } = g;
    const black = (i: number) => cells[i] === '#';
    const name = (i: number) => `r${Math.floor(i / cols) + 1}c${(i % cols) + 1}`;
    for (let i = 0; i < rows * cols; i++) {
      const clue = t.clues[i];
      if (!clue) continue;
      if (black(i)) return fail(`the clue cell ${name(i)} is shaded`);
      const runs = runsAround(i, rows, cols, black);
      if (runs.join() !== [...clue].sort((a, b) => a - b).join()) return fail(`around ${name(i)} the black runs are ${runs.join('/')}; the clue says ${clue.join('/')}`);
    }
    for (let r = 0; r + 1 < rows; r++) for (let c = 0; c + 1 < cols; c++) {
      const i = r * cols + c;
      if (black(i) && black(i + 1) && black(i + cols) && black(i + cols + 1)) return fail(`the 2×2 square at ${name(i)} is all black`);
    }
    if (!oneWall(rows, cols, black)) return fail('the black cells do not form one connected wall');
    return { correct: true, reason: 'every clue met, one connected wall without 2×2 blocks', parts, parsed: cells.join('') };
  },
};
