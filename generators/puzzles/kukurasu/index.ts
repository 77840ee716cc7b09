import type { Rng } from '../../../core/rng.js';
import type { Primitive } from '../../../core/scene.js';
import type { Instance, TaskDefinition } from '../../../core/task.js';
import { cellId, cellRects, gridLines, INK, type GridGeom } from '../grid-scene.js';
import { cellPx, charRows, checkAttempts } from '../logic-grid.js';
import { solveKukurasu, type KukurasuProblem } from './solver.js';

export interface KukurasuParams {
  size: number;
  /** Share of cells shaded in the random picture. */
  density: number;
}

export interface KukurasuTruth extends KukurasuProblem {
  /** '#' shaded, '.' not, row-major. */
  solution: string;
}

/** A random shading whose row and column totals admit it alone (certified by the solver). */
function generate(rng: Rng, p: KukurasuParams): Instance<KukurasuTruth> {
  const n = p.size;
  for (let attempt = 1; ; attempt++) {
    checkAttempts('kukurasu', attempt, 3000, p);
    const r = rng.fork(`attempt-${attempt}`);
    const shade = Array.from({ length: n * n }, () => r.chance(p.density));
    const rowClues = Array.from({ length: n }, (_, i) => shade.slice(i * n, (i + 1) * n).reduce((s, on, c) => s + (on ? c + 1 : 0), 0));
    const colClues = Array.from({ length: n }, (_, c) => shade.reduce((s, on, i) => s + (on && i % n === c ? Math.floor(i / n) + 1 : 0), 0));
    const prob: KukurasuProblem = { rows: n, cols: n, rowClues, colClues };
    const found = solveKukurasu(prob, 2);
    if (found.solutions !== 1) continue;
    return build({ ...prob, solution: shade.map((on) => (on ? '#' : '.')).join('') }, { attempts: attempt, searchNodes: found.nodes });
  }
}

function build(t: KukurasuTruth, effort: Record<string, number>): Instance<KukurasuTruth> {
  const n = t.rows;
  const cell = cellPx(n + 2, n + 2, 480, 34, 70);
  const g: GridGeom = { rows: n, cols: n, cell, x0: 16 + cell, y0: 16 + cell };
  const els: Primitive[] = [...cellRects(g), ...gridLines(g, n, n, 1, 2.5)];
  const label = (id: string | undefined, x: number, y: number, v: number, bold: boolean) =>
    els.push({ type: 'text', id, x, y, text: String(v), size: Math.round(cell * (bold ? 0.46 : 0.34)), weight: bold ? 'bold' : 'normal', align: 'center', baseline: 'middle', fill: bold ? INK : '#8a8a8a' });
  for (let k = 0; k < n; k++) {
    label(undefined, g.x0 + (k + 0.5) * cell, g.y0 - cell / 2, k + 1, false);
    label(undefined, g.x0 - cell / 2, g.y0 + (k + 0.5) * cell, k + 1, false);
    label(`row-clue-${k}`, g.x0 + (n + 0.5) * cell, g.y0 + (k + 0.5) * cell, t.rowClues[k], true);
    label(`col-clue-${k}`, g.x0 + (k + 0.5) * cell, g.y0 + (n + 0.5) * cell, t.colClues[k], true);
  }
  const rules =
    'Shade some cells. A shaded cell counts its column number (grey, above the grid) toward its row and its row number (grey, left of the grid) toward its column; the shaded cells of each row must add up to the bold number right of the row, and those of each column to the bold number below it.';
  const format = `Answer with the full grid as ${n} lines of ${n} symbols, top row first: # for a shaded cell, . for an unshaded one, inside <answer></answer>. For example, for a 3×3 grid: <answer>\n#..\n.#.\n..#\n</answer>`;
  return {
    question: `The image shows a ${n}×${n} kukurasu puzzle. ${rules} ${format}`,
    textOnly: `A ${n}×${n} kukurasu puzzle. Columns and rows are numbered 1 to ${n} (left to right, top to bottom). Row totals, top to bottom: ${t.rowClues.join(' ')}. Column totals, left to right: ${t.colClues.join(' ')}. ${rules} ${format}`,
    scene: { kind: 'canvas', width: g.x0 + (n + 1) * cell + 16, height: g.y0 + (n + 1) * cell + 16, background: '#ffffff', elements: els },
    answer: charRows(n, n, (r, c) => t.solution[r * n + c]),
    truth: t,
    evidence: [...t.rowClues.map((_, k) => `row-clue-${k}`), ...t.colClues.map((_, k) => `col-clue-${k}`), ...Array.from({ length: n * n }, (_, i) => cellId(Math.floor(i / n), i % n))],
    features: { size: n, shaded: [...t.solution].filter((c) => c === '#').length, ...effort },
    canonical: `kukurasu:${n}:${t.rowClues.join(',')}:${t.colClues.join(',')}`,
  };
}

export const kukurasu: TaskDefinition<KukurasuParams, KukurasuTruth> = {
  name: 'kukurasu',
  domain: 'puzzle',
  describe: 'Kukurasu (shade cells so weighted row and column sums meet the clues) with a certified unique solution',
  params: {
    size: { type: 'int', min: 3, max: 9, default: 6, describe: 'grid side' },
    density: { type: 'number', min: 0.2, max: 0.8, default: 0.45, describe: 'share of cells shaded in the random picture' },
  },
  levels: {
    1: { size: 4, density: 0.45 },
    2: { size: 5, density: 0.45 },
    3: { size: 6, density: 0.45 },
    4: { size: 7, density: 0.45 },
    5: { size: 8, density: 0.45 },
  },
  generate,
  verifier: 'kukurasu',
};
