import type { Rng } from '../../../core/rng.js';
import type { Primitive } from '../../../core/scene.js';
import type { Instance, TaskDefinition } from '../../../core/task.js';
import { cellId } from '../grid-scene.js';
import { bfs, DIRS, type MazeGrid } from './grid.js';

export interface MazeParams {
  width: number;
  height: number;
  /** Fraction of remaining interior walls knocked out after carving: 0 gives a perfect maze. */
  loops: number;
  requireShortest: boolean;
}

export interface MazeTruth {
  width: number;
  height: number;
  /** One hex digit per cell (row-major): bit 1 up, 2 right, 4 down, 8 left open. */
  open: string;
  start: [number, number];
  goal: [number, number];
  shortest: number;
  requireShortest: boolean;
}

/** Iterative recursive-backtracker carving: a uniform-looking perfect maze. */
function carve(rng: Rng, width: number, height: number): MazeGrid {
  const open = new Uint8Array(width * height);
  const seen = new Uint8Array(width * height);
  const stack = [rng.int(0, width * height - 1)];
  seen[stack[0]] = 1;
  while (stack.length) {
    const i = stack[stack.length - 1];
    const r = Math.floor(i / width);
    const c = i % width;
    const next = DIRS.filter((d) => {
      const rr = r + d.dr;
      const cc = c + d.dc;
      return rr >= 0 && rr < height && cc >= 0 && cc < width && !seen[rr * width + cc];
    });
    if (!next.length) {
      stack.pop();
      continue;
    }
    const d = rng.pick(next);
    const j = (r + d.dr) * width + (c + d.dc);
    open[i] |= d.bit;
    open[j] |= d.opposite;
    seen[j] = 1;
    stack.push(j);
  }
  return { width, height, open };
}

/** Opens a share of the remaining interior walls, which creates loops (several routes). */
function addLoops(rng: Rng, m: MazeGrid, fraction: number): number {
  const closed: [number, (typeof DIRS)[number]][] = [];
  for (let i = 0; i < m.open.length; i++) {
    const r = Math.floor(i / m.width);
    const c = i % m.width;
    for (const d of [DIRS[1], DIRS[2]]) {
      if (r + d.dr < m.height && c + d.dc < m.width && !(m.open[i] & d.bit)) closed.push([i, d]);
    }
  }
  const count = Math.round(closed.length * fraction);
  for (const [i, d] of rng.shuffle(closed).slice(0, count)) {
    m.open[i] |= d.bit;
    m.open[i + d.dr * m.width + d.dc] |= d.opposite;
  }
  return count;
}

function generate(rng: Rng, p: MazeParams): Instance<MazeTruth> {
  const m = carve(rng.fork('carve'), p.width, p.height);
  const loops = addLoops(rng.fork('loops'), m, p.loops);
  const cells = p.width * p.height;
  // Start in the left column, goal at the reachable cell farthest from it in the right column.
  const start = rng.int(0, p.height - 1) * p.width;
  const { dist, prev } = bfs(m, start);
  let goal = p.width - 1;
  for (let r = 0; r < p.height; r++) if (dist[r * p.width + p.width - 1] > dist[goal]) goal = r * p.width + p.width - 1;
  const path: number[] = [];
  for (let i = goal; i >= 0; i = prev[i]) path.unshift(i);
  const moves = path.slice(1).map((j, k) => {
    const i = path[k];
    return DIRS.find((d) => i + d.dr * p.width + d.dc === j && m.open[i] & d.bit)!.letter;
  });
  const degree = (i: number) => DIRS.filter((d) => m.open[i] & d.bit).length;
  let deadEnds = 0;
  let decisions = 0;
  for (let i = 0; i < cells; i++) {
    const k = degree(i);
    if (k === 1) deadEnds++;
    if (k >= 3) decisions++;
  }
  const rc = (i: number): [number, number] => [Math.floor(i / p.width), i % p.width];
  const truth: MazeTruth = {
    width: p.width,
    height: p.height,
    open: Array.from(m.open, (b) => b.toString(16)).join(''),
    start: rc(start),
    goal: rc(goal),
    shortest: moves.length,
    requireShortest: p.requireShortest,
  };
  const shortestRule = p.requireShortest ? ' The path must be a shortest one.' : '';
  const format = `Answer with the moves in order as letters U (up), D (down), L (left), R (right), for example <answer>RRDLD</answer>.`;
  const rules = `Move one cell at a time between neighbouring cells, never through a wall.${shortestRule}`;
  return {
    question: `The image shows a maze of ${p.width}×${p.height} cells. Find a path from the green start cell S to the red goal cell G. ${rules} ${format}`,
    textOnly: `A maze of ${p.width}×${p.height} cells is drawn below ('S' start, 'G' goal, '|' and '---' are walls).\n${ascii(m, start, goal)}\nFind a path from S to G. ${rules} ${format}`,
    scene: mazeScene(m, start, goal),
    answer: moves.join(''),
    truth,
    evidence: ['start', 'goal', ...path.map((i) => cellId(...rc(i)))],
    features: { width: p.width, height: p.height, cells, shortest: moves.length, deadEnds, decisions, loops },
    canonical: `maze:${p.width}x${p.height}:${truth.open}:${start}:${goal}:${p.requireShortest ? 1 : 0}`,
    unmaskable: 'the evidence is the path itself: masks over its cells would draw the answer',
  };
}

function mazeScene(m: MazeGrid, start: number, goal: number) {
  const cell = Math.max(18, Math.min(48, Math.floor(480 / Math.max(m.width, m.height))));
  const pad = 16;
  const els: Primitive[] = [];
  const x = (c: number) => pad + c * cell;
  const y = (r: number) => pad + r * cell;
  for (let i = 0; i < m.open.length; i++) {
    const r = Math.floor(i / m.width);
    const c = i % m.width;
    const fill = i === start ? '#b7f0b1' : i === goal ? '#f6b3b3' : '#ffffff';
    els.push({ type: 'rect', id: cellId(r, c), x: x(c), y: y(r), w: cell, h: cell, fill });
  }
  const wall = (x1: number, y1: number, x2: number, y2: number): Primitive => ({ type: 'line', x1, y1, x2, y2, stroke: '#1a1a1a', lineWidth: 3, cap: 'square' });
  for (let i = 0; i < m.open.length; i++) {
    const r = Math.floor(i / m.width);
    const c = i % m.width;
    if (!(m.open[i] & 1)) els.push(wall(x(c), y(r), x(c + 1), y(r)));
    if (!(m.open[i] & 8)) els.push(wall(x(c), y(r), x(c), y(r + 1)));
    if (r === m.height - 1) els.push(wall(x(c), y(r + 1), x(c + 1), y(r + 1)));
    if (c === m.width - 1) els.push(wall(x(c + 1), y(r), x(c + 1), y(r + 1)));
  }
  const label = (i: number, text: string, id: string): Primitive => ({
    type: 'text', id, text, size: Math.round(cell * 0.55), weight: 'bold', align: 'center', baseline: 'middle',
    x: x(i % m.width) + cell / 2, y: y(Math.floor(i / m.width)) + cell / 2, fill: '#1a1a1a',
  });
  els.push(label(start, 'S', 'start'), label(goal, 'G', 'goal'));
  return { kind: 'canvas' as const, width: m.width * cell + 2 * pad, height: m.height * cell + 2 * pad, background: '#ffffff', elements: els };
}

function ascii(m: MazeGrid, start: number, goal: number): string {
  const lines: string[] = [];
  for (let r = 0; r < m.height; r++) {
    let top = '+';
    let mid = '|';
    for (let c = 0; c < m.width; c++) {
      const i = r * m.width + c;
      top += m.open[i] & 1 ? '   +' : '---+';
      mid += (i === start ? ' S ' : i === goal ? ' G ' : '   ') + (m.open[i] & 2 ? ' ' : '|');
    }
    lines.push(top, mid);
  }
  lines.push('+' + '---+'.repeat(m.width));
  return lines.join('\n');
}

export const maze: TaskDefinition<MazeParams, MazeTruth> = {
  name: 'maze',
  domain: 'puzzle',
  describe: 'Grid maze from S to G; any wall-free path is accepted (optionally only shortest)',
  params: {
    width: { type: 'int', min: 3, max: 40, default: 12, describe: 'cells across' },
    height: { type: 'int', min: 3, max: 40, default: 12, describe: 'cells down' },
    loops: { type: 'number', min: 0, max: 0.5, default: 0, describe: 'share of interior walls removed after carving (0 = perfect maze)' },
    requireShortest: { type: 'boolean', default: false, describe: 'accept only shortest paths' },
  },
  levels: {
    1: { width: 5, height: 5, loops: 0 },
    2: { width: 8, height: 8, loops: 0 },
    3: { width: 12, height: 12, loops: 0 },
    4: { width: 16, height: 16, loops: 0.05 },
    5: { width: 22, height: 22, loops: 0.1 },
  },
  generate,
  verifier: 'maze',
};
