import type { Rng } from '../../../core/rng.js';
import type { Primitive } from '../../../core/scene.js';
import type { Instance, TaskDefinition } from '../../../core/task.js';
import { cellId, cellRects, gridLines, INK, type GridGeom } from '../grid-scene.js';
import { cellPx, charRows, checkAttempts, neighbours } from '../logic-grid.js';
import { solveNibbles, type NibblesProblem } from './solver.js';

export interface NibblesParams {
  size: number;
  /** Snake cells at the start. */
  length: number;
  food: number;
  walls: number;
}

export interface NibblesTruth extends NibblesProblem {
  /** Fewest steps that eat every piece of food (breadth-first search). */
  moves: number;
  /** One shortest plan. */
  plan: string;
}

/** A random self-avoiding body of `length` cells, head first (it may lie coiled against itself, as in the game). */
function randomBody(r: Rng, n: number, length: number): number[] | null {
  const body = [r.int(0, n * n - 1)];
  while (body.length < length) {
    const free = neighbours(body[body.length - 1], n, n).filter((c) => !body.includes(c));
    if (!free.length) return null;
    body.push(r.pick(free));
  }
  return body;
}

/** Steps to eat every piece on an empty board: the shortest order of visits by plain grid distance. */
function freeBoardSteps(n: number, head: number, food: readonly number[]): number {
  const d = (a: number, b: number) => Math.abs(Math.floor(a / n) - Math.floor(b / n)) + Math.abs((a % n) - (b % n));
  const best = (from: number, left: readonly number[]): number => (left.length ? Math.min(...left.map((f, k) => d(from, f) + best(f, left.filter((_, j) => j !== k)))) : 0);
  return best(head, food);
}

/** Cells the head can reach around the walls alone (a cheap test before the full search). */
function reachable(n: number, from: number, walls: readonly number[]): Set<number> {
  const seen = new Set([from]);
  for (const queue = [from]; queue.length; ) for (const c of neighbours(queue.shift()!, n, n)) if (!walls.includes(c) && !seen.has(c)) seen.add(c), queue.push(c);
  return seen;
}

/**
 * A random snake, walls and food on free cells; kept when every piece can be eaten and the fewest
 * steps (breadth-first search) exceed what an empty board would need: the body or the walls must
 * shape the plan.
 */
function generate(rng: Rng, p: NibblesParams): Instance<NibblesTruth> {
  const n = p.size;
  for (let attempt = 1; ; attempt++) {
    checkAttempts('nibbles', attempt, 300, p);
    const r = rng.fork(`attempt-${attempt}`);
    const snake = randomBody(r, n, p.length);
    if (!snake) continue;
    const free = r.shuffle(Array.from({ length: n * n }, (_, i) => i).filter((i) => !snake.includes(i)));
    const walls = free.slice(0, p.walls).sort((a, b) => a - b);
    const food = free.slice(p.walls, p.walls + p.food).sort((a, b) => a - b);
    const open = reachable(n, snake[0], walls);
    if (!food.every((f) => open.has(f))) continue;
    const prob: NibblesProblem = { rows: n, cols: n, snake, walls, food };
    const best = solveNibbles(prob);
    if (best.moves < 0 || best.moves <= freeBoardSteps(n, snake[0], food)) continue;
    return build({ ...prob, moves: best.moves, plan: best.plan }, { attempts: attempt, searchStates: best.states });
  }
}

function build(t: NibblesTruth, effort: Record<string, number>): Instance<NibblesTruth> {
  const n = t.rows;
  const cell = cellPx(n, n, 460, 36, 72);
  const g: GridGeom = { rows: n, cols: n, cell, x0: 20, y0: 20 };
  const els: Primitive[] = [...cellRects(g, '#f7f3e8'), ...gridLines(g, n, n, 0.8, 2.5)];
  const xy = (i: number) => [g.x0 + (i % n) * cell, g.y0 + Math.floor(i / n) * cell];
  for (const w of t.walls) {
    const [x, y] = xy(w);
    els.push({ type: 'rect', id: `wall-${w}`, x: x + 1, y: y + 1, w: cell - 2, h: cell - 2, fill: '#4b4b4b' });
  }
  t.food.forEach((f, k) => {
    const [x, y] = xy(f);
    els.push({ type: 'circle', id: `food-${k}`, cx: x + cell / 2, cy: y + cell / 2, r: cell * 0.28, fill: '#d32f2f', stroke: '#7f0000', lineWidth: 1.5 });
  });
  // Consecutive segments are joined by bridges under their squares: the body's order stays readable when it coils.
  const inset = cell * 0.14;
  t.snake.slice(1).forEach((s, k) => {
    const [x, y] = xy(s);
    const [px, py] = xy(t.snake[k]);
    const bx = Math.min(x, px) + (x === px ? cell * 0.3 : cell / 2);
    const by = Math.min(y, py) + (y === py ? cell * 0.3 : cell / 2);
    els.push({ type: 'rect', x: bx, y: by, w: x === px ? cell * 0.4 : cell, h: y === py ? cell * 0.4 : cell, fill: '#43a047' });
  });
  t.snake.forEach((s, k) => {
    const [x, y] = xy(s);
    const parts: Primitive[] = [{ type: 'rect', x: x + inset, y: y + inset, w: cell - 2 * inset, h: cell - 2 * inset, radius: cell * 0.18, fill: k === 0 ? '#1b5e20' : k % 2 ? '#43a047' : '#66bb6a' }];
    if (k === 0) parts.push({ type: 'text', x: x + cell / 2, y: y + cell / 2 + 1, text: 'H', size: Math.round(cell * 0.42), weight: 'bold', align: 'center', baseline: 'middle', fill: '#ffffff' });
    els.push({ type: 'group', id: k === 0 ? 'snake-head' : `snake-${k}`, children: parts });
  });
  const rules = `The snake moves one cell per step (up, down, left or right). Its head enters the new cell and every body segment follows the one in front; the tail leaves its cell, except on a step that eats food, when the snake grows by one and the tail stays. The snake dies if its head leaves the board, enters a wall or enters its own body (the tail's cell is allowed when the tail leaves it on that step). Plan the moves that eat every piece of food in as few steps as possible.`;
  const format = 'Answer with the moves, one letter per step (U up, D down, L left, R right), inside answer tags, in the form <answer>RRDL...</answer>.';
  const rc = (i: number) => `(${Math.floor(i / n) + 1},${(i % n) + 1})`;
  const glyph = (i: number) => (t.snake[0] === i ? 'H' : t.snake.includes(i) ? 's' : t.walls.includes(i) ? '#' : t.food.includes(i) ? '*' : '.');
  return {
    question: `The image shows a ${n}×${n} snake game: the snake is green with its head marked H, red dots are food, dark cells are walls. ${rules} ${format}`,
    textOnly: `A ${n}×${n} snake game (H head, s body, * food, # wall):\n${charRows(n, n, (r, c) => glyph(r * n + c))}\nThe snake, head to tail, at (row, column) from the top left: ${t.snake.map(rc).join(' ')}. Food at ${t.food.map(rc).join(' ')}.\n${rules} ${format}`,
    scene: { kind: 'canvas', width: g.x0 * 2 + n * cell, height: g.y0 * 2 + n * cell, background: '#ffffff', elements: els },
    answer: t.plan,
    truth: t,
    evidence: ['snake-head', ...t.snake.slice(1).map((_, k) => `snake-${k + 1}`), ...t.food.map((_, k) => `food-${k}`), ...t.walls.map((w) => `wall-${w}`)],
    context: [cellId(0, 0), cellId(n - 1, n - 1)],
    features: { size: n, length: t.snake.length, food: t.food.length, walls: t.walls.length, moves: t.moves, ...effort },
    canonical: `nibbles:${n}:${t.snake.join(',')}:${t.walls.join(',')}:${t.food.join(',')}`,
  };
}

export const nibbles: TaskDefinition<NibblesParams, NibblesTruth> = {
  name: 'nibbles',
  domain: 'puzzle',
  describe: 'Nibbles (the snake game): plan the moves that eat all food in the fewest steps without hitting walls or the body; fewest steps by breadth-first search, any shortest plan accepted (the verifier plays it)',
  params: {
    size: { type: 'int', min: 4, max: 10, default: 7, describe: 'board side' },
    length: { type: 'int', min: 2, max: 6, default: 4, describe: 'snake cells at the start' },
    food: { type: 'int', min: 1, max: 4, default: 2, describe: 'pieces of food' },
    walls: { type: 'int', min: 0, max: 16, default: 4, describe: 'wall cells' },
  },
  levels: {
    1: { size: 5, length: 3, food: 1, walls: 0 },
    2: { size: 6, length: 3, food: 2, walls: 2 },
    3: { size: 7, length: 4, food: 2, walls: 4 },
    4: { size: 8, length: 5, food: 3, walls: 6 },
    5: { size: 9, length: 6, food: 3, walls: 9 },
  },
  generate,
  verifier: 'nibbles',
};
