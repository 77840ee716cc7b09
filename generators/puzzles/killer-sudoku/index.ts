import type { Rng } from '../../../core/rng.js';
import type { Primitive } from '../../../core/scene.js';
import type { Instance, TaskDefinition } from '../../../core/task.js';
import { cageEdges, cageLabel, cageLists, cellNames, certifyBySplitting, randomCages } from '../cages.js';
import { AllDifferent, bit, type Constraint, domainsFrom, effortFeatures, popcount, single, solve } from '../csp.js';
import { cellRects, gridGeom, gridLines } from '../grid-scene.js';
import { exampleLatin, solutionRows } from '../latin-text.js';
import { boxShape, layout } from '../sudoku/geometry.js';

export interface KillerSudokuParams {
  size: 4 | 6 | 9;
  /** Largest cage. */
  maxCage: number;
}

export interface KillerCage {
  cells: number[];
  sum: number;
}

export interface KillerSudokuTruth {
  size: number;
  boxRows: number;
  boxCols: number;
  cages: KillerCage[];
  solution: string;
}

/** Digit sets (bitmasks) of k distinct digits 1..n summing to `sum`; memoised. */
const comboCache = new Map<string, number[]>();
function sumCombos(n: number, k: number, sum: number): number[] {
  const key = `${n}:${k}:${sum}`;
  let out = comboCache.get(key);
  if (!out) {
    out = [];
    for (let m = 1; m < 1 << n; m++) {
      if (popcount(m) !== k) continue;
      let s = 0;
      for (let v = 1; v <= n; v++) if (m & bit(v)) s += v;
      if (s === sum) out.push(m);
    }
    comboCache.set(key, out);
  }
  return out;
}

/**
 * A killer cage: its k digits are distinct and form one of the digit sets that sum to the target.
 * Working on digit sets instead of permutations keeps pruning cheap on 9×9 grids: a set survives
 * when every cell can take one of its digits and the cells together can cover all of it.
 */
class SumCage implements Constraint {
  private readonly combos: number[];
  constructor(
    readonly cells: readonly number[],
    n: number,
    sum: number,
  ) {
    this.combos = sumCombos(n, cells.length, sum);
  }
  prune(dom: Int32Array): boolean {
    const k = this.cells.length;
    let fixed = 0;
    for (const i of this.cells) {
      if (single(dom[i])) {
        if (fixed & dom[i]) return false;
        fixed |= dom[i];
      }
    }
    let support = 0;
    for (const c of this.combos) {
      if ((c & fixed) !== fixed) continue;
      let cover = 0;
      let ok = true;
      for (let j = 0; j < k && ok; j++) {
        const d = dom[this.cells[j]] & c;
        ok = d !== 0;
        cover |= d;
      }
      if (ok && cover === c) support |= c;
    }
    if (!support) return false;
    for (const i of this.cells) {
      const d = single(dom[i]) ? dom[i] : dom[i] & support & ~fixed;
      if (!d) return false;
      dom[i] = d;
    }
    return true;
  }
}

function sudokuUnits(n: number): Constraint[] {
  const L = layout(n);
  const units: number[][] = Array.from({ length: 3 * n }, () => []);
  for (let i = 0; i < L.cells; i++) {
    units[L.row[i]].push(i);
    units[n + L.col[i]].push(i);
    units[2 * n + L.box[i]].push(i);
  }
  return units.map((u) => new AllDifferent(u, n));
}

const SIZE_WEIGHTS: Record<number, number[]> = { 2: [0, 0.3, 4], 3: [0, 0.3, 4, 3], 4: [0, 0.2, 3, 4, 2], 5: [0, 0.2, 3, 4, 3, 2] };
const MAX_SPLITS = 300;
/** Search budget per uniqueness check; past it a cage is split (bounds the time of one item). */
const MAX_NODES = 400;

function generate(rng: Rng, p: KillerSudokuParams): Instance<KillerSudokuTruth> {
  const n = p.size;
  const cells = n * n;
  const units = sudokuUnits(n);
  const empty = domainsFrom(new Int8Array(cells), n);
  const sol = solve({ cells, values: n, constraints: units }, empty, 1, rng.fork('fill')).solution!;
  const cagesOf = (cageOf: Int32Array): KillerCage[] => cageLists(cageOf).map((cs) => ({ cells: cs, sum: cs.reduce((a, i) => a + sol[i], 0) }));
  const run = (cages: KillerCage[]) =>
    solve({ cells, values: n, constraints: [...units, ...cages.map((c) => new SumCage(c.cells, n, c.sum))] }, empty, 2, undefined, MAX_NODES);
  // Killer rule: no digit repeats inside a cage.
  const start = randomCages(n, rng.fork('cages'), SIZE_WEIGHTS[p.maxCage], (cage, j) => !cage.some((i) => sol[i] === sol[j]));
  const { cageOf, result: r, splits } = certifyBySplitting(start, n, rng.fork('split'), (c) => run(cagesOf(c)), MAX_SPLITS);
  const cages = cagesOf(cageOf);

  const box = boxShape(n);
  const truth: KillerSudokuTruth = { size: n, boxRows: box.rows, boxCols: box.cols, cages, solution: sol.join('') };
  const { elements, evidence, size } = drawKiller(n, box, cageOf, cages);
  const cageText = cages.map((c, k) => `Cage ${k + 1} (${cellNames(c.cells, n)}): sum ${c.sum}`).join('\n');
  const rules = `Fill the ${n}×${n} grid with digits 1 to ${n} so that each row, each column and each ${box.rows}×${box.cols} box (thick lines) contains every digit exactly once. Each dashed cage shows the sum of its digits in its corner, and no digit repeats within a cage.`;
  const format = `Give the full solved grid as ${n} lines of ${n} digits, top row first, inside <answer></answer>, for example <answer>\n${exampleLatin(n, sol, box)}\n</answer>`;
  return {
    question: `This ${n}×${n} killer sudoku has ${cages.length} cages and no given digits. ${rules} ${format}`,
    textOnly: `Solve this ${n}×${n} killer sudoku (r1c1 is the top-left cell; boxes are ${box.rows} rows × ${box.cols} columns). Cages:\n${cageText}\n${rules} ${format}`,
    scene: { kind: 'canvas', width: size, height: size, background: '#ffffff', elements },
    answer: solutionRows(sol, n),
    truth,
    evidence,
    features: {
      size: n,
      cages: cages.length,
      singleCages: cages.filter((c) => c.cells.length === 1).length,
      largestCage: Math.max(...cages.map((c) => c.cells.length)),
      splits,
      ...effortFeatures(r, cells),
    },
    canonical: `killer-sudoku:${n}:${cages.map((c) => `${c.cells.join('.')}=${c.sum}`).join(',')}`,
  };
}

const PASTELS = ['#fde2c8', '#d4ecd0', '#d6e4f7', '#f3d6ea', '#f6f1c4', '#e2e2e2'];

/** Greedy colouring: each cage takes the first pastel no touching cage uses. */
function colourCages(cageOf: Int32Array, n: number, count: number): number[] {
  const colour = new Array<number>(count).fill(-1);
  for (let k = 0; k < count; k++) {
    const used = new Set<number>();
    cageOf.forEach((c, i) => {
      if (c !== k) return;
      for (const j of [i - n, i + n, i % n ? i - 1 : -1, (i + 1) % n ? i + 1 : -1]) if (j >= 0 && j < cageOf.length && cageOf[j] !== k) used.add(colour[cageOf[j]]);
    });
    colour[k] = PASTELS.findIndex((_, x) => !used.has(x));
  }
  return colour;
}

function drawKiller(n: number, box: { rows: number; cols: number }, cageOf: Int32Array, cages: KillerCage[]) {
  const g = gridGeom(n, n, Math.round(486 / n), 20);
  const colour = colourCages(cageOf, n, cages.length);
  const elements: Primitive[] = [
    ...cellRects(g, '#ffffff', (r, c) => PASTELS[Math.max(0, colour[cageOf[r * n + c]])]),
    ...gridLines(g, n, n, 1, 3.5).map((l) => ({ ...l, stroke: '#b0b0b0' }) as Primitive),
    ...cageEdges(g, cageOf, { stroke: '#333333', lineWidth: 2, dash: [5, 4] }),
    ...gridLines(g, box.rows, box.cols, 0, 3.5).filter((l) => (l as { lineWidth: number }).lineWidth > 0),
  ];
  const evidence: string[] = [];
  cages.forEach((c, k) => {
    evidence.push(`cage-${k}`);
    elements.push(cageLabel(g, c.cells[0], String(c.sum), `cage-${k}`));
  });
  return { elements, evidence, size: g.width };
}

export const killerSudoku: TaskDefinition<KillerSudokuParams, KillerSudokuTruth> = {
  name: 'killer-sudoku',
  domain: 'puzzle',
  describe: 'Killer sudoku (4×4, 6×6, 9×9; cage sums, no givens) with a certified unique solution; answer the full grid',
  params: {
    size: { type: 'enum', values: [4, 6, 9], default: 6, describe: 'grid side' },
    maxCage: { type: 'int', min: 2, max: 5, default: 4, describe: 'largest cage (larger cages = fewer, weaker clues)' },
  },
  levels: {
    1: { size: 4, maxCage: 3 },
    2: { size: 6, maxCage: 3 },
    3: { size: 6, maxCage: 4 },
    4: { size: 9, maxCage: 4 },
    5: { size: 9, maxCage: 5 },
  },
  generate,
  verifier: 'killer-sudoku',
};
