import type { Rng } from '../../../core/rng.js';
import type { Primitive } from '../../../core/scene.js';
import type { Instance, TaskDefinition } from '../../../core/task.js';
import { cellId, cellRects, gridLines, INK, type GridGeom } from '../grid-scene.js';
import { cellPx, charRows, checkAttempts, neighbours } from '../logic-grid.js';
import { solveSnake, type SnakeProblem } from './solver.js';

export interface SnakeParams {
  size: number;
  /** Snake length as a share of the cells. */
  length: number;
}

export interface SnakeTruth extends SnakeProblem {
  /** The unique snake, cell indices from start to end. */
  path: number[];
}

/** A random snake that never touches itself: a walk that only steps where no earlier cell is beside. */
function randomSnake(r: Rng, rows: number, cols: number, want: number): number[] {
  const on = new Uint8Array(rows * cols);
  const path = [r.int(0, rows * cols - 1)];
  on[path[0]] = 1;
  while (path.length < want) {
    const cur = path[path.length - 1];
    const free = neighbours(cur, rows, cols).filter((nx) => !on[nx] && neighbours(nx, rows, cols).every((k) => k === cur || !on[k]));
    if (!free.length) break;
    const nx = r.pick(free);
    on[nx] = 1;
    path.push(nx);
  }
  return path;
}

/**
 * A random snake, its row and column counts (as MM-HELIX shows them), and hint cells revealed where
 * two solutions differ until the solver certifies the snake unique.
 */
function generate(rng: Rng, p: SnakeParams): Instance<SnakeTruth> {
  const n = p.size;
  const want = Math.max(4, Math.round(p.length * n * n));
  for (let attempt = 1; ; attempt++) {
    checkAttempts('snake', attempt, 300, p);
    const r = rng.fork(`attempt-${attempt}`);
    const path = randomSnake(r, n, n, want);
    if (path.length < want * 0.8) continue;
    const count = (f: (i: number) => number, k: number) => path.filter((i) => f(i) === k).length;
    const prob: SnakeProblem = {
      rows: n,
      cols: n,
      start: path[0],
      end: path[path.length - 1],
      rowCounts: Array.from({ length: n }, (_, k) => count((i) => Math.floor(i / n), k)),
      colCounts: Array.from({ length: n }, (_, k) => count((i) => i % n, k)),
      hints: [],
    };
    const onPath = new Set(path);
    let found = solveSnake(prob, 2);
    while (found.solutions > 1 && !found.exhausted && prob.hints.length < n) {
      const other = new Set(found.paths.find((q) => q.join() !== path.join()));
      const reveal = r.pick(path.filter((i) => !other.has(i) && !prob.hints.includes(i)));
      prob.hints = [...prob.hints, reveal].sort((a, b) => a - b);
      found = solveSnake(prob, 2);
    }
    if (found.solutions !== 1 || found.exhausted || !onPath.has(prob.end)) continue;
    return build({ ...prob, path }, { attempts: attempt, hints: prob.hints.length, searchNodes: found.nodes });
  }
}

const MOVES: Record<number, string> = { [-1]: 'L', 1: 'R' };

/** The path as moves U/D/L/R from the start. */
export function movesOf(path: readonly number[], cols: number): string {
  return path
    .slice(1)
    .map((v, k) => {
      const d = v - path[k];
      return d === -cols ? 'U' : d === cols ? 'D' : MOVES[d];
    })
    .join('');
}

function build(t: SnakeTruth, effort: Record<string, number>): Instance<SnakeTruth> {
  const n = t.rows;
  const cell = cellPx(n + 1, n + 1, 470, 34, 72);
  const g: GridGeom = { rows: n, cols: n, cell, x0: 16 + cell, y0: 16 + cell };
  const els: Primitive[] = [...cellRects(g), ...gridLines(g, n, n, 1, 2.5)];
  const at = (i: number) => [g.x0 + ((i % n) + 0.5) * cell, g.y0 + (Math.floor(i / n) + 0.5) * cell];
  const mark = (id: string, i: number, text: string, fill: string) => {
    const [x, y] = at(i);
    els.push({ type: 'group', id, children: [
      { type: 'circle', cx: x, cy: y, r: cell * 0.36, fill, stroke: INK, lineWidth: 1.5 },
      { type: 'text', x, y: y + 1, text, size: Math.round(cell * 0.36), weight: 'bold', align: 'center', baseline: 'middle', fill: '#ffffff' },
    ] });
  };
  mark('start', t.start, 'S', '#2e7d32');
  mark('end', t.end, 'E', '#c62828');
  t.hints.forEach((i) => {
    const [x, y] = at(i);
    els.push({ type: 'rect', id: `hint-${i}`, x: x - cell * 0.3, y: y - cell * 0.3, w: cell * 0.6, h: cell * 0.6, radius: cell * 0.12, fill: '#607d8b' });
  });
  const countText = (id: string, x: number, y: number, v: number) => els.push({ type: 'text', id, x, y, text: String(v), size: Math.round(cell * 0.46), weight: 'bold', align: 'center', baseline: 'middle', fill: INK });
  t.rowCounts.forEach((v, k) => countText(`row-count-${k}`, g.x0 - cell / 2, g.y0 + (k + 0.5) * cell, v));
  t.colCounts.forEach((v, k) => countText(`col-count-${k}`, g.x0 + (k + 0.5) * cell, g.y0 - cell / 2, v));
  const rules = `Draw a snake from S to E: a path of cells, each sharing a side with the next, that never touches itself (two snake cells share a side only when they follow each other on the snake; touching at corners is allowed). The number left of each row and above each column is how many snake cells it holds, S and E included.${t.hints.length ? ' Grey squares mark cells the snake passes through.' : ''}`;
  const format = 'Answer with the moves from S to E, one letter per step (U up, D down, L left, R right), inside answer tags, in the form <answer>RRDL...</answer>.';
  const rc = (i: number) => `row ${Math.floor(i / n) + 1}, column ${(i % n) + 1}`;
  return {
    question: `The image shows a ${n}×${n} snake puzzle. ${rules} ${format}`,
    textOnly: `A ${n}×${n} snake puzzle. S is at ${rc(t.start)}, E at ${rc(t.end)} (rows top to bottom, columns left to right, from 1). Snake cells per row, top to bottom: ${t.rowCounts.join(' ')}; per column, left to right: ${t.colCounts.join(' ')}.${t.hints.length ? ` The snake passes through: ${t.hints.map(rc).join('; ')}.` : ''}\n${charRows(n, n, (r, c) => (r * n + c === t.start ? 'S' : r * n + c === t.end ? 'E' : t.hints.includes(r * n + c) ? '+' : '.'))}\n${rules.replace('Grey squares mark', '+ marks')} ${format}`,
    scene: { kind: 'canvas', width: g.x0 + n * cell + 16, height: g.y0 + n * cell + 16, background: '#ffffff', elements: els },
    answer: movesOf(t.path, n),
    truth: t,
    evidence: ['start', 'end', ...t.hints.map((i) => `hint-${i}`), ...t.rowCounts.map((_, k) => `row-count-${k}`), ...t.colCounts.map((_, k) => `col-count-${k}`), ...t.path.map((i) => cellId(Math.floor(i / n), i % n))],
    features: { size: n, snakeLength: t.path.length, ...effort },
    canonical: `snake:${n}:${t.start}:${t.end}:${t.rowCounts.join(',')}:${t.colCounts.join(',')}:${t.hints.join(',')}`,
  };
}

export const snake: TaskDefinition<SnakeParams, SnakeTruth> = {
  name: 'snake',
  domain: 'puzzle',
  describe: 'Snake (tunnel) puzzle: a self-avoiding, non-touching path from S to E meeting row/column counts, unique by solver (hint cells added where needed); answer the moves, the verifier walks them',
  params: {
    size: { type: 'int', min: 4, max: 10, default: 7, describe: 'grid side' },
    length: { type: 'number', min: 0.15, max: 0.6, default: 0.4, describe: 'snake length as a share of the cells' },
  },
  // MM-HELIX's sizes: 5 and under (1) to 12 and over (5); ours stop at 9 so the unique-solution search stays fast.
  levels: {
    1: { size: 5, length: 0.35 },
    2: { size: 6, length: 0.38 },
    3: { size: 7, length: 0.4 },
    4: { size: 8, length: 0.42 },
    5: { size: 9, length: 0.45 },
  },
  generate,
  verifier: 'snake',
};
