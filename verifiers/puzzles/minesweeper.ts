import { cellLabel, parseCellList } from '../parse/cells.js';
import type { VerifierDefinition } from '../registry.js';

interface MinesweeperTruth {
  width: number;
  height: number;
  board: string;
  ask: 'mines' | 'safe';
  cells: [number, number][];
}

function checkTruth(t: unknown): string | undefined {
  const x = t as MinesweeperTruth;
  if (!x || typeof x !== 'object') return 'truth must be an object';
  if (!Number.isInteger(x.width) || !Number.isInteger(x.height) || x.width < 1 || x.height < 1 || x.width > 26) return 'width (1–26) and height must be positive integers';
  if (typeof x.board !== 'string' || x.board.length !== x.width * x.height || !/^[#0-8]+$/.test(x.board)) return 'board must hold one of # 0–8 per cell';
  if (x.ask !== 'mines' && x.ask !== 'safe') return 'ask must be "mines" or "safe"';
  const inside = (q: unknown) => Array.isArray(q) && q.length === 2 && Number.isInteger(q[0]) && Number.isInteger(q[1]) && q[0] >= 0 && q[0] < x.height && q[1] >= 0 && q[1] < x.width;
  if (!Array.isArray(x.cells) || !x.cells.length || !x.cells.every(inside)) return 'cells must be a non-empty list of [row, col] on the board';
  return undefined;
}

/**
 * The set of forced cells is unique, so the answer must list exactly that set (order and repeats
 * ignored). Extra cells (guesses, everything covered) or missing ones are wrong; parts.f1 grades how close.
 */
export const minesweeperVerifier: VerifierDefinition<MinesweeperTruth> = {
  name: 'minesweeper',
  describe: 'minesweeper forced cells: exact set match against the solver-certified set; parts.f1, precision, recall',
  tasks: ['minesweeper'],
  checkTruth,
  judge(answer, t) {
    let cells: [number, number][];
    try {
      cells = parseCellList(answer, t.height, t.width, t.width * t.height);
    } catch (e) {
      return { correct: false, reason: (e as Error).message, parts: { f1: 0, precision: 0, recall: 0 } };
    }
    if (!cells.length) return { correct: false, reason: 'no cells given', parts: { f1: 0, precision: 0, recall: 0 } };
    const key = ([r, c]: [number, number]) => r * t.width + c;
    const want = new Set(t.cells.map(key));
    const got = new Set(cells.map(key));
    const revealed = cells.find((q) => t.board[key(q)] !== '#');
    const hit = [...got].filter((k) => want.has(k)).length;
    const precision = hit / got.size;
    const recall = hit / want.size;
    const f1 = hit ? (2 * precision * recall) / (precision + recall) : 0;
    const parts = { f1, precision, recall };
    const parsed = cells.map(cellLabel);
    if (revealed) return { correct: false, reason: `cell ${cellLabel(revealed)} is already revealed`, parts, partial: 0.5 * f1, parsed };
    if (hit === want.size && got.size === want.size) return { correct: true, reason: `exactly the ${want.size} cells that are certainly ${t.ask === 'mines' ? 'mines' : 'safe'}`, parts, parsed };
    const extra = [...got].find((k) => !want.has(k));
    const missing = [...want].find((k) => !got.has(k));
    const name = (k: number) => cellLabel([Math.floor(k / t.width), k % t.width]);
    const why = extra !== undefined ? `${name(extra)} is not certainly ${t.ask === 'mines' ? 'a mine' : 'safe'}` : `${name(missing!)} is missing`;
    return { correct: false, reason: `${hit} of ${want.size} right; ${why}`, parts, partial: 0.5 * f1, parsed };
  },
};
