import { startGridJudgement } from '../parse/symbol-grid.js';
import type { VerifierDefinition } from '../registry.js';

interface KukurasuTruth {
  rows: number;
  cols: number;
  rowClues: number[];
  colClues: number[];
  solution: string;
}

const SYMBOLS: Record<string, string> = { '#': '#', x: '#', b: '#', '■': '#', '█': '#', '1': '#', '.': '.', o: '.', w: '.', _: '.', '0': '.', '□': '.', '-': '.' };

const ints = (v: unknown, len: number) => Array.isArray(v) && v.length === len && v.every((x) => Number.isInteger(x) && x >= 0);

function checkTruth(t: unknown): string | undefined {
  const x = t as KukurasuTruth;
  if (!x || typeof x !== 'object') return 'truth must be an object';
  if (!Number.isInteger(x.rows) || !Number.isInteger(x.cols) || x.rows < 1 || x.cols < 1 || x.rows * x.cols > 400) return 'rows and cols must be positive integers (at most 400 cells)';
  if (!ints(x.rowClues, x.rows) || !ints(x.colClues, x.cols)) return 'rowClues and colClues must be one non-negative integer per line';
  if (typeof x.solution !== 'string' || x.solution.length !== x.rows * x.cols || !/^[#.]+$/.test(x.solution)) return `solution must be ${x.rows * x.cols} of # and .`;
  return undefined;
}

/** Checks the weighted sums of the shading, not a stored string; parts.cells = fraction of cells right. */
export const kukurasuVerifier: VerifierDefinition<KukurasuTruth> = {
  name: 'kukurasu',
  describe: 'kukurasu shading: every row and column weighted sum meets its clue; parts.cells = fraction of cells right',
  tasks: ['kukurasu'],
  checkTruth,
  judge(answer, t) {
    const { rows, cols } = t;
    const g = startGridJudgement(answer, SYMBOLS, rows * cols, t.solution, (all) => all);
    if ('verdict' in g) return g.verdict;
    const { cells, parts, fail } = g;
    for (let r = 0; r < rows; r++) {
      let s = 0;
      for (let c = 0; c < cols; c++) if (cells[r * cols + c] === '#') s += c + 1;
      if (s !== t.rowClues[r]) return fail(`row ${r + 1} adds up to ${s}; it needs ${t.rowClues[r]}`);
    }
    for (let c = 0; c < cols; c++) {
      let s = 0;
      for (let r = 0; r < rows; r++) if (cells[r * cols + c] === '#') s += r + 1;
      if (s !== t.colClues[c]) return fail(`column ${c + 1} adds up to ${s}; it needs ${t.colClues[c]}`);
    }
    return { correct: true, reason: 'every row and column sum meets its clue', parts, parsed: cells.join('') };
  },
};
