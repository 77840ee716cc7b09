import type { Rng } from '../../../core/rng.js';
import type { Primitive } from '../../../core/scene.js';
import type { Instance, TaskDefinition } from '../../../core/task.js';
import { cellId, cellRects, cellText, gridGeom, gridLines } from '../grid-scene.js';
import { cellPx, charRows, checkAttempts, neighbours } from '../logic-grid.js';
import { BLACK, sightOf, solveLightUp, WHITE, type LightUpProblem } from './solver.js';

export interface LightUpParams {
  size: number;
  /** Share of cells that are black. */
  black: number;
  /** Share of black cells that keep their number after digging (lower = harder). */
  clueShare: number;
}

export interface LightUpTruth {
  rows: number;
  cols: number;
  /** Per cell: '.' white, '#' black, '0'..'4' black with a number. */
  grid: string;
  /** Per cell: 'L' bulb, '.' white without bulb, '#' black. */
  solution: string;
}

/** Black cells with 180° rotational symmetry, as in published puzzles. */
function blackCells(rng: Rng, n: number, share: number): Int8Array {
  const grid = new Int8Array(n * n).fill(WHITE);
  const target = Math.round(share * n * n);
  let count = 0;
  for (const i of rng.shuffle([...Array(n * n).keys()])) {
    if (count >= target) break;
    const j = n * n - 1 - i;
    if (grid[i] === BLACK) continue;
    grid[i] = BLACK;
    grid[j] = BLACK;
    count += i === j ? 1 : 2;
  }
  return grid;
}

/** Bulbs in random order wherever a cell is still dark, until every white cell is lit. */
function placeBulbs(rng: Rng, p: LightUpProblem): number[] {
  const { rows, cols, grid } = p;
  const litBy = new Uint8Array(rows * cols);
  const bulbs: number[] = [];
  for (const i of rng.shuffle([...Array(rows * cols).keys()])) {
    if (grid[i] !== WHITE || litBy[i]) continue;
    bulbs.push(i);
    litBy[i] = 1;
    for (const j of sightOf(p, i)) litBy[j] = 1;
  }
  return bulbs.sort((a, b) => a - b);
}

function generate(rng: Rng, p: LightUpParams): Instance<LightUpTruth> {
  const n = p.size;
  for (let attempt = 1; ; attempt++) {
    checkAttempts('light-up', attempt, 2000, p);
    const r = rng.fork(`attempt-${attempt}`);
    const grid = blackCells(r, n, p.black);
    const prob: LightUpProblem = { rows: n, cols: n, grid };
    const bulbs = placeBulbs(r, prob);
    const bulbSet = new Set(bulbs);
    const blacks = [...Array(n * n).keys()].filter((i) => grid[i] === BLACK);
    for (const b of blacks) grid[b] = neighbours(b, n, n).filter((j) => bulbSet.has(j)).length;
    if (solveLightUp(prob, 2).solutions !== 1) continue;
    // Dig numbers while the solution stays unique.
    let numbered = blacks.length;
    for (const b of r.shuffle(blacks)) {
      if (numbered <= p.clueShare * blacks.length) break;
      const keep = grid[b];
      grid[b] = BLACK;
      if (solveLightUp(prob, 2).solutions === 1) numbered--;
      else grid[b] = keep;
    }
    const effort = solveLightUp(prob, 2);
    return build(prob, bulbs, { attempts: attempt, blacks: blacks.length, numbered, searchNodes: effort.nodes, backtracks: effort.backtracks, rootDecided: effort.rootDecided });
  }
}

function build(p: LightUpProblem, bulbs: number[], effort: Record<string, number>): Instance<LightUpTruth> {
  const n = p.rows;
  const bulbSet = new Set(bulbs);
  const ch = (i: number) => (p.grid[i] === WHITE ? '.' : p.grid[i] === BLACK ? '#' : String(p.grid[i]));
  const truth: LightUpTruth = {
    rows: n,
    cols: n,
    grid: Array.from({ length: n * n }, (_, i) => ch(i)).join(''),
    solution: Array.from({ length: n * n }, (_, i) => (p.grid[i] !== WHITE ? '#' : bulbSet.has(i) ? 'L' : '.')).join(''),
  };
  const g = gridGeom(n, n, cellPx(n, n, 460, 36, 80));
  const els: Primitive[] = [...cellRects(g), ...gridLines(g, n, n, 1, 3)];
  const evidence: string[] = [];
  for (let i = 0; i < n * n; i++) {
    if (p.grid[i] === WHITE) continue;
    const r = Math.floor(i / n);
    const c = i % n;
    const id = `wall-r${r}c${c}`;
    els.push({ type: 'rect', id, x: g.x0 + c * g.cell, y: g.y0 + r * g.cell, w: g.cell, h: g.cell, fill: '#1a1a1a' });
    evidence.push(id);
    if (p.grid[i] >= 0) {
      const clueId = `clue-r${r}c${c}`;
      els.push(cellText(g, r, c, String(p.grid[i]), clueId, 0.55, '#ffffff'));
      evidence.push(clueId);
    }
  }
  const rules = `Place light bulbs in white cells so that every white cell is lit (a bulb lights its own cell and shines along its row and column until a black cell or the edge), no bulb shines on another bulb, and each black cell with a number has exactly that many bulbs in the cells sharing a side with it. Black cells without a number may have any number of bulbs beside them.`;
  const format = `Answer with the full grid as ${n} lines of ${n} symbols, top row first: L for a bulb, . for a white cell without a bulb, # for a black cell (numbered or not), inside <answer></answer>. For example, for a 3×3 grid: <answer>\nL.#\n#.L\n.L.\n</answer>`;
  return {
    question: `The image shows a ${n}×${n} light-up (akari) puzzle. ${rules} ${format}`,
    textOnly: `A ${n}×${n} light-up (akari) puzzle ('.' white cell, '#' black cell, a digit is a black cell with that number):\n${charRows(n, n, (r, c) => truth.grid[r * n + c])}\n${rules} ${format}`,
    scene: { kind: 'canvas', width: g.width, height: g.height, background: '#ffffff', elements: els },
    answer: charRows(n, n, (r, c) => truth.solution[r * n + c]),
    truth,
    evidence: evidence.length ? evidence : [cellId(0, 0)],
    features: { size: n, bulbs: bulbs.length, ...effort },
    canonical: `light-up:${n}:${truth.grid}`,
  };
}

export const lightUp: TaskDefinition<LightUpParams, LightUpTruth> = {
  name: 'light-up',
  domain: 'puzzle',
  describe: 'Light-up / akari (bulbs light every cell, never each other, numbered walls) with a certified unique solution',
  params: {
    size: { type: 'int', min: 4, max: 14, default: 7, describe: 'grid side' },
    black: { type: 'number', min: 0.18, max: 0.35, default: 0.22, describe: 'share of black cells (fewer = longer sight lines; near 0.18 on large grids, generation slows)' },
    clueShare: { type: 'number', min: 0, max: 1, default: 0.5, describe: 'share of black cells that keep their number (lower = harder; uniqueness is kept)' },
  },
  levels: {
    1: { size: 5, black: 0.24, clueShare: 1 },
    2: { size: 6, black: 0.22, clueShare: 0.7 },
    3: { size: 7, black: 0.22, clueShare: 0.5 },
    4: { size: 10, black: 0.2, clueShare: 0.35 },
    5: { size: 12, black: 0.2, clueShare: 0.2 },
  },
  generate,
  verifier: 'light-up',
};
