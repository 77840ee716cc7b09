import { judgeCells } from '../parse/cell-grid.js';
import type { VerifierDefinition } from '../registry.js';

interface NonogramTruth {
  rows: number;
  cols: number;
  rowClues: number[][];
  colClues: number[][];
  solution: string;
}

/** Shaded: # 1 x X ■ █ ⬛; empty: . 0 _ □ ⬜ (and ' ' never: spaces are separators). */
const SHADED = '#1xX■█⬛';
const EMPTY = '.0_□⬜';

function blocks(line: number[]): number[] {
  const out: number[] = [];
  let run = 0;
  for (let i = 0; i <= line.length; i++) {
    if (i < line.length && line[i] === 1) run++;
    else if (run) {
      out.push(run);
      run = 0;
    }
  }
  return out;
}

const clueOk = (c: unknown, len: number) => Array.isArray(c) && c.every((v) => Number.isInteger(v) && v >= 1 && v <= len) && c.reduce((a, b) => a + b + 1, -1) <= len;

function checkTruth(t: unknown): string | undefined {
  const x = t as NonogramTruth;
  if (!x || typeof x !== 'object') return 'truth must be an object';
  if (!Number.isInteger(x.rows) || !Number.isInteger(x.cols) || x.rows < 1 || x.cols < 1 || x.rows > 40 || x.cols > 40) return 'rows and cols must be integers from 1 to 40';
  if (!Array.isArray(x.rowClues) || x.rowClues.length !== x.rows || !x.rowClues.every((c) => clueOk(c, x.cols))) return `rowClues must be ${x.rows} lists of block lengths`;
  if (!Array.isArray(x.colClues) || x.colClues.length !== x.cols || !x.colClues.every((c) => clueOk(c, x.rows))) return `colClues must be ${x.cols} lists of block lengths`;
  if (typeof x.solution !== 'string' || x.solution.length !== x.rows * x.cols || !/^[01]+$/.test(x.solution)) return `solution must be ${x.rows * x.cols} characters 0 or 1`;
  return undefined;
}

/** Checks every row and column clue against the shaded runs; parts.cells = share of cells right. */
export const nonogramVerifier: VerifierDefinition<NonogramTruth> = {
  name: 'nonogram',
  describe: 'nonogram grid (#/. or 1/0): every row and column clue checked; parts.cells = fraction of cells right',
  tasks: ['nonogram'],
  checkTruth,
  judge(answer, t) {
    // Values: 2 shaded, 1 empty, 0 unusable (never happens: every accepted character maps).
    const toValue = (ch: string) => (SHADED.includes(ch) ? 2 : EMPTY.includes(ch) ? 1 : 0);
    return judgeCells(answer, {
      cellChars: SHADED + EMPTY,
      toValue,
      solution: [...t.solution].map((d) => (d === '1' ? 2 : 1)),
      cols: t.cols,
      rules: (v) => {
        const bit = v.map((x) => x - 1);
        const same = (a: number[], b: number[]) => a.length === b.length && a.every((x, i) => x === b[i]);
        for (let r = 0; r < t.rows; r++) {
          const got = blocks(bit.slice(r * t.cols, (r + 1) * t.cols));
          if (!same(got, t.rowClues[r])) return `row ${r + 1} shows ${got.join(' ') || '0'}, clue is ${t.rowClues[r].join(' ') || '0'}`;
        }
        for (let c = 0; c < t.cols; c++) {
          const got = blocks(Array.from({ length: t.rows }, (_, r) => bit[r * t.cols + c]));
          if (!same(got, t.colClues[c])) return `column ${c + 1} shows ${got.join(' ') || '0'}, clue is ${t.colClues[c].join(' ') || '0'}`;
        }
        return undefined;
      },
    });
  },
};
