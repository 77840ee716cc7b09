import type { Rng } from '../../../core/rng.js';
import type { Primitive } from '../../../core/scene.js';
import type { Instance, TaskDefinition } from '../../../core/task.js';
import { effortFeatures } from '../csp.js';
import { cellId, cellRects, gridLines, INK, regionWalls, type GridGeom } from '../grid-scene.js';
import { cellPx, charRows, checkAttempts, neighbours } from '../logic-grid.js';
import { solveAquarium, type AquariumProblem } from './solver.js';

export interface AquariumParams {
  size: number;
  /** Mean cells per tank. */
  tank: number;
}

export interface AquariumTruth extends AquariumProblem {
  /** '#' water, '.' dry, row-major. */
  solution: string;
}

/**
 * Cuts the grid into connected tanks: seeds spread by random frontier growth, one seed per `tank`
 * cells on average, so sizes vary as in published aquariums (MM-HELIX merges random neighbours).
 */
function tanks(r: Rng, n: number, tank: number): number[] {
  const region = new Array<number>(n * n).fill(-1);
  const seeds = r.shuffle([...Array(n * n).keys()]).slice(0, Math.max(2, Math.round((n * n) / tank)));
  seeds.forEach((s, k) => (region[s] = k));
  for (let left = n * n - seeds.length; left > 0; left--) {
    const frontier: [number, number][] = [];
    for (let i = 0; i < n * n; i++) if (region[i] < 0) for (const j of neighbours(i, n, n)) if (region[j] >= 0) frontier.push([i, region[j]]);
    const [i, k] = r.pick(frontier);
    region[i] = k;
  }
  // Ids in reading order, so the same picture always has the same truth.
  const rename = new Map<number, number>();
  return region.map((k) => rename.get(k) ?? (rename.set(k, rename.size), rename.size - 1));
}

/** Random tanks and water levels; kept when the row and column counts admit that filling alone. */
function generate(rng: Rng, p: AquariumParams): Instance<AquariumTruth> {
  const n = p.size;
  for (let attempt = 1; ; attempt++) {
    checkAttempts('aquarium', attempt, 2000, p);
    const r = rng.fork(`attempt-${attempt}`);
    const regions = tanks(r, n, p.tank);
    // A level per tank: how many of its rows, counted from its bottom row, hold water.
    const rowsOf = new Map<number, number[]>();
    regions.forEach((k, i) => rowsOf.set(k, [...(rowsOf.get(k) ?? []), Math.floor(i / n)]));
    const surface = new Map([...rowsOf].map(([k, rs]) => [k, Math.max(...rs) + 1 - r.int(0, Math.max(...rs) - Math.min(...rs) + 1)]));
    const wet = regions.map((k, i) => Math.floor(i / n) >= surface.get(k)!);
    const prob: AquariumProblem = {
      rows: n,
      cols: n,
      regions,
      rowCounts: Array.from({ length: n }, (_, row) => wet.filter((w, i) => w && Math.floor(i / n) === row).length),
      colCounts: Array.from({ length: n }, (_, col) => wet.filter((w, i) => w && i % n === col).length),
    };
    const found = solveAquarium(prob, 2);
    if (found.solutions !== 1) continue;
    return build({ ...prob, solution: wet.map((w) => (w ? '#' : '.')).join('') }, { attempts: attempt, tanks: rowsOf.size, ...effortFeatures(found, n * n) });
  }
}

function build(t: AquariumTruth, effort: Record<string, number>): Instance<AquariumTruth> {
  const n = t.rows;
  const cell = cellPx(n + 1, n + 1, 470, 34, 72);
  const g: GridGeom = { rows: n, cols: n, cell, x0: 16, y0: 16 + cell };
  const els: Primitive[] = [...cellRects(g), ...gridLines(g, n, n, 1, 4).map((l) => (l.type === 'line' && l.lineWidth === 1 ? { ...l, stroke: '#b8b8b8' } : l)), ...regionWalls(g, t.regions)];
  const count = (id: string, x: number, y: number, v: number) => els.push({ type: 'text', id, x, y, text: String(v), size: Math.round(cell * 0.46), weight: 'bold', align: 'center', baseline: 'middle', fill: INK });
  t.rowCounts.forEach((v, k) => count(`row-count-${k}`, g.x0 + (n + 0.5) * cell, g.y0 + (k + 0.5) * cell, v));
  t.colCounts.forEach((v, k) => count(`col-count-${k}`, g.x0 + (k + 0.5) * cell, g.y0 - cell / 2, v));
  const tankCount = new Set(t.regions).size;
  const rules =
    'Fill some cells with water. Each tank (outlined by thick walls) is filled to one level: water lies on the bottom of the tank and rises evenly, so a wet cell means every cell of its tank in the same row and in all rows below it is wet too. The number right of each row and above each column says how many of its cells hold water.';
  const format = `Answer with the full grid as ${n} lines of ${n} symbols, top row first: # for water, . for a dry cell, inside <answer></answer>. For example, for a 3×3 grid: <answer>\n...\n#..\n###\n</answer>`;
  return {
    question: `The image shows a ${n}×${n} aquarium puzzle with ${tankCount} tanks. ${rules} ${format}`,
    textOnly: `A ${n}×${n} aquarium puzzle. Each number names the tank of a cell:\n${charRows(n, n, (r, c) => String(t.regions[r * n + c]), ' ')}\nWater cells per row, top to bottom: ${t.rowCounts.join(' ')}. Per column, left to right: ${t.colCounts.join(' ')}. ${rules.replace(' (outlined by thick walls)', '')} ${format}`,
    scene: { kind: 'canvas', width: g.x0 + (n + 1) * cell + 8, height: g.y0 + n * cell + 16, background: '#ffffff', elements: els },
    answer: charRows(n, n, (r, c) => t.solution[r * n + c]),
    truth: t,
    evidence: [...t.rowCounts.map((_, k) => `row-count-${k}`), ...t.colCounts.map((_, k) => `col-count-${k}`), ...Array.from({ length: n * n }, (_, i) => cellId(Math.floor(i / n), i % n))],
    features: { size: n, water: [...t.solution].filter((c) => c === '#').length, ...effort },
    canonical: `aquarium:${n}:${t.regions.join(',')}:${t.rowCounts.join(',')}:${t.colCounts.join(',')}`,
  };
}

export const aquarium: TaskDefinition<AquariumParams, AquariumTruth> = {
  name: 'aquarium',
  domain: 'puzzle',
  describe: 'Aquarium (fill tanks to one level each so row and column water counts match) with a certified unique solution',
  params: {
    size: { type: 'int', min: 3, max: 10, default: 6, describe: 'grid side' },
    tank: { type: 'number', min: 2, max: 12, default: 4, describe: 'mean cells per tank' },
  },
  // MM-HELIX's sizes: 4×4 (level 1) to 8×8 (level 5).
  levels: {
    1: { size: 4, tank: 3 },
    2: { size: 5, tank: 3.5 },
    3: { size: 6, tank: 4 },
    4: { size: 7, tank: 4.5 },
    5: { size: 8, tank: 5 },
  },
  generate,
  verifier: 'aquarium',
};
