import { AnswerError } from '../graphs/parse.js';
import type { VerifierDefinition } from '../registry.js';

interface SnakeTruth {
  rows: number;
  cols: number;
  start: number;
  end: number;
  rowCounts: number[];
  colCounts: number[];
  hints: number[];
  path: number[];
}

function checkTruth(t: unknown): string | undefined {
  const x = t as SnakeTruth;
  if (!x || typeof x !== 'object') return 'truth must be an object';
  if (!Number.isInteger(x.rows) || !Number.isInteger(x.cols) || x.rows < 2 || x.cols < 2 || x.rows * x.cols > 900) return 'rows and cols must be integers from 2 (at most 900 cells)';
  const cells = x.rows * x.cols;
  const isCell = (i: unknown) => Number.isInteger(i) && (i as number) >= 0 && (i as number) < cells;
  if (!isCell(x.start) || !isCell(x.end)) return 'start and end must be cell indices';
  const lines = (v: unknown, len: number) => Array.isArray(v) && v.length === len && v.every((k) => Number.isInteger(k) && k >= -1);
  if (!lines(x.rowCounts, x.rows) || !lines(x.colCounts, x.cols)) return 'rowCounts and colCounts must be one integer (-1 = hidden) per line';
  if (!Array.isArray(x.hints) || !x.hints.every(isCell) || !Array.isArray(x.path) || !x.path.every(isCell)) return 'hints and path must be cell indices';
  return undefined;
}

const WORDS: Record<string, string> = { UP: 'U', DOWN: 'D', LEFT: 'L', RIGHT: 'R', '↑': 'U', '↓': 'D', '←': 'L', '→': 'R' };

/** "RRDL", "R R D L", "R, R, D", "right right down", arrows → U/D/L/R letters; anything else is an error. */
export function parseMoves(text: string, max: number): string[] {
  const s = text.toUpperCase().replace(/[↑↓←→]/g, (a) => ` ${WORDS[a]} `);
  const out: string[] = [];
  for (const tok of s.split(/[\s,;.\-–>|[\]()"']+/).filter(Boolean)) {
    if (WORDS[tok]) out.push(WORDS[tok]);
    else if (/^[UDLR]+$/.test(tok)) out.push(...tok);
    else throw new AnswerError(`"${tok.slice(0, 20)}" is not a move (U, D, L or R)`);
    if (out.length > max) throw new AnswerError(`more than ${max} moves`);
  }
  if (!out.length) throw new AnswerError('no moves given');
  return out;
}

/**
 * Walks the moves from S and checks the snake rules: inside the grid, no cell twice, never touching
 * itself, ending on E, every line count met, every hint cell visited. parts.cells = overlap of the
 * walked cells with the unique snake (intersection over union), parts.steps = share of moves made
 * before the first broken rule.
 */
export const snakeVerifier: VerifierDefinition<SnakeTruth> = {
  name: 'snake',
  describe: 'snake path as moves from S: stays inside, never revisits or touches itself, ends on E, meets the counts and hints',
  tasks: ['snake'],
  checkTruth,
  judge(answer, t) {
    const { rows, cols } = t;
    let moves: string[];
    try {
      moves = parseMoves(answer, rows * cols);
    } catch (e) {
      if (e instanceof AnswerError) return { correct: false, reason: e.message, parts: { cells: 0, steps: 0 } };
      throw e;
    }
    const walked = [t.start];
    const on = new Set(walked);
    let broken = '';
    for (const m of moves) {
      const cur = walked[walked.length - 1];
      const r = Math.floor(cur / cols) + (m === 'D' ? 1 : m === 'U' ? -1 : 0);
      const c = (cur % cols) + (m === 'R' ? 1 : m === 'L' ? -1 : 0);
      const nx = r * cols + c;
      if (r < 0 || r >= rows || c < 0 || c >= cols) broken = `move ${walked.length} (${m}) leaves the grid`;
      else if (on.has(nx)) broken = `move ${walked.length} (${m}) returns to a cell already on the snake`;
      else if ([nx - cols, nx + cols, c > 0 ? nx - 1 : -1, c < cols - 1 ? nx + 1 : -1].some((k) => k !== cur && on.has(k))) broken = `move ${walked.length} (${m}) makes the snake touch itself`;
      if (broken) break;
      walked.push(nx);
      on.add(nx);
    }
    const truth = new Set(t.path);
    const shared = walked.filter((i) => truth.has(i)).length;
    const parts = { cells: shared / (walked.length + truth.size - shared), steps: (walked.length - 1) / moves.length };
    const fail = (reason: string) => ({ correct: false, reason, parts, partial: parts.cells, parsed: moves.join('') });
    if (broken) return fail(broken);
    if (walked[walked.length - 1] !== t.end) return fail('the snake does not end on E');
    for (let k = 0; k < rows; k++) {
      const have = walked.filter((i) => Math.floor(i / cols) === k).length;
      if (t.rowCounts[k] >= 0 && have !== t.rowCounts[k]) return fail(`row ${k + 1} holds ${have} snake cells; it needs ${t.rowCounts[k]}`);
    }
    for (let k = 0; k < cols; k++) {
      const have = walked.filter((i) => i % cols === k).length;
      if (t.colCounts[k] >= 0 && have !== t.colCounts[k]) return fail(`column ${k + 1} holds ${have} snake cells; it needs ${t.colCounts[k]}`);
    }
    const missed = t.hints.find((h) => !on.has(h));
    if (missed !== undefined) return fail(`the snake misses the marked cell at row ${Math.floor(missed / cols) + 1}, column ${(missed % cols) + 1}`);
    return { correct: true, reason: `a ${walked.length}-cell snake from S to E meeting every count`, parts, parsed: moves.join('') };
  },
};
