import type { Rng } from '../../../core/rng.js';
import type { Primitive } from '../../../core/scene.js';
import type { Instance, TaskDefinition } from '../../../core/task.js';
import { cellId, gridGeom } from '../grid-scene.js';
import { DIRS, solveSokoban, step, type Level } from './solver.js';

export interface SokobanParams {
  /** Interior size (the outer wall ring is added around it). */
  width: number;
  height: number;
  boxes: number;
  /** Share of interior cells turned into wall before play. */
  walls: number;
  /** Reverse-play steps used to scatter the boxes from their goals. */
  scatter: number;
  /** Keep only levels whose shortest solution pushes at least this often. */
  minPushes: number;
}

export interface SokobanTruth {
  /** Rows in the usual text notation: # wall, - floor, . goal, $ box, * box on goal, @ player, + player on goal. */
  map: string[];
  /** Fewest moves, proved by breadth-first search (levels the search cannot finish within its budget are not emitted). */
  optimal: number;
}

/** State budget of the breadth-first solver per candidate level. */
const MAX_STATES = 120_000;

function room(rng: Rng, p: SokobanParams): Uint8Array | null {
  const W = p.width + 2;
  const H = p.height + 2;
  const wall = new Uint8Array(W * H).fill(1);
  for (let r = 1; r <= p.height; r++) for (let c = 1; c <= p.width; c++) wall[r * W + c] = 0;
  const interior = [...wall.keys()].filter((i) => !wall[i]);
  for (const i of rng.shuffle(interior).slice(0, Math.round(interior.length * p.walls))) wall[i] = 1;
  // Keep the largest connected floor region; the rest becomes wall.
  const comp = new Int32Array(W * H).fill(-1);
  let best = -1;
  let bestSize = 0;
  for (const s of interior) {
    if (wall[s] || comp[s] >= 0) continue;
    const q = [s];
    comp[s] = s;
    for (let h = 0; h < q.length; h++) {
      for (let d = 0; d < 4; d++) {
        const j = q[h] + step(W, d);
        if (!wall[j] && comp[j] < 0) (comp[j] = s), q.push(j);
      }
    }
    if (q.length > bestSize) [best, bestSize] = [s, q.length];
  }
  for (const i of interior) if (!wall[i] && comp[i] !== best) wall[i] = 1;
  return bestSize >= p.boxes * 3 + 4 ? wall : null;
}

/**
 * Reverse play from the solved position: the player walks and sometimes pulls a box. Every pull is
 * a push undone, so the level is solvable by construction; the solver then finds the optimum.
 */
function scatter(rng: Rng, p: SokobanParams, wall: Uint8Array): Level | null {
  const W = p.width + 2;
  const floor = [...wall.keys()].filter((i) => !wall[i]);
  const picks = rng.shuffle(floor);
  const goals = picks.slice(0, p.boxes).sort((a, b) => a - b);
  const boxes = goals.slice();
  let player = picks[p.boxes];
  for (let s = 0; s < p.scatter; s++) {
    const d = rng.int(0, 3);
    const to = player + step(W, d);
    if (wall[to] || boxes.includes(to)) continue;
    const behind = boxes.indexOf(player - step(W, d));
    if (behind >= 0 && rng.chance(0.6)) boxes[behind] = player;
    player = to;
  }
  if (boxes.some((b) => goals.includes(b))) return null; // every box starts off the goals
  return { width: W, height: p.height + 2, wall, goals, boxes, player };
}

function generate(rng: Rng, p: SokobanParams): Instance<SokobanTruth> {
  let best: { lv: Level; sol: ReturnType<typeof solveSokoban>; tries: number } | null = null;
  for (let tries = 1; tries <= 60; tries++) {
    const wall = room(rng, p);
    const lv = wall && scatter(rng, p, wall);
    if (!lv) continue;
    const sol = solveSokoban(lv, MAX_STATES);
    if (sol.moves === null) continue; // budget ran out: try a level the solver can prove
    if (!best || sol.pushes > best.sol.pushes) best = { lv, sol, tries };
    if (sol.pushes >= p.minPushes) break;
  }
  if (!best) throw new Error(`no solvable ${p.width}×${p.height} sokoban level with ${p.boxes} boxes in 60 tries; lower params.walls or params.boxes`);
  return build(best.lv, best.sol.moves!, best.sol.pushes, best.sol.nodes, best.tries);
}

export function mapRows(lv: Level): string[] {
  const rows: string[] = [];
  for (let r = 0; r < lv.height; r++) {
    let s = '';
    for (let c = 0; c < lv.width; c++) {
      const i = r * lv.width + c;
      const goal = lv.goals.includes(i);
      s += lv.wall[i] ? '#' : lv.boxes.includes(i) ? (goal ? '*' : '$') : i === lv.player ? (goal ? '+' : '@') : goal ? '.' : '-';
    }
    rows.push(s);
  }
  return rows;
}

function build(lv: Level, moves: string, pushes: number, nodes: number, tries: number): Instance<SokobanTruth> {
  const map = mapRows(lv);
  const truth: SokobanTruth = { map, optimal: moves.length };
  const k = lv.boxes.length;
  const rules = `Move the player one cell at a time up, down, left or right. Walking into a box pushes it one cell further in the same direction; a box cannot be pushed into a wall or another box, and boxes cannot be pulled. Get every box onto a goal (${k} box${k > 1 ? 'es' : ''}, ${k} goal${k > 1 ? 's' : ''}).`;
  const format = `Answer with the player's moves in order as letters U (up), D (down), L (left), R (right), for example <answer>${exampleMoves(lv)}</answer>.`;
  const floor = [...lv.wall].filter((w) => !w).length;
  return {
    question: `The image shows a Sokoban level: dark cells are walls, the blue circle is the player, orange squares are boxes and red rings are goals. ${rules} ${format}`,
    textOnly: `A Sokoban level ('#' wall, '-' floor, '@' player, '$' box, '.' goal, '*' box on a goal, '+' player on a goal):\n${map.join('\n')}\n${rules} ${format}`,
    scene: scene(lv),
    answer: moves,
    truth,
    evidence: ['player', ...lv.boxes.map((_, i) => `box-${i}`), ...lv.goals.map((_, i) => `goal-${i}`)],
    features: { boxes: k, floor, optimalMoves: moves.length, pushes, searchNodes: nodes, tries },
    canonical: `sokoban:${map.join('/')}`,
  };
}

/** A short walk that pushes nothing and solves nothing (every box starts off its goal). */
function exampleMoves(lv: Level): string {
  for (let d = 0; d < 4; d++) {
    const to = lv.player + step(lv.width, d);
    if (!lv.wall[to] && !lv.boxes.includes(to)) return `${DIRS[d].letter}${DIRS[d ^ 1].letter}${DIRS[d].letter}`;
  }
  return 'UDU';
}

function scene(lv: Level) {
  const cell = Math.max(36, Math.min(64, Math.floor(520 / Math.max(lv.width, lv.height))));
  const g = gridGeom(lv.height, lv.width, cell, 12);
  const x = (i: number) => g.x0 + (i % lv.width) * cell;
  const y = (i: number) => g.y0 + Math.floor(i / lv.width) * cell;
  const els: Primitive[] = [];
  for (let i = 0; i < lv.wall.length; i++) {
    const r = Math.floor(i / lv.width);
    const c = i % lv.width;
    els.push({ type: 'rect', id: cellId(r, c), x: x(i), y: y(i), w: cell, h: cell, fill: lv.wall[i] ? '#4a3b32' : '#f3efe6', stroke: lv.wall[i] ? '#2e241e' : '#ddd6c8', lineWidth: 1 });
  }
  lv.goals.forEach((gl, i) => els.push({ type: 'circle', id: `goal-${i}`, cx: x(gl) + cell / 2, cy: y(gl) + cell / 2, r: cell * 0.3, stroke: '#d62828', lineWidth: Math.max(3, cell / 12) }));
  lv.boxes.forEach((b, i) => {
    const m = cell * 0.12;
    els.push({ type: 'rect', id: `box-${i}`, x: x(b) + m, y: y(b) + m, w: cell - 2 * m, h: cell - 2 * m, radius: 4, fill: '#f4a261', stroke: '#8a4b16', lineWidth: 3 });
  });
  els.push({ type: 'circle', id: 'player', cx: x(lv.player) + cell / 2, cy: y(lv.player) + cell / 2, r: cell * 0.32, fill: '#1d6fd6', stroke: '#0b3a75', lineWidth: 2 });
  return { kind: 'canvas' as const, width: g.width, height: g.height, background: '#ffffff', elements: els };
}

export const sokoban: TaskDefinition<SokobanParams, SokobanTruth> = {
  name: 'sokoban',
  domain: 'puzzle',
  describe: 'Sokoban: push every box onto a goal; solvable by construction, optimum from breadth-first search; any valid solution is accepted',
  params: {
    width: { type: 'int', min: 4, max: 9, default: 7, describe: 'interior columns' },
    height: { type: 'int', min: 4, max: 9, default: 7, describe: 'interior rows' },
    boxes: { type: 'int', min: 1, max: 4, default: 2, describe: 'boxes (and goals)' },
    walls: { type: 'number', min: 0, max: 0.4, default: 0.2, describe: 'share of interior cells made wall' },
    scatter: { type: 'int', min: 10, max: 2000, default: 200, describe: 'reverse-play steps from the solved position' },
    minPushes: { type: 'int', min: 1, max: 40, default: 4, describe: 'keep only levels whose optimal solution has at least this many pushes' },
  },
  check: (p) => ((p.width + 2) * (p.height + 2) > 128 ? `params.width/height: got ${p.width}×${p.height}; allowed: (width+2)×(height+2) at most 128` : undefined),
  levels: {
    1: { width: 5, height: 4, boxes: 1, walls: 0.1, scatter: 60, minPushes: 2 },
    2: { width: 6, height: 5, boxes: 2, walls: 0.15, scatter: 120, minPushes: 3 },
    3: { width: 7, height: 6, boxes: 2, walls: 0.2, scatter: 200, minPushes: 4 },
    4: { width: 8, height: 7, boxes: 3, walls: 0.2, scatter: 300, minPushes: 7 },
    5: { width: 9, height: 8, boxes: 3, walls: 0.25, scatter: 500, minPushes: 10 },
  },
  generate,
  verifier: 'sokoban',
};
