import { AnswerError } from '../graphs/parse.js';
import type { VerifierDefinition } from '../registry.js';
import { parseMoves } from './snake.js';

interface NibblesTruth {
  rows: number;
  cols: number;
  snake: number[];
  walls: number[];
  food: number[];
  moves: number;
}

function checkTruth(t: unknown): string | undefined {
  const x = t as NibblesTruth;
  if (!x || typeof x !== 'object') return 'truth must be an object';
  if (!Number.isInteger(x.rows) || !Number.isInteger(x.cols) || x.rows < 2 || x.cols < 2 || x.rows * x.cols > 900) return 'rows and cols must be integers from 2 (at most 900 cells)';
  const isCell = (i: unknown) => Number.isInteger(i) && (i as number) >= 0 && (i as number) < x.rows * x.cols;
  const cells = (v: unknown, min: number) => Array.isArray(v) && v.length >= min && v.every(isCell);
  if (!cells(x.snake, 1) || !cells(x.walls, 0) || !cells(x.food, 1) || x.food.length > 16) return 'snake, walls and food must be lists of cell indices (1 to 16 food)';
  if (new Set([...x.snake, ...x.walls, ...x.food]).size !== x.snake.length + x.walls.length + x.food.length) return 'snake, wall and food cells must be distinct';
  if (!x.snake.every((c, k) => k === 0 || Math.abs(c - x.snake[k - 1]) === x.cols || (Math.abs(c - x.snake[k - 1]) === 1 && Math.floor(c / x.cols) === Math.floor(x.snake[k - 1] / x.cols)))) return 'snake cells must follow each other side by side';
  if (!Number.isInteger(x.moves) || x.moves < 1) return 'moves must be a positive integer';
  return undefined;
}

const DELTA: Record<string, [number, number]> = { U: [-1, 0], D: [1, 0], L: [0, -1], R: [0, 1] };

/**
 * Plays the moves: the head steps, the tail follows unless the step eats food (then the snake
 * grows); leaving the board, entering a wall or the body (the tail's cell excepted when it leaves)
 * ends the game. Correct: every piece eaten, alive, in the fewest steps. parts.food = share eaten,
 * parts.steps = share of moves played before the snake died, parts.length = fewest / used steps.
 */
export const nibblesVerifier: VerifierDefinition<NibblesTruth> = {
  name: 'nibbles',
  describe: 'snake game: plays the moves; every piece of food eaten without dying, in the fewest steps',
  tasks: ['nibbles'],
  checkTruth,
  judge(answer, t) {
    const { rows, cols } = t;
    let moves: string[];
    try {
      moves = parseMoves(answer, Math.max(4 * t.moves, rows * cols));
    } catch (e) {
      if (e instanceof AnswerError) return { correct: false, reason: e.message, parts: { food: 0, steps: 0, length: 0 } };
      throw e;
    }
    const walls = new Set(t.walls);
    const left = new Set(t.food);
    const body = [...t.snake];
    let played = 0;
    let died = '';
    for (const m of moves) {
      if (!left.size) {
        died = `moves continue after the last food is eaten (${moves.length - played} extra)`;
        break;
      }
      const r = Math.floor(body[0] / cols) + DELTA[m][0];
      const c = (body[0] % cols) + DELTA[m][1];
      const head = r * cols + c;
      const eats = left.has(head);
      if (r < 0 || r >= rows || c < 0 || c >= cols) died = `move ${played + 1} (${m}) leaves the board`;
      else if (walls.has(head)) died = `move ${played + 1} (${m}) hits a wall`;
      else if ((eats ? body : body.slice(0, -1)).includes(head)) died = `move ${played + 1} (${m}) runs into the snake's body`;
      if (died) break;
      if (!eats) body.pop();
      body.unshift(head);
      left.delete(head);
      played++;
    }
    const parts = { food: (t.food.length - left.size) / t.food.length, steps: played / moves.length, length: left.size ? 0 : Math.min(1, t.moves / moves.length) };
    const fail = (reason: string, partial: number) => ({ correct: false, reason, parts, partial, parsed: moves.join('') });
    if (died) return fail(died, parts.food / 2);
    if (left.size) return fail(`${left.size} piece${left.size > 1 ? 's' : ''} of food left uneaten`, parts.food / 2);
    if (moves.length !== t.moves) return fail(`every piece eaten in ${moves.length} steps; the fewest is ${t.moves}`, parts.length);
    return { correct: true, reason: `every piece eaten in the fewest ${t.moves} steps`, parts, parsed: moves.join('') };
  },
};
