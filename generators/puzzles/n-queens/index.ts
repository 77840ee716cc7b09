import type { Rng } from '../../../core/rng.js';
import type { Primitive } from '../../../core/scene.js';
import type { Instance, TaskDefinition } from '../../../core/task.js';
import { cellId, cellRects, gridGeom, gridLines } from '../grid-scene.js';
import { article, axisLabels, boardText, cellName, cellPx, COORD_RULE } from '../games/coords.js';
import { attacks, searchQueens } from './solver.js';

export interface NQueensParams {
  size: number;
  /** Queens already on the board. */
  preplaced: number;
}

export interface NQueensTruth {
  size: number;
  /** Pre-placed queens as [row, col], 0-based. */
  given: [number, number][];
  /** Completions counted while generating (capped at COUNT_LIMIT). */
  completions: number;
}

/** Completions are counted up to this many: enough to grade difficulty, bounded in time. */
const COUNT_LIMIT = 500;

function generate(rng: Rng, p: NQueensParams): Instance<NQueensTruth> {
  const n = p.size;
  for (let attempt = 0; ; attempt++) {
    // A random non-attacking placement, then proof by search that it can be completed.
    const given: [number, number][] = [];
    for (const r of rng.shuffle([...Array(n).keys()]).slice(0, p.preplaced).sort((a, b) => a - b)) {
      const free = [...Array(n).keys()].filter((c) => given.every((q) => !attacks(q, [r, c])));
      if (!free.length) break;
      given.push([r, rng.pick(free)]);
    }
    if (given.length < p.preplaced) continue;
    const fixed = Array(n).fill(-1);
    for (const [r, c] of given) fixed[r] = c;
    const count = searchQueens(n, fixed, COUNT_LIMIT);
    if (!count.count) continue;
    // The stored answer is a random completion, not always the lexicographically first.
    const orderRng = rng.fork(`order${attempt}`);
    const orders = Array.from({ length: n }, () => orderRng.shuffle([...Array(n).keys()]));
    const found = searchQueens(n, fixed, 1, (r) => orders[r]);
    return build(n, given, found.first!, count.count, found.nodes, attempt);
  }
}

function build(n: number, given: [number, number][], cols: number[], completions: number, nodes: number, retries: number): Instance<NQueensTruth> {
  const truth: NQueensTruth = { size: n, given, completions };
  const isGiven = (r: number, c: number) => given.some(([gr, gc]) => gr === r && gc === c);
  const rules = `Place ${n} queens on the ${n}×${n} board so that no two share a row, a column or a diagonal. The ${given.length} queens already shown must stay where they are. ${COORD_RULE}`;
  const format = `Answer with the cells of all ${n} queens (including those already placed) separated by commas, for example <answer>A2, C1, …</answer>.`;
  const g = gridGeom(n, n, cellPx(n, 460, 36, 80), 44);
  const queens: Primitive[] = given.map(([r, c]) => ({
    type: 'text', id: `queen-r${r}c${c}`, text: '♛', x: g.x0 + (c + 0.5) * g.cell, y: g.y0 + (r + 0.52) * g.cell,
    size: Math.round(g.cell * 0.9), align: 'center', baseline: 'middle', fill: '#111111',
  }));
  return {
    question: `The image shows ${article(n)} ${n}×${n} board with ${given.length} queens. ${rules} ${format}`,
    textOnly: `${article(n) === 'an' ? 'An' : 'A'} ${n}×${n} board ('Q' queen, '.' empty):\n${boardText(n, n, (r, c) => (isGiven(r, c) ? 'Q' : '.'))}\n${rules} ${format}`,
    scene: {
      kind: 'canvas',
      width: g.width,
      height: g.height,
      background: '#ffffff',
      elements: [...cellRects(g, '#f0d9b5', (r, c) => ((r + c) % 2 ? '#b58863' : '#f0d9b5')), ...gridLines(g, n, n, 1, 3), ...axisLabels(g), ...queens],
    },
    answer: cols.map((c, r) => cellName(r, c)).join(', '),
    truth,
    evidence: given.map(([r, c]) => `queen-r${r}c${c}`).concat(given.map(([r, c]) => cellId(r, c))),
    features: { size: n, preplaced: given.length, completions, completionsCapped: completions >= COUNT_LIMIT ? 1 : 0, searchNodes: nodes, retries },
    canonical: `n-queens:${n}:${given.map(([r, c]) => `${r}.${c}`).join(',')}`,
  };
}

export const nQueens: TaskDefinition<NQueensParams, NQueensTruth> = {
  name: 'n-queens',
  domain: 'puzzle',
  describe: 'N-queens with pre-placed queens; any valid completion is accepted',
  params: {
    size: { type: 'int', min: 4, max: 14, default: 8, describe: 'board side (number of queens)' },
    preplaced: { type: 'int', min: 0, max: 8, default: 2, describe: 'queens already placed (must stay)' },
  },
  check: (p) => (p.preplaced >= p.size ? `params.preplaced: got ${p.preplaced}; allowed: fewer than size (${p.size})` : undefined),
  levels: {
    1: { size: 5, preplaced: 2 },
    2: { size: 7, preplaced: 2 },
    3: { size: 8, preplaced: 3 },
    4: { size: 10, preplaced: 4 },
    5: { size: 12, preplaced: 5 },
  },
  generate,
  verifier: 'n-queens',
};
