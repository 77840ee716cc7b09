import type { Rng } from '../../../core/rng.js';
import type { Primitive } from '../../../core/scene.js';
import type { Instance, TaskDefinition } from '../../../core/task.js';
import { digClues, effortFeatures } from '../csp.js';
import { cellId, cellRects, gridGeom, gridLines, INK } from '../grid-scene.js';
import { cellPx, charRows, checkAttempts, neighbours } from '../logic-grid.js';
import { ring, runsOf, solveTapa, type TapaProblem } from './solver.js';

export interface TapaParams {
  size: number;
  /** Share of the cells shaded in the planted solution. */
  density: number;
}

export interface TapaTruth extends TapaProblem {
  /** '#' black, '.' white, row-major. */
  solution: string;
}

/** A connected shading without 2×2 blocks, grown cell by cell from one random cell. */
function plantWall(r: Rng, n: number, want: number): boolean[] {
  const black = new Array<boolean>(n * n).fill(false);
  black[r.int(0, n * n - 1)] = true;
  const blocks = (i: number) => {
    const row = Math.floor(i / n);
    const col = i % n;
    for (const [dr, dc] of [[0, 0], [0, -1], [-1, 0], [-1, -1]]) {
      const r0 = row + dr;
      const c0 = col + dc;
      if (r0 < 0 || c0 < 0 || r0 + 1 >= n || c0 + 1 >= n) continue;
      if ([r0 * n + c0, r0 * n + c0 + 1, (r0 + 1) * n + c0, (r0 + 1) * n + c0 + 1].every((j) => j === i || black[j])) return true;
    }
    return false;
  };
  for (let count = 1; count < want; count++) {
    const grow = black.flatMap((b, i) => (!b && neighbours(i, n, n).some((j) => black[j]) && !blocks(i) ? [i] : []));
    if (!grow.length) break;
    black[r.pick(grow)] = true;
  }
  return black;
}

/**
 * A planted wall; clues are added on white cells where a rival solution differs until the solver
 * finds the wall alone, then dug out again in random order while it stays alone.
 */
function generate(rng: Rng, p: TapaParams): Instance<TapaTruth> {
  const n = p.size;
  for (let attempt = 1; ; attempt++) {
    checkAttempts('tapa', attempt, 100, p);
    const r = rng.fork(`attempt-${attempt}`);
    const black = plantWall(r, n, Math.round(p.density * n * n));
    const clueOf = (i: number) => runsOf(ring(i, n, n).map((j) => j !== null && black[j]));
    const keep = new Uint8Array(n * n);
    const problem = (k: Uint8Array): TapaProblem => ({ rows: n, cols: n, clues: Array.from(k, (on, i) => (on ? clueOf(i) : null)) });
    const whites = r.shuffle(black.flatMap((b, i) => (b ? [] : [i])));
    whites.slice(0, Math.ceil(whites.length / 4)).forEach((i) => (keep[i] = 1));
    let found = solveTapa(problem(keep), 2, 50_000);
    while (found.solutions > 1 && !found.aborted) {
      const rival = found.solution!.every((v, i) => (v === 2) === black[i]) ? found.other! : found.solution!;
      // A clue where the rival differs: on a cell it shades, or one whose neighbourhood it shades differently.
      const tells = whites.filter((i) => !keep[i] && (rival[i] === 2 || ring(i, n, n).some((j) => j !== null && (rival[j] === 2) !== black[j])));
      if (!tells.length) break;
      keep[r.pick(tells)] = 1;
      found = solveTapa(problem(keep), 2, 50_000);
    }
    if (found.solutions !== 1 || found.aborted) continue;
    digClues(r.shuffle(whites.filter((i) => keep[i])), keep, 1, (k) => {
      const res = solveTapa(problem(k), 2, 50_000);
      return res.solutions === 1 && !res.aborted;
    });
    const prob = problem(keep);
    const check = solveTapa(prob, 2);
    if (check.solutions !== 1) continue;
    return build({ ...prob, solution: black.map((b) => (b ? '#' : '.')).join('') }, { attempts: attempt, clues: keep.reduce((a, b) => a + b, 0), ...effortFeatures(check, n * n) });
  }
}

/** The numbers of a clue laid out in its cell: one centred, two side by side, three or four on two lines. */
function clueText(x: number, y: number, cell: number, clue: readonly number[], id: string): Primitive {
  const k = clue.length;
  const size = Math.round(cell * (k === 1 ? 0.55 : k === 2 ? 0.4 : 0.32));
  const spots: [number, number][] =
    k === 1 ? [[0, 0]] : k === 2 ? [[-0.2, 0], [0.2, 0]] : k === 3 ? [[-0.2, -0.17], [0.2, -0.17], [0, 0.2]] : [[-0.2, -0.17], [0.2, -0.17], [-0.2, 0.2], [0.2, 0.2]];
  return { type: 'group', id, children: clue.map((v, m) => ({ type: 'text', x: x + spots[m][0] * cell, y: y + spots[m][1] * cell, text: String(v), size, weight: 'bold', align: 'center', baseline: 'middle', fill: INK })) };
}

function build(t: TapaTruth, effort: Record<string, number>): Instance<TapaTruth> {
  const n = t.rows;
  const cell = cellPx(n, n, 470, 44, 84);
  const g = gridGeom(n, n, cell, 20);
  const clued = t.clues.flatMap((c, i) => (c ? [i] : []));
  const els: Primitive[] = [...cellRects(g), ...gridLines(g, n, n, 1.5, 3), ...clued.map((i) => clueText(g.x0 + ((i % n) + 0.5) * cell, g.y0 + (Math.floor(i / n) + 0.5) * cell, cell, t.clues[i]!, `clue-${i}`))];
  const rules =
    'Shade some cells black. Cells with numbers stay white; the numbers in a cell give the lengths of the groups of consecutive black cells among its (up to) eight neighbours, going round the cell (a 0 means no black neighbour; several numbers mean separate groups, in any order). All black cells must form one orthogonally connected wall, and no 2×2 square may be entirely black.';
  const format = `Answer with the full grid as ${n} lines of ${n} symbols, top row first: # for a black cell, . for a white cell (numbered cells are white), inside <answer></answer>. For example, for a 3×3 grid: <answer>\n##.\n.#.\n.##\n</answer>`;
  return {
    question: `The image shows a ${n}×${n} tapa puzzle. ${rules} ${format}`,
    textOnly: `A ${n}×${n} tapa puzzle. Each clue cell is written as its numbers joined by '/', '.' marks a cell without numbers:\n${charRows(n, n, (r, c) => t.clues[r * n + c]?.join('/') ?? '.', ' ')}\n${rules} ${format}`,
    scene: { kind: 'canvas', width: g.width, height: g.height, background: '#ffffff', elements: els },
    answer: charRows(n, n, (r, c) => t.solution[r * n + c]),
    truth: t,
    evidence: [...clued.map((i) => `clue-${i}`), ...Array.from({ length: n * n }, (_, i) => cellId(Math.floor(i / n), i % n))],
    features: { size: n, black: [...t.solution].filter((c) => c === '#').length, ...effort },
    canonical: `tapa:${n}:${t.clues.map((c) => c?.join('/') ?? '').join(',')}`,
  };
}

export const tapa: TaskDefinition<TapaParams, TapaTruth> = {
  name: 'tapa',
  domain: 'puzzle',
  describe: 'Tapa (shade a connected wall without 2×2 blocks whose runs around each clue match it) with a certified unique solution',
  params: {
    size: { type: 'int', min: 3, max: 9, default: 6, describe: 'grid side' },
    density: { type: 'number', min: 0.2, max: 0.65, default: 0.45, describe: 'share of cells shaded in the planted solution' },
  },
  // MM-HELIX: 3×3 (level 1) to 7×7 (level 5), 25–45% shaded; ours run 4×4 to 8×8 (a 3×3 tapa is nearly a giveaway).
  levels: {
    1: { size: 4, density: 0.35 },
    2: { size: 5, density: 0.4 },
    3: { size: 6, density: 0.45 },
    4: { size: 7, density: 0.48 },
    5: { size: 8, density: 0.5 },
  },
  generate,
  verifier: 'tapa',
};
