import type { Rng } from '../../../core/rng.js';
import type { Primitive } from '../../../core/scene.js';
import type { Instance, TaskDefinition } from '../../../core/task.js';
import { cellRects, cellText, gridGeom, gridLines } from '../grid-scene.js';
import { boxShape, layout } from './geometry.js';
import { gradeBySingles, search } from './solver.js';

export interface SudokuParams {
  size: 4 | 6 | 9;
  /** Target number of givens; removal stops here or when no further clue can go without losing uniqueness. */
  clues: number;
}

export interface SudokuTruth {
  size: number;
  boxRows: number;
  boxCols: number;
  /** Row-major, '0' for a blank. */
  givens: string;
  solution: string;
}

const CELL_PX: Record<number, number> = { 4: 96, 6: 72, 9: 50 };

/** Fewest givens we try for: below these, generation stalls in long removal passes for little gain. */
const MIN_CLUES: Record<number, number> = { 4: 4, 6: 8, 9: 22 };

const gridText = (g: Int8Array) => Array.from(g).join('');

function generate(rng: Rng, p: SudokuParams): Instance<SudokuTruth> {
  const n = p.size;
  const L = layout(n);
  const solution = search(L, new Int8Array(L.cells), 1, rng.fork('fill')).solution!;
  const puzzle = Int8Array.from(solution);
  let clues = L.cells;
  // Remove clues in random order, keeping each removal only if the solution stays unique.
  for (const i of rng.fork('dig').shuffle([...Array(L.cells).keys()])) {
    if (clues <= p.clues) break;
    const keep = puzzle[i];
    puzzle[i] = 0;
    if (search(L, puzzle, 2).solutions === 1) clues--;
    else puzzle[i] = keep;
  }
  // Effort to find the solution (what a solver must do), apart from the work of proving it unique.
  const effort = search(L, puzzle, 1);
  const certify = search(L, puzzle, 2);
  const grade = gradeBySingles(L, puzzle);
  const { rows, cols } = boxShape(n);
  const truth: SudokuTruth = { size: n, boxRows: rows, boxCols: cols, givens: gridText(puzzle), solution: gridText(solution) };

  const g = gridGeom(n, n, CELL_PX[n]);
  const givenIds: string[] = [];
  const texts: Primitive[] = [];
  for (let i = 0; i < L.cells; i++) {
    if (!puzzle[i]) continue;
    const id = `given-r${L.row[i]}c${L.col[i]}`;
    givenIds.push(id);
    texts.push(cellText(g, L.row[i], L.col[i], String(puzzle[i]), id));
  }
  const rowsText = Array.from({ length: n }, (_, r) => truth.givens.slice(r * n, (r + 1) * n).replace(/0/g, '.').split('').join(' '));
  const solRows = Array.from({ length: n }, (_, r) => truth.solution.slice(r * n, (r + 1) * n));
  const rules = `Fill every empty cell with a digit from 1 to ${n} so that each row, each column and each outlined ${rows}×${cols} box contains every digit 1–${n} exactly once.`;
  const format = `Give the full solved grid as ${n} lines of ${n} digits, top row first, inside <answer></answer>, for example <answer>\n${exampleGrid(n)}\n</answer>`;
  return {
    question: `This ${n}×${n} sudoku has ${clues} given digits. ${rules} ${format}`,
    textOnly: `Solve this ${n}×${n} sudoku ('.' marks an empty cell):\n${rowsText.join('\n')}\n${rules} ${format}`,
    scene: { kind: 'canvas', width: g.width, height: g.height, background: '#ffffff', elements: [...cellRects(g), ...gridLines(g, rows, cols, 1, 3.5), ...texts] },
    answer: solRows.join('\n'),
    truth,
    evidence: givenIds,
    features: {
      size: n,
      clues,
      blanks: L.cells - clues,
      searchNodes: effort.nodes,
      backtracks: effort.backtracks,
      certifyNodes: certify.nodes,
      technique: grade.technique,
    },
    canonical: `sudoku:${n}:${truth.givens}`,
  };
}

/** A valid-looking example that is not the answer: the trivial shifted Latin pattern. */
function exampleGrid(n: number): string {
  const { rows, cols } = boxShape(n);
  return Array.from({ length: n }, (_, r) =>
    Array.from({ length: n }, (_, c) => ((((r % rows) * cols + Math.floor(r / rows) + c) % n) + 1).toString()).join(''),
  ).join('\n');
}

export const sudoku: TaskDefinition<SudokuParams, SudokuTruth> = {
  name: 'sudoku',
  domain: 'puzzle',
  describe: 'Classic sudoku (4×4, 6×6, 9×9) with a certified unique solution; answer the full grid',
  params: {
    size: { type: 'enum', values: [4, 6, 9], default: 9, describe: 'grid side' },
    clues: { type: 'int', min: 4, max: 80, default: 30, describe: 'target number of givens (more = easier)' },
  },
  levels: {
    1: { size: 4, clues: 6 },
    2: { size: 6, clues: 14 },
    3: { size: 9, clues: 36 },
    4: { size: 9, clues: 30 },
    5: { size: 9, clues: 24 },
  },
  check(p) {
    const cells = p.size * p.size;
    if (p.clues < MIN_CLUES[p.size] || p.clues >= cells) return `clues: got ${p.clues}; allowed for size ${p.size}: ${MIN_CLUES[p.size]} to ${cells - 1}`;
    return undefined;
  },
  generate,
  verifier: 'sudoku',
};
