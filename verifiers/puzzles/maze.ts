import type { VerifierDefinition } from '../registry.js';

interface MazeTruth {
  width: number;
  height: number;
  open: string;
  start: [number, number];
  goal: [number, number];
  shortest: number;
  requireShortest: boolean;
}

const STEP: Record<string, { bit: number; dr: number; dc: number }> = {
  U: { bit: 1, dr: -1, dc: 0 },
  R: { bit: 2, dr: 0, dc: 1 },
  D: { bit: 4, dr: 1, dc: 0 },
  L: { bit: 8, dr: 0, dc: -1 },
};
const WORDS: [RegExp, string][] = [
  [/\b(up|north|n)\b/g, 'U'],
  [/\b(down|south|s)\b/g, 'D'],
  [/\b(left|west|w)\b/g, 'L'],
  [/\b(right|east|e)\b/g, 'R'],
];

/** "R R D", "right, right, down", "R2 D" (a count repeats a move) → "RRD"; anything else is an error. */
export function parseMoves(text: string, maxMoves: number): string {
  let s = text.toLowerCase().replace(/[↑]/g, ' up ').replace(/[↓]/g, ' down ').replace(/[←]/g, ' left ').replace(/[→]/g, ' right ');
  for (const [re, letter] of WORDS) s = s.replace(re, ` ${letter} `);
  s = s.toUpperCase().replace(/[\s,;.\-|>/'"()[\]]+/g, '');
  const bad = s.match(/[^UDLR0-9]/);
  if (bad) throw new Error(`unexpected "${bad[0]}" in the moves`);
  let out = '';
  for (const m of s.matchAll(/([UDLR])(\d*)/g)) {
    const times = m[2] ? Number(m[2]) : 1;
    if (out.length + times > maxMoves) throw new Error(`more than ${maxMoves} moves`);
    out += m[1].repeat(times);
  }
  if (/^\d/.test(s)) throw new Error('a count must follow a move letter');
  return out;
}

function checkTruth(t: unknown): string | undefined {
  const x = t as MazeTruth;
  if (!x || typeof x !== 'object') return 'truth must be an object';
  if (!Number.isInteger(x.width) || !Number.isInteger(x.height) || x.width < 1 || x.height < 1) return 'width and height must be positive integers';
  if (typeof x.open !== 'string' || x.open.length !== x.width * x.height || !/^[0-9a-f]+$/.test(x.open)) return 'open must hold one hex digit per cell';
  const inside = (p: unknown) => Array.isArray(p) && p.length === 2 && p[0] >= 0 && p[0] < x.height && p[1] >= 0 && p[1] < x.width;
  if (!inside(x.start) || !inside(x.goal)) return 'start and goal must be [row, col] inside the maze';
  if (!Number.isInteger(x.shortest)) return 'shortest must be an integer';
  return undefined;
}

/** Replays the moves against the walls; any path ending on the goal is correct. */
export const mazeVerifier: VerifierDefinition<MazeTruth> = {
  name: 'maze',
  describe: 'maze path: replayed against the walls; parts.validMoves = share of moves before the first illegal one',
  tasks: ['maze'],
  checkTruth,
  judge(answer, t, opts) {
    const requireShortest = (opts.requireShortest as boolean | undefined) ?? t.requireShortest;
    let moves: string;
    try {
      moves = parseMoves(answer, 4 * t.width * t.height);
    } catch (e) {
      return { correct: false, reason: (e as Error).message, parts: { validMoves: 0, reached: 0 } };
    }
    if (!moves.length) return { correct: false, reason: 'no moves given', parts: { validMoves: 0, reached: 0 } };
    let [r, c] = t.start;
    for (let k = 0; k < moves.length; k++) {
      const s = STEP[moves[k]];
      const bits = parseInt(t.open[r * t.width + c], 16);
      if (!(bits & s.bit)) {
        const parts = { validMoves: k / moves.length, reached: 0 };
        return { correct: false, reason: `move ${k + 1} (${moves[k]}) from row ${r + 1}, column ${c + 1} crosses a wall`, parts, partial: parts.validMoves, parsed: moves };
      }
      r += s.dr;
      c += s.dc;
    }
    const reached = r === t.goal[0] && c === t.goal[1];
    const parts = { validMoves: 1, reached: reached ? 1 : 0, length: moves.length / Math.max(1, t.shortest) };
    if (!reached) return { correct: false, reason: `the path ends at row ${r + 1}, column ${c + 1}, not at the goal`, parts, partial: 0.5, parsed: moves };
    if (requireShortest && moves.length > t.shortest) {
      return { correct: false, reason: `path of ${moves.length} moves; the shortest has ${t.shortest}`, parts, partial: 0.8, parsed: moves };
    }
    return { correct: true, reason: `valid path of ${moves.length} moves reaches the goal`, parts, parsed: moves };
  },
};
