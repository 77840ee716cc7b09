import type { Rng } from '../../../core/rng.js';
import type { Primitive } from '../../../core/scene.js';
import type { Instance, TaskDefinition } from '../../../core/task.js';
import { cageEdges, cageLabel, cageLists, cageTuples, cellNames, certifyBySplitting, randomCages } from '../cages.js';
import { domainsFrom, effortFeatures, latinConstraints, randomLatin, solve, Table } from '../csp.js';
import { cellRects, gridGeom, gridLines, INK } from '../grid-scene.js';
import { exampleLatin, solutionRows } from '../latin-text.js';

export type KenkenOp = '+' | '-' | '*' | '/' | '=';

export interface KenkenParams {
  size: number;
  /** Largest cage. */
  maxCage: number;
  /** Operations used: "+" only, "+-" (add and subtract), or all four. */
  ops: '+' | '+-' | '+-*/';
}

export interface KenkenCage {
  cells: number[];
  op: KenkenOp;
  target: number;
}

export interface KenkenTruth {
  size: number;
  cages: KenkenCage[];
  solution: string;
}

/** Whether `v` (a cage's values) meets the cage's operation and target. Shared rule for solver and prompt. */
export function cageHolds(op: KenkenOp, target: number, v: readonly number[]): boolean {
  switch (op) {
    case '=':
      return v[0] === target;
    case '+':
      return v.reduce((a, b) => a + b, 0) === target;
    case '*':
      return v.reduce((a, b) => a * b, 1) === target;
    case '-':
      return Math.abs(v[0] - v[1]) === target;
    case '/':
      return Math.max(v[0], v[1]) === target * Math.min(v[0], v[1]);
  }
}

/** Picks an operation the cage's solution values allow, and its target. */
function clueFor(values: number[], ops: string, rng: Rng): { op: KenkenOp; target: number } {
  if (values.length === 1) return { op: '=', target: values[0] };
  const choices: KenkenOp[] = ['+'];
  if (ops.includes('*') && values.reduce((a, b) => a * b, 1) <= 9999) choices.push('*');
  if (values.length === 2 && ops.includes('-')) choices.push('-', '-');
  if (values.length === 2 && ops.includes('/') && Math.max(...values) % Math.min(...values) === 0) choices.push('/', '/');
  const op = rng.pick(choices);
  const [a, b] = values;
  const target =
    op === '+' ? values.reduce((x, y) => x + y, 0) : op === '*' ? values.reduce((x, y) => x * y, 1) : op === '-' ? Math.abs(a - b) : Math.max(a, b) / Math.min(a, b);
  return { op, target };
}

/** Cage-size weights by largest cage: mostly pairs and triples, some singles. */
const SIZE_WEIGHTS: Record<number, number[]> = { 2: [0, 0.6, 4], 3: [0, 0.5, 4, 3], 4: [0, 0.4, 4, 3, 2] };

/** Cage splits allowed before the puzzle counts as failed; each split adds information. */
const MAX_SPLITS = 200;
/** Search budget per uniqueness check; past it a cage is split (bounds the time of one item). */
const MAX_NODES = 400;

function generate(rng: Rng, p: KenkenParams): Instance<KenkenTruth> {
  const n = p.size;
  const cells = n * n;
  const sol = randomLatin(n, rng.fork('fill'));
  const clueRng = rng.fork('ops');
  const clues = new Map<string, { op: KenkenOp; target: number }>();
  // A cage keeps its clue across splits of other cages (keyed by its cells).
  const cagesOf = (cageOf: Int32Array): KenkenCage[] =>
    cageLists(cageOf).map((cs) => {
      const key = cs.join(',');
      if (!clues.has(key)) clues.set(key, clueFor(cs.map((i) => sol[i]), p.ops, clueRng));
      return { cells: cs, ...clues.get(key)! };
    });
  const run = (cages: KenkenCage[]) => {
    const constraints = [...latinConstraints(n), ...cages.map((c) => new Table(c.cells, cageTuples(c.cells, n, (v) => cageHolds(c.op, c.target, v))))];
    return solve({ cells, values: n, constraints }, domainsFrom(new Int8Array(cells), n), 2, undefined, MAX_NODES);
  };
  const start = randomCages(n, rng.fork('cages'), SIZE_WEIGHTS[p.maxCage]);
  const { cageOf, result: r, splits } = certifyBySplitting(start, n, rng.fork('split'), (c) => run(cagesOf(c)), MAX_SPLITS);
  const cages = cagesOf(cageOf);

  const truth: KenkenTruth = { size: n, cages, solution: sol.join('') };
  const { elements, evidence, size } = drawKenken(n, cageOf, cages);
  const opWord: Record<KenkenOp, string> = { '+': 'sum', '-': 'difference', '*': 'product', '/': 'quotient', '=': 'value' };
  const cageText = cages.map((c, k) => `Cage ${k + 1} (${cellNames(c.cells, n)}): ${opWord[c.op]} ${c.target}`).join('\n');
  const rules = `Fill the ${n}×${n} grid with digits 1 to ${n} so that each row and each column contains every digit exactly once. Each outlined cage shows a target and an operation: the cage's digits must combine to the target (+ sum, − difference, × product, ÷ quotient; for − and ÷ take the larger digit first; a lone number is the cell's digit). Digits may repeat within a cage if they are in different rows and columns.`;
  const format = `Give the full solved grid as ${n} lines of ${n} digits, top row first, inside <answer></answer>, for example <answer>\n${exampleLatin(n, sol)}\n</answer>`;
  return {
    question: `This ${n}×${n} KenKen puzzle has ${cages.length} cages. ${rules} ${format}`,
    textOnly: `Solve this ${n}×${n} KenKen puzzle (r1c1 is the top-left cell). Cages:\n${cageText}\n${rules} ${format}`,
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
    canonical: `kenken:${n}:${cages.map((c) => `${c.cells.join('.')}${c.op}${c.target}`).join(',')}`,
  };
}

const LABEL_OP: Record<KenkenOp, string> = { '+': '+', '-': '−', '*': '×', '/': '÷', '=': '' };

function drawKenken(n: number, cageOf: Int32Array, cages: KenkenCage[]): { elements: Primitive[]; evidence: string[]; size: number } {
  const g = gridGeom(n, n, Math.round(480 / n), 20);
  const elements: Primitive[] = [...cellRects(g), ...gridLines(g, n, n, 1, 4).map((l) => ({ ...l, stroke: '#9a9a9a' }) as Primitive)];
  elements.push(...cageEdges(g, cageOf, { stroke: INK, lineWidth: 3.5 }));
  elements.push({ type: 'rect', x: g.x0, y: g.y0, w: n * g.cell, h: n * g.cell, stroke: INK, lineWidth: 4 });
  const evidence: string[] = [];
  cages.forEach((c, k) => {
    const id = `cage-${k}`;
    evidence.push(id);
    elements.push(cageLabel(g, c.cells[0], `${c.target}${LABEL_OP[c.op]}`, id));
  });
  return { elements, evidence, size: g.width };
}

export const kenken: TaskDefinition<KenkenParams, KenkenTruth> = {
  name: 'kenken',
  domain: 'puzzle',
  describe: 'KenKen (Latin square with arithmetic cages, 4×4 to 7×7) with a certified unique solution; answer the full grid',
  params: {
    size: { type: 'int', min: 3, max: 7, default: 5, describe: 'grid side' },
    maxCage: { type: 'int', min: 2, max: 4, default: 3, describe: 'largest cage (larger cages = fewer, weaker clues)' },
    ops: { type: 'enum', values: ['+', '+-', '+-*/'], default: '+-*/', describe: 'operations used in cage clues' },
  },
  levels: {
    1: { size: 4, maxCage: 2, ops: '+-' },
    2: { size: 4, maxCage: 3, ops: '+-*/' },
    3: { size: 5, maxCage: 3, ops: '+-*/' },
    4: { size: 6, maxCage: 4, ops: '+-*/' },
    5: { size: 7, maxCage: 4, ops: '+' },
  },
  generate,
  verifier: 'kenken',
};
