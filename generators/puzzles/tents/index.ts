import type { Rng } from '../../../core/rng.js';
import type { Primitive } from '../../../core/scene.js';
import type { Instance, TaskDefinition } from '../../../core/task.js';
import { cellId, cellRects, gridLines, INK, type GridGeom } from '../grid-scene.js';
import { cellPx, charRows, checkAttempts, DIR8, neighbours } from '../logic-grid.js';
import { solveTents, type TentsProblem } from './solver.js';

export interface TentsParams {
  size: number;
  /** Target share of cells holding a tent. */
  density: number;
  /** Row and column counts hidden, as long as the solution stays unique. */
  hidden: number;
}

export interface TentsTruth {
  rows: number;
  cols: number;
  /** Tree cells (row-major indices). */
  trees: number[];
  /** Tents per row and column; -1 where the count is hidden. */
  rowCounts: number[];
  colCounts: number[];
  /** 'T' tree, 'A' tent, '.' empty per cell. */
  solution: string;
}

/** Non-touching tents, each with a tree on a free orthogonal neighbour. */
function plant(rng: Rng, n: number, target: number): { tents: number[]; trees: number[] } {
  const used = new Uint8Array(n * n);
  const tents: number[] = [];
  for (const i of rng.shuffle([...Array(n * n).keys()])) {
    if (tents.length >= target) break;
    if (!used[i] && !neighbours(i, n, n, DIR8).some((j) => tents.includes(j))) {
      tents.push(i);
      used[i] = 1;
    }
  }
  const keep: number[] = [];
  const trees: number[] = [];
  for (const t of tents) {
    const free = neighbours(t, n, n).filter((j) => !used[j]);
    if (!free.length) continue;
    const tree = rng.pick(free);
    used[tree] = 1;
    keep.push(t);
    trees.push(tree);
  }
  return { tents: keep.sort((a, b) => a - b), trees: trees.sort((a, b) => a - b) };
}

function generate(rng: Rng, p: TentsParams): Instance<TentsTruth> {
  const n = p.size;
  for (let attempt = 1; ; attempt++) {
    checkAttempts('tents', attempt, 2000, p);
    const r = rng.fork(`attempt-${attempt}`);
    const { tents, trees } = plant(r, n, Math.round(p.density * n * n));
    const rowCounts = Array.from({ length: n }, (_, k) => tents.filter((t) => Math.floor(t / n) === k).length);
    const colCounts = Array.from({ length: n }, (_, k) => tents.filter((t) => t % n === k).length);
    const prob: TentsProblem = { rows: n, cols: n, trees, rowCounts, colCounts };
    if (solveTents(prob, 2).solutions !== 1) continue;
    // Hide counts in random order while the solution stays unique.
    let hidden = 0;
    for (const k of r.shuffle([...Array(2 * n).keys()])) {
      if (hidden >= p.hidden) break;
      const line = k < n ? rowCounts : colCounts;
      const keep = line[k % n];
      line[k % n] = -1;
      if (solveTents(prob, 2).solutions === 1) hidden++;
      else line[k % n] = keep;
    }
    const effort = solveTents(prob, 2);
    return build(prob, tents, { attempts: attempt, hidden, searchNodes: effort.nodes, backtracks: effort.backtracks });
  }
}

function build(p: TentsProblem, tents: number[], effort: Record<string, number>): Instance<TentsTruth> {
  const n = p.rows;
  const tentSet = new Set(tents);
  const treeSet = new Set(p.trees);
  const truth: TentsTruth = {
    rows: n,
    cols: n,
    trees: [...p.trees],
    rowCounts: [...p.rowCounts],
    colCounts: [...p.colCounts],
    solution: Array.from({ length: n * n }, (_, i) => (treeSet.has(i) ? 'T' : tentSet.has(i) ? 'A' : '.')).join(''),
  };
  const cell = cellPx(n + 1, n + 1, 470, 34, 72);
  const g: GridGeom = { rows: n, cols: n, cell, x0: 16 + cell, y0: 16 + cell };
  const els: Primitive[] = [...cellRects(g, '#f1f8e9'), ...gridLines(g, n, n, 1, 2.5)];
  const treeIds = p.trees.map((t) => `tree-r${Math.floor(t / n)}c${t % n}`);
  p.trees.forEach((t, k) => els.push(treeShape(g.x0 + ((t % n) + 0.5) * cell, g.y0 + (Math.floor(t / n) + 0.5) * cell, cell, treeIds[k])));
  const countIds: string[] = [];
  const countText = (id: string, x: number, y: number, v: number) => {
    if (v < 0) return;
    countIds.push(id);
    els.push({ type: 'text', id, x, y, text: String(v), size: Math.round(cell * 0.5), weight: 'bold', align: 'center', baseline: 'middle', fill: INK });
  };
  p.rowCounts.forEach((v, r) => countText(`row-count-${r}`, g.x0 - cell / 2, g.y0 + (r + 0.5) * cell, v));
  p.colCounts.forEach((v, c) => countText(`col-count-${c}`, g.x0 + (c + 0.5) * cell, g.y0 - cell / 2, v));
  const shown = (v: number) => (v < 0 ? '?' : String(v));
  const hiddenRule = p.rowCounts.some((v) => v < 0) || p.colCounts.some((v) => v < 0) ? ' A line without a number may hold any number of tents.' : '';
  const rules = `Place one tent next to each tree (sharing a side with it) so that trees and tents pair up one to one, no two tents touch, not even diagonally, and each row and column holds the number of tents written beside it (left of rows, above columns).${hiddenRule}`;
  const format = `Answer with the full grid as ${n} lines of ${n} symbols, top row first: T for a tree, A for a tent, . for an empty cell, inside <answer></answer>. For example, for a 3×3 grid: <answer>\nAT.\n...\n.TA\n</answer>`;
  return {
    question: `The image shows a ${n}×${n} tents puzzle with ${p.trees.length} trees. ${rules} ${format}`,
    textOnly: `A ${n}×${n} tents puzzle ('T' tree, '.' empty). Tents per row, top to bottom: ${p.rowCounts.map(shown).join(' ')}; tents per column, left to right: ${p.colCounts.map(shown).join(' ')} ('?' = not given).\n${charRows(n, n, (r, c) => (treeSet.has(r * n + c) ? 'T' : '.'))}\n${rules} ${format}`,
    scene: { kind: 'canvas', width: g.x0 + n * cell + 16, height: g.y0 + n * cell + 16, background: '#ffffff', elements: els },
    answer: charRows(n, n, (r, c) => truth.solution[r * n + c]),
    truth,
    evidence: [...treeIds, ...countIds, ...Array.from({ length: n * n }, (_, i) => cellId(Math.floor(i / n), i % n))],
    features: { size: n, trees: p.trees.length, ...effort },
    canonical: `tents:${n}:${truth.trees.join(',')}:${truth.rowCounts.join(',')}:${truth.colCounts.join(',')}`,
  };
}

/** A stylised tree: trunk and round crown. */
function treeShape(cx: number, cy: number, cell: number, id: string): Primitive {
  const s = cell * 0.38;
  return {
    type: 'group',
    id,
    children: [
      { type: 'rect', x: cx - s * 0.14, y: cy + s * 0.2, w: s * 0.28, h: s * 0.75, fill: '#6d4c2f' },
      { type: 'circle', cx, cy: cy - s * 0.1, r: s * 0.62, fill: '#2e7d32', stroke: '#1b5e20', lineWidth: 1.5 },
    ],
  };
}

export const tents: TaskDefinition<TentsParams, TentsTruth> = {
  name: 'tents',
  domain: 'puzzle',
  describe: 'Tents (a tent beside each tree, none touching, row/column counts) with a certified unique solution',
  params: {
    size: { type: 'int', min: 4, max: 12, default: 8, describe: 'grid side' },
    density: { type: 'number', min: 0.08, max: 0.22, default: 0.16, describe: 'target share of cells with a tent' },
    hidden: { type: 'int', min: 0, max: 24, default: 0, describe: 'row/column counts hidden while the solution stays unique (more = harder)' },
  },
  levels: {
    1: { size: 5, density: 0.16, hidden: 0 },
    2: { size: 6, density: 0.16, hidden: 1 },
    3: { size: 8, density: 0.16, hidden: 2 },
    4: { size: 10, density: 0.17, hidden: 3 },
    5: { size: 12, density: 0.18, hidden: 4 },
  },
  generate,
  verifier: 'tents',
};
