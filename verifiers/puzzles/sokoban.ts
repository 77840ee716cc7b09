import type { VerifierDefinition } from '../registry.js';
import { parseMoves } from './maze.js';

interface SokobanTruth {
  map: string[];
  optimal: number;
}

const STEP: Record<string, [number, number]> = { U: [-1, 0], D: [1, 0], L: [0, -1], R: [0, 1] };

function checkTruth(t: unknown): string | undefined {
  const x = t as SokobanTruth;
  if (!x || typeof x !== 'object') return 'truth must be an object';
  if (!Array.isArray(x.map) || !x.map.length || x.map.length > 64) return 'map must be a list of 1–64 rows';
  if (!x.map.every((r) => typeof r === 'string' && r.length === x.map[0].length && /^[#\-.$*@+ ]+$/.test(r))) return 'map rows must be equal-length strings of # - . $ * @ +';
  const all = x.map.join('');
  const players = all.replace(/[^@+]/g, '').length;
  const boxes = all.replace(/[^$*]/g, '').length;
  const goals = all.replace(/[^.*+]/g, '').length;
  if (players !== 1) return 'map must hold exactly one player';
  if (!boxes || boxes !== goals) return 'map must hold as many goals as boxes, at least one';
  if (!Number.isInteger(x.optimal)) return 'optimal must be an integer';
  return undefined;
}

/** Replays the moves under the push rules; any sequence that ends with every box on a goal is correct. */
export const sokobanVerifier: VerifierDefinition<SokobanTruth> = {
  name: 'sokoban',
  describe: 'sokoban moves: replayed under the push rules; parts.validMoves before the first illegal move, parts.onGoals boxes placed',
  tasks: ['sokoban'],
  checkTruth,
  judge(answer, t) {
    const H = t.map.length;
    const W = t.map[0].length;
    let moves: string;
    try {
      moves = parseMoves(answer, 50 * W * H);
    } catch (e) {
      return { correct: false, reason: (e as Error).message, parts: { validMoves: 0, onGoals: 0 } };
    }
    if (!moves.length) return { correct: false, reason: 'no moves given', parts: { validMoves: 0, onGoals: 0 } };
    const cells = t.map.join('');
    const wall = (r: number, c: number) => r < 0 || r >= H || c < 0 || c >= W || cells[r * W + c] === '#';
    const boxes = new Set<number>();
    let player = 0;
    for (let i = 0; i < cells.length; i++) {
      if ('$*'.includes(cells[i])) boxes.add(i);
      if ('@+'.includes(cells[i])) player = i;
    }
    const isGoal = (i: number) => '.*+'.includes(cells[i]);
    const onGoals = () => [...boxes].filter(isGoal).length / boxes.size;
    for (let k = 0; k < moves.length; k++) {
      const [dr, dc] = STEP[moves[k]];
      const r = Math.floor(player / W) + dr;
      const c = (player % W) + dc;
      let why = '';
      if (wall(r, c)) why = 'walks into a wall';
      else if (boxes.has(r * W + c)) {
        const br = r + dr;
        const bc = c + dc;
        if (wall(br, bc)) why = 'pushes a box into a wall';
        else if (boxes.has(br * W + bc)) why = 'pushes a box into another box';
        else {
          boxes.delete(r * W + c);
          boxes.add(br * W + bc);
        }
      }
      if (why) {
        const parts = { validMoves: k / moves.length, onGoals: onGoals() };
        return { correct: false, reason: `move ${k + 1} (${moves[k]}) from row ${Math.floor(player / W) + 1}, column ${(player % W) + 1} ${why}`, parts, partial: 0.5 * parts.validMoves, parsed: moves };
      }
      player = r * W + c;
    }
    const placed = onGoals();
    const parts = { validMoves: 1, onGoals: placed, length: moves.length / Math.max(1, t.optimal) };
    if (placed < 1) return { correct: false, reason: `legal moves, but ${Math.round(placed * boxes.size)} of ${boxes.size} boxes end on goals`, parts, partial: 0.5 * placed, parsed: moves };
    const opt = t.optimal >= 0 ? `optimal ${t.optimal}` : 'optimum not computed';
    return { correct: true, reason: `every box on a goal after ${moves.length} moves (${opt})`, parts, parsed: moves };
  },
};
