/**
 * Nibbles (the snake video game) as a planning problem: the snake moves one cell per step; its
 * head enters the next cell and the tail leaves its cell, except on a step that eats food, when the
 * tail stays and the snake grows by one. A step into a wall, off the board or into the body (the
 * tail's cell excepted when the tail is leaving it) kills the snake. Breadth-first search over
 * (body, food eaten) finds the fewest steps that eat every piece.
 */

export interface NibblesProblem {
  rows: number;
  cols: number;
  /** Cell indices (row-major), head first. */
  snake: number[];
  walls: number[];
  food: number[];
}

export const STEP: Record<string, [number, number]> = { U: [-1, 0], D: [1, 0], L: [0, -1], R: [0, 1] };
const ORDER = ['U', 'D', 'L', 'R'] as const;

/** The body after one step, whether it ate, or null when the step kills the snake. */
export function step(p: NibblesProblem, walls: Uint8Array, body: readonly number[], eaten: number, move: string): { body: number[]; eaten: number } | null {
  const [dr, dc] = STEP[move];
  const r = Math.floor(body[0] / p.cols) + dr;
  const c = (body[0] % p.cols) + dc;
  if (r < 0 || r >= p.rows || c < 0 || c >= p.cols) return null;
  const head = r * p.cols + c;
  if (walls[head]) return null;
  const k = p.food.indexOf(head);
  const eats = k >= 0 && !(eaten & (1 << k));
  const kept = eats ? body.length : body.length - 1; // segments that stay: the tail moves on unless the snake eats
  for (let i = 0; i < kept; i++) if (body[i] === head) return null;
  const next = new Array<number>(kept + 1);
  next[0] = head;
  for (let i = 0; i < kept; i++) next[i + 1] = body[i];
  return { body: next, eaten: eats ? eaten | (1 << k) : eaten };
}

/** A state's key: the food eaten (which fixes the length), each link's direction (2 bits) and the head. */
function key(p: NibblesProblem, body: readonly number[], eaten: number): number {
  let k = eaten;
  for (let i = 1; i < body.length; i++) {
    const d = body[i] - body[i - 1];
    k = k * 4 + (d === -p.cols ? 0 : d === p.cols ? 1 : d === -1 ? 2 : 3);
  }
  return k * p.rows * p.cols + body[0];
}

export interface NibblesPlan {
  /** Fewest steps that eat every piece (-1 when impossible within the limits). */
  moves: number;
  /** One shortest plan as U/D/L/R letters. */
  plan: string;
  /** States expanded. */
  states: number;
}

/** Breadth-first search; gives up (moves -1) past `maxStates` states or `maxDepth` steps. */
export function solveNibbles(p: NibblesProblem, maxStates = 400_000, maxDepth = 60): NibblesPlan {
  const walls = new Uint8Array(p.rows * p.cols);
  for (const w of p.walls) walls[w] = 1;
  const all = (1 << p.food.length) - 1;
  type Node = { body: number[]; eaten: number; parent: number; move: string };
  const nodes: Node[] = [{ body: [...p.snake], eaten: 0, parent: -1, move: '' }];
  const seen = new Set([key(p, p.snake, 0)]);
  for (let lo = 0, depth = 0; lo < nodes.length && depth < maxDepth; depth++) {
    const hi = nodes.length;
    for (let i = lo; i < hi; i++) {
      for (const m of ORDER) {
        const next = step(p, walls, nodes[i].body, nodes[i].eaten, m);
        if (!next) continue;
        const k = key(p, next.body, next.eaten);
        if (seen.has(k)) continue;
        seen.add(k);
        nodes.push({ ...next, parent: i, move: m });
        if (next.eaten === all) {
          let plan = '';
          for (let j = nodes.length - 1; j > 0; j = nodes[j].parent) plan = nodes[j].move + plan;
          return { moves: plan.length, plan, states: nodes.length };
        }
      }
      if (nodes.length > maxStates) return { moves: -1, plan: '', states: nodes.length };
    }
    lo = hi;
  }
  return { moves: -1, plan: '', states: nodes.length };
}
