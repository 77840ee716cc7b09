import type { Rng } from '../../../core/rng.js';
import type { Primitive } from '../../../core/scene.js';
import type { Instance, TaskDefinition } from '../../../core/task.js';
import { cellId, gridGeom } from '../grid-scene.js';
import { goalBoard, isSolvable, neighbours, solveSlide, type Board } from './solver.js';

export interface SlidingParams {
  size: number;
  /** Random moves from the solved board; 0 = a uniformly random solvable board (3×3 only). */
  scramble: number;
  requireShortest: boolean;
}

export interface SlidingTruth {
  size: number;
  /** Tile numbers row-major, 0 for the gap. */
  board: number[];
  /** Proved optimal number of moves, or −1 when not proved (then requireShortest is false). */
  optimal: number;
  requireShortest: boolean;
}

/** IDA* budget per 4×4 board: bounds generation time; beyond it the optimum is left unknown. */
const NODE_BUDGET = 300_000;

/** Random walk of the gap that never steps straight back; returns the board and the tiles moved. */
function walk(rng: Rng, n: number, steps: number): { board: Board; moved: number[]; states: string[] } {
  const board = goalBoard(n);
  const moved: number[] = [];
  const states = [board.join(',')];
  let gap = n * n - 1;
  let prev = -1;
  for (let s = 0; s < steps; s++) {
    const j = rng.pick(neighbours(n, gap).filter((x) => x !== prev));
    moved.push(board[j]);
    [board[gap], board[j]] = [board[j], 0];
    [prev, gap] = [gap, j];
    states.push(board.join(','));
  }
  return { board, moved, states };
}

/** The walk undone, with loops cut out (a state seen twice skips what lies between): a valid, not optimal, solution. */
function undoWalk(moved: number[], states: string[]): number[] {
  const out: number[] = [];
  const at = new Map<string, number>();
  // Walk backwards from the scrambled state; out[k] takes states[len-1-k] to states[len-2-k].
  const seq: string[] = [];
  for (let i = states.length - 1; i >= 0; i--) {
    const s = states[i];
    if (at.has(s)) {
      const k = at.get(s)!;
      for (const x of seq.splice(k + 1)) at.delete(x);
      out.splice(k);
    } else {
      if (i < states.length - 1) out.push(moved[i]);
      at.set(s, seq.length);
      seq.push(s);
    }
  }
  return out;
}

function generate(rng: Rng, p: SlidingParams): Instance<SlidingTruth> {
  const n = p.size;
  for (let attempt = 0; attempt < 50; attempt++) {
    let board: Board;
    let fallback: number[] = [];
    if (p.scramble === 0) {
      board = rng.shuffle(goalBoard(n));
      // Parity construction: swapping two tiles flips solvability, so every draw is made solvable.
      if (!isSolvable(n, board)) {
        const [a, b] = [0, 1, 2].filter((i) => board[i] !== 0);
        [board[a], board[b]] = [board[b], board[a]];
      }
    } else {
      const w = walk(rng, n, p.scramble);
      board = w.board;
      fallback = undoWalk(w.moved, w.states);
    }
    if (board.every((t, i) => t === goalBoard(n)[i])) continue;
    const sol = solveSlide(n, board, NODE_BUDGET);
    if (sol.optimal < 0 && p.requireShortest) continue;
    return build(n, board, sol.optimal >= 0 ? sol.tiles : fallback, sol.optimal, sol.nodes, p.requireShortest);
  }
  throw new Error(`no ${n}×${n} board with a proved optimum after 50 scrambles of ${p.scramble} moves; lower params.scramble or unset requireShortest`);
}

function build(n: number, board: Board, tiles: number[], optimal: number, nodes: number, requireShortest: boolean): Instance<SlidingTruth> {
  const last = n * n - 1;
  const truth: SlidingTruth = { size: n, board, optimal, requireShortest };
  const shortest = requireShortest ? ' Use the fewest possible moves.' : '';
  const rules = `A move slides one tile that is next to the empty space (up, down, left or right) into it. Reach the solved board: tiles 1 to ${last} in order row by row from the top left, with the empty space at the bottom right.${shortest}`;
  const format = `Answer with the numbers of the tiles you slide, in order, separated by commas, for example <answer>${exampleMoves(n, board)}</answer>.`;
  let misplaced = 0;
  let manhattan = 0;
  board.forEach((t, i) => {
    if (!t) return;
    if (t !== i + 1) misplaced++;
    manhattan += Math.abs(Math.floor(i / n) - Math.floor((t - 1) / n)) + Math.abs((i % n) - ((t - 1) % n));
  });
  const rows = Array.from({ length: n }, (_, r) => board.slice(r * n, (r + 1) * n).map((t) => (t ? String(t).padStart(2) : ' _')).join(' '));
  return {
    question: `The image shows a ${n}×${n} sliding puzzle with tiles 1–${last} and one empty space. ${rules} ${format}`,
    textOnly: `A ${n}×${n} sliding puzzle, rows top to bottom ('_' is the empty space):\n${rows.join('\n')}\n${rules} ${format}`,
    scene: scene(n, board),
    answer: tiles.join(', '),
    truth,
    evidence: board.filter((t) => t).map((t) => `tile-${t}`),
    features: { size: n, optimalMoves: optimal, optimalKnown: optimal >= 0 ? 1 : 0, solutionMoves: tiles.length, misplaced, manhattan, searchNodes: nodes },
    canonical: `sliding-puzzle:${n}:${board.join(',')}:${requireShortest ? 1 : 0}`,
  };
}

/** Two legal slides that do not solve the board: the format example is never the answer. */
function exampleMoves(n: number, board: Board): string {
  const gap = board.indexOf(0);
  const j = neighbours(n, gap)[0];
  return `${board[j]}, ${board[j]}`;
}

function scene(n: number, board: Board) {
  const g = gridGeom(n, n, n === 3 ? 130 : 105, 20);
  const els: Primitive[] = [{ type: 'rect', id: 'frame', x: g.x0 - 8, y: g.y0 - 8, w: n * g.cell + 16, h: n * g.cell + 16, radius: 10, fill: '#5c4033' }];
  board.forEach((t, i) => {
    const r = Math.floor(i / n);
    const c = i % n;
    const x = g.x0 + c * g.cell;
    const y = g.y0 + r * g.cell;
    els.push({ type: 'rect', id: cellId(r, c), x, y, w: g.cell, h: g.cell, fill: '#3b2a20' });
    if (!t) return;
    els.push({
      type: 'group',
      id: `tile-${t}`,
      children: [
        { type: 'rect', x: x + 4, y: y + 4, w: g.cell - 8, h: g.cell - 8, radius: 10, fill: '#f4e1c1', stroke: '#8a6d4b', lineWidth: 2 },
        { type: 'text', text: String(t), x: x + g.cell / 2, y: y + g.cell / 2, size: Math.round(g.cell * 0.45), weight: 'bold', align: 'center', baseline: 'middle', fill: '#2b1d14' },
      ],
    });
  });
  return { kind: 'canvas' as const, width: g.width, height: g.height, background: '#ffffff', elements: els };
}

export const slidingPuzzle: TaskDefinition<SlidingParams, SlidingTruth> = {
  name: 'sliding-puzzle',
  domain: 'puzzle',
  describe: '8/15 sliding puzzle; any move sequence that solves it is accepted (optionally only shortest ones)',
  params: {
    size: { type: 'int', min: 3, max: 4, default: 3, describe: 'board side: 3 (8-puzzle) or 4 (15-puzzle)' },
    scramble: { type: 'int', min: 0, max: 200, default: 0, describe: 'random moves from solved; 0 = uniformly random solvable board (3×3 only)' },
    requireShortest: { type: 'boolean', default: false, describe: 'accept only optimal-length solutions' },
  },
  check: (p) => (p.size === 4 && p.scramble === 0 ? 'params.scramble: got 0; allowed: at least 1 for size 4 (a 4×4 board is made by a random walk so that a solution is always known)' : undefined),
  levels: {
    1: { size: 3, scramble: 10 },
    2: { size: 3, scramble: 20 },
    3: { size: 3, scramble: 0 },
    4: { size: 4, scramble: 30 },
    5: { size: 4, scramble: 50 },
  },
  generate,
  verifier: 'sliding-puzzle',
};
