import type { VerifierDefinition } from '../registry.js';
import { parseMoves } from './maze.js';

interface SlidingTruth {
  size: number;
  board: number[];
  optimal: number;
  requireShortest: boolean;
}

/** Direction letters name where the tile goes: U = the tile below the gap slides up. */
const TILE_FROM: Record<string, [number, number]> = { U: [1, 0], D: [-1, 0], L: [0, 1], R: [0, -1] };

/**
 * Moves as tile numbers ("5, 8, 2", "slide 5 then 8") or as directions the tiles move ("U L L",
 * "up, left x2" via the maze parser). Returns tile numbers, or letters when directions were given.
 */
export function parseSlides(text: string, maxMoves: number): { tiles?: number[]; letters?: string } {
  const s = text.toLowerCase().replace(/\b(slide|move|tile|tiles|then|and)\b/g, ' ');
  if (/^[\s\d,;.\->|]*$/.test(s)) {
    const tiles = (s.match(/\d+/g) ?? []).map(Number);
    if (tiles.length > maxMoves) throw new Error(`more than ${maxMoves} moves`);
    return { tiles };
  }
  return { letters: parseMoves(text, maxMoves) };
}

function checkTruth(t: unknown): string | undefined {
  const x = t as SlidingTruth;
  if (!x || typeof x !== 'object') return 'truth must be an object';
  if (!Number.isInteger(x.size) || x.size < 2 || x.size > 6) return 'size must be an integer from 2 to 6';
  const n2 = x.size * x.size;
  if (!Array.isArray(x.board) || x.board.length !== n2 || [...x.board].sort((a, b) => a - b).some((v, i) => v !== i)) return `board must hold 0..${n2 - 1} once each`;
  if (!Number.isInteger(x.optimal)) return 'optimal must be an integer';
  if (x.requireShortest && x.optimal < 0) return 'requireShortest needs a known optimal';
  return undefined;
}

/** Replays the slides; any legal sequence that reaches the solved board is correct. */
export const slidingPuzzleVerifier: VerifierDefinition<SlidingTruth> = {
  name: 'sliding-puzzle',
  describe: 'sliding-puzzle moves: replayed; parts.validMoves before the first illegal slide, parts.inPlace tiles home at the end',
  tasks: ['sliding-puzzle'],
  checkTruth,
  judge(answer, t, opts) {
    const n = t.size;
    const requireShortest = ((opts.requireShortest as boolean | undefined) ?? t.requireShortest) && t.optimal >= 0;
    let moves: { tiles?: number[]; letters?: string };
    try {
      moves = parseSlides(answer, 20_000);
    } catch (e) {
      return { correct: false, reason: (e as Error).message, parts: { validMoves: 0, inPlace: 0 } };
    }
    const count = moves.tiles?.length ?? moves.letters!.length;
    if (!count) return { correct: false, reason: 'no moves given', parts: { validMoves: 0, inPlace: 0 } };
    const b = t.board.slice();
    let gap = b.indexOf(0);
    const inPlace = () => b.filter((v, i) => v !== 0 && v === i + 1).length / (n * n - 1);
    for (let k = 0; k < count; k++) {
      let from = -1;
      let label: string;
      if (moves.tiles) {
        const tile = moves.tiles[k];
        label = `tile ${tile}`;
        const at = b.indexOf(tile);
        const adjacent = tile > 0 && at >= 0 && Math.abs(Math.floor(at / n) - Math.floor(gap / n)) + Math.abs((at % n) - (gap % n)) === 1;
        if (adjacent) from = at;
      } else {
        const [dr, dc] = TILE_FROM[moves.letters![k]];
        label = moves.letters![k];
        const r = Math.floor(gap / n) + dr;
        const c = (gap % n) + dc;
        if (r >= 0 && r < n && c >= 0 && c < n) from = r * n + c;
      }
      if (from < 0) {
        const parts = { validMoves: k / count, inPlace: inPlace() };
        return { correct: false, reason: `move ${k + 1} (${label}) is not a tile next to the empty space`, parts, partial: 0.5 * parts.validMoves, parsed: moves };
      }
      b[gap] = b[from];
      b[from] = 0;
      gap = from;
    }
    const solved = b.every((v, i) => v === (i + 1) % (n * n));
    const parts = { validMoves: 1, inPlace: inPlace(), solved: solved ? 1 : 0 };
    if (!solved) return { correct: false, reason: `legal moves, but the board is not solved (${Math.round(parts.inPlace * (n * n - 1))} of ${n * n - 1} tiles home)`, parts, partial: 0.5 * parts.inPlace, parsed: moves };
    if (requireShortest && count > t.optimal) return { correct: false, reason: `${count} moves; the fewest possible is ${t.optimal}`, parts, partial: 0.8, parsed: moves };
    const opt = t.optimal >= 0 ? `optimal ${t.optimal}` : 'optimum not computed';
    return { correct: true, reason: `solved in ${count} moves (${opt})`, parts, parsed: moves };
  },
};
