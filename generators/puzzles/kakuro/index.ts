import type { Rng } from '../../../core/rng.js';
import type { Primitive } from '../../../core/scene.js';
import type { Instance, TaskDefinition } from '../../../core/task.js';
import { cellId, cellRects, cellText, gridLines, INK, type GridGeom } from '../grid-scene.js';
import { cellPx, charRows, checkAttempts, isConnected } from '../logic-grid.js';
import { solveKakuro, type Run } from './solver.js';

export interface KakuroParams {
  /** White area side; the drawn grid adds a clue row on top and a clue column on the left. */
  size: number;
  /** Share of the inner cells that are black. */
  black: number;
  /** Most digits given as hints when the sums alone leave several solutions. */
  maxGivens: number;
}

export interface KakuroRunTruth {
  /** 'across' runs go right, 'down' runs go down, from the clue cell at (row, col). */
  dir: 'across' | 'down';
  row: number;
  col: number;
  length: number;
  sum: number;
}

export interface KakuroTruth {
  rows: number;
  cols: number;
  /** Per cell: '#' black, '.' white, '1'..'9' white with a given digit. */
  grid: string;
  runs: KakuroRunTruth[];
  /** Per cell: '#' black, digit on white cells. */
  solution: string;
}

/**
 * Black inner cells with 180° symmetry, then every white cell left in a run of one is blackened
 * (every white cell must belong to an across and a down run of two or more), and runs longer than
 * MAX_RUN are split.
 */
/** Longest run kept: long runs admit many digit sets and rarely give a unique solution. */
const MAX_RUN = 5;

function layout(rng: Rng, m: number, share: number): Uint8Array | null {
  const n = m + 1;
  const black = new Uint8Array(n * n);
  for (let k = 0; k < n; k++) black[k] = black[k * n] = 1;
  const inner = [...Array(m * m).keys()].map((k) => (Math.floor(k / m) + 1) * n + (k % m) + 1);
  const mirror = (i: number) => (n - Math.floor(i / n)) * n + (n - (i % n));
  let count = 0;
  for (const i of rng.shuffle(inner)) {
    if (count >= share * m * m) break;
    if (black[i]) continue;
    black[i] = black[mirror(i)] = 1;
    count += i === mirror(i) ? 1 : 2;
  }
  /** White cells next to i going `step` (±1 across, ±n down); the clue row and column stop it. */
  const side = (i: number, step: number) => {
    let k = 0;
    for (let j = i + step; j >= 0 && j < n * n && !black[j] && (Math.abs(step) === n || Math.floor(j / n) === Math.floor(i / n)); j += step) k++;
    return k;
  };
  /** A long run is split at i only where both parts keep two or more cells. */
  const splits = (i: number, step: number) => {
    const a = side(i, -step);
    const b = side(i, step);
    return a + b + 1 > MAX_RUN && a >= 2 && b >= 2;
  };
  for (let changed = true; changed; ) {
    changed = false;
    for (const i of inner) {
      if (black[i]) continue;
      const single = side(i, -1) + side(i, 1) === 0 || side(i, -n) + side(i, n) === 0;
      if (single || ((splits(i, 1) || splits(i, n)) && rng.chance(0.5))) {
        black[i] = black[mirror(i)] = 1;
        changed = true;
      }
    }
  }
  const whites = inner.filter((i) => !black[i]).length;
  if (whites < m * m * 0.45 || !isConnected(n, n, (i) => !black[i])) return null;
  return black;
}

function runsOf(n: number, black: Uint8Array): { dir: 'across' | 'down'; at: number; cells: number[] }[] {
  const out: { dir: 'across' | 'down'; at: number; cells: number[] }[] = [];
  for (let i = 0; i < n * n; i++) {
    if (!black[i]) continue;
    const across: number[] = [];
    for (let j = i + 1; j % n !== 0 && !black[j]; j++) across.push(j);
    if (across.length) out.push({ dir: 'across', at: i, cells: across });
    const down: number[] = [];
    for (let j = i + n; j < n * n && !black[j]; j += n) down.push(j);
    if (down.length) out.push({ dir: 'down', at: i, cells: down });
  }
  return out;
}

/** Random digits with no repeat in any run (backtracking fill, random digit order). */
function fill(rng: Rng, n: number, black: Uint8Array, runs: { cells: number[] }[]): Int8Array | null {
  const digit = new Int8Array(n * n);
  const runIdx: number[][] = Array.from({ length: n * n }, () => []);
  runs.forEach((r, k) => r.cells.forEach((i) => runIdx[i].push(k)));
  const whites = [...Array(n * n).keys()].filter((i) => !black[i]);
  let budget = 5000;
  const rec = (k: number): boolean => {
    if (k === whites.length) return true;
    if (--budget < 0) return false;
    const i = whites[k];
    for (const d of rng.shuffle([1, 2, 3, 4, 5, 6, 7, 8, 9])) {
      if (runIdx[i].some((r) => runs[r].cells.some((j) => digit[j] === d))) continue;
      digit[i] = d;
      if (rec(k + 1)) return true;
      digit[i] = 0;
    }
    return false;
  };
  return rec(0) ? digit : null;
}

/** A found solution other than the intended digits, or null when the search gave up first. */
function rivalOf(res: { solution: Int8Array | null; other: Int8Array | null }, digits: Int8Array): Int8Array | null {
  const same = (a: Int8Array) => a.every((d, i) => d === digits[i]);
  return [res.solution, res.other].find((s): s is Int8Array => !!s && !same(s)) ?? null;
}

/** Solutions counted up to this many while repairing: enough to tell "fewer" from "more". */
const COUNT_CAP = 12;
/** Search effort after which a candidate puzzle is dropped: keeps generation time bounded. */
const NODE_CAP = 4000;

/**
 * Repairs a fill that leaves several solutions: changes a digit where a rival solution differs
 * (which changes two clue sums) and keeps the change unless the solution count grows.
 */
function repair(rng: Rng, n: number, runs: { cells: number[] }[], digits: Int8Array, steps: number) {
  const sumsOf = (): Run[] => runs.map((run) => ({ cells: run.cells, sum: run.cells.reduce((a, i) => a + digits[i], 0) }));
  const none = new Int8Array(n * n);
  let sums = sumsOf();
  let res = solveKakuro(n * n, sums, none, COUNT_CAP, NODE_CAP);
  let stale = 0;
  for (let step = 0; step < steps && res.solutions > 1 && stale < 4; step++) {
    const rival = rivalOf(res, digits);
    if (!rival) break;
    const i = rng.pick([...Array(n * n).keys()].filter((k) => rival[k] !== digits[k]));
    const taken = new Set(runs.filter((run) => run.cells.includes(i)).flatMap((run) => run.cells.map((j) => digits[j])));
    const options = [1, 2, 3, 4, 5, 6, 7, 8, 9].filter((d) => !taken.has(d));
    // Try every digit the runs allow here; keep the one leaving the fewest solutions.
    const keep = digits[i];
    let best = { d: keep, sums, res };
    for (const d of options) {
      digits[i] = d;
      const nextSums = sumsOf();
      const next = solveKakuro(n * n, nextSums, none, COUNT_CAP, NODE_CAP);
      if (next.solutions <= best.res.solutions) best = { d, sums: nextSums, res: next };
    }
    digits[i] = best.d;
    stale = best.res.solutions < res.solutions ? 0 : stale + 1;
    sums = best.sums;
    res = best.res;
  }
  return { sums, res };
}

function generate(rng: Rng, p: KakuroParams): Instance<KakuroTruth> {
  const n = p.size + 1;
  for (let attempt = 1; ; attempt++) {
    checkAttempts('kakuro', attempt, 20000, p);
    const r = rng.fork(`attempt-${attempt}`);
    const black = layout(r, p.size, p.black);
    if (!black) continue;
    const runs = runsOf(n, black);
    const digits = fill(r, n, black, runs);
    if (!digits) continue;
    const { sums } = repair(r, n, runs, digits, 3 * p.size);
    // Give the intended digit where a rival solution differs, until only one solution remains.
    const givens = new Int8Array(n * n);
    let res = solveKakuro(n * n, sums, givens, 2, NODE_CAP);
    let given = 0;
    while (res.solutions > 1 && given < p.maxGivens) {
      const rival = rivalOf(res, digits);
      if (!rival) break;
      const i = r.pick([...Array(n * n).keys()].filter((k) => rival[k] !== digits[k]));
      givens[i] = digits[i];
      given++;
      res = solveKakuro(n * n, sums, givens, 2, NODE_CAP);
    }
    if (res.solutions !== 1) continue;
    const truthRuns = runs.map((run, k) => ({ dir: run.dir, row: Math.floor(run.at / n), col: run.at % n, length: run.cells.length, sum: sums[k].sum }));
    return build(n, black, digits, givens, truthRuns, { attempts: attempt, givens: given, searchNodes: res.nodes, backtracks: res.backtracks, forced: res.forced });
  }
}

function build(n: number, black: Uint8Array, digits: Int8Array, givens: Int8Array, runs: KakuroRunTruth[], effort: Record<string, number>): Instance<KakuroTruth> {
  const truth: KakuroTruth = {
    rows: n,
    cols: n,
    grid: Array.from({ length: n * n }, (_, i) => (black[i] ? '#' : givens[i] ? String(givens[i]) : '.')).join(''),
    runs,
    solution: Array.from({ length: n * n }, (_, i) => (black[i] ? '#' : String(digits[i]))).join(''),
  };
  const cell = cellPx(n, n, 480, 40, 90);
  const g: GridGeom = { rows: n, cols: n, cell, x0: 20, y0: 20 };
  const els: Primitive[] = [...cellRects(g, '#ffffff', (r, c) => (black[r * n + c] ? '#4a4a4a' : undefined))];
  for (let i = 0; i < n * n; i++) {
    const x = g.x0 + (i % n) * cell;
    const y = g.y0 + Math.floor(i / n) * cell;
    if (black[i] && runs.some((run) => run.row * n + run.col === i)) els.push({ type: 'line', x1: x, y1: y, x2: x + cell, y2: y + cell, stroke: '#d0d0d0', lineWidth: 1.5 });
  }
  els.push(...gridLines(g, n, n, 1.5, 3));
  const evidence: string[] = [];
  const size = Math.round(cell * 0.3);
  for (const run of runs) {
    const x = g.x0 + run.col * cell;
    const y = g.y0 + run.row * cell;
    const id = `sum-${run.dir}-r${run.row}c${run.col}`;
    evidence.push(id);
    // Across sums sit in the upper-right triangle, down sums in the lower-left one.
    els.push(
      run.dir === 'across'
        ? { type: 'text', id, x: x + cell * 0.72, y: y + cell * 0.3, text: String(run.sum), size, weight: 'bold', align: 'center', baseline: 'middle', fill: '#ffffff' }
        : { type: 'text', id, x: x + cell * 0.28, y: y + cell * 0.72, text: String(run.sum), size, weight: 'bold', align: 'center', baseline: 'middle', fill: '#ffffff' },
    );
  }
  for (let i = 0; i < n * n; i++) {
    if (!givens[i]) continue;
    const id = `given-r${Math.floor(i / n)}c${i % n}`;
    evidence.push(id);
    els.push(cellText(g, Math.floor(i / n), i % n, String(givens[i]), id, 0.6, INK));
  }
  const given = givens.some((d) => d) ? ' Digits already written are part of the solution.' : '';
  const rules = `Fill every white cell with a digit from 1 to 9 so that each run of white cells (left to right after a clue, or top to bottom below it) adds up to its clue and holds no digit twice. In a clue cell, the number above the diagonal is the sum of the run to its right; the number below the diagonal is the sum of the run beneath it.${given}`;
  const format = `Answer with the whole ${n}×${n} grid (clue row and column included) as ${n} lines of ${n} symbols, top row first: # for a black or clue cell, the digit for a white cell, inside <answer></answer>. For example, for a 3×3 grid: <answer>\n###\n#12\n#31\n</answer>`;
  const runText = runs
    .map((run) => `${run.dir} from the clue at row ${run.row + 1}, column ${run.col + 1}: ${run.length} cells summing to ${run.sum}`)
    .join('\n');
  return {
    question: `The image shows a kakuro puzzle on a ${n}×${n} grid. ${rules} ${format}`,
    textOnly: `A kakuro puzzle on a ${n}×${n} grid ('#' black or clue cell, '.' white cell, a digit is a given white cell; rows and columns are counted from 1 at the top left):\n${charRows(n, n, (r, c) => truth.grid[r * n + c])}\nRuns:\n${runText}\n${rules} ${format}`,
    scene: { kind: 'canvas', width: g.x0 * 2 + n * cell, height: g.y0 * 2 + n * cell, background: '#ffffff', elements: els },
    answer: charRows(n, n, (r, c) => truth.solution[r * n + c]),
    truth,
    evidence: [...evidence, ...Array.from({ length: n * n }, (_, i) => cellId(Math.floor(i / n), i % n)).filter((_, i) => !black[i])],
    features: { size: n - 1, whites: black.reduce((a, b) => a + (b ? 0 : 1), 0), runs: runs.length, ...effort },
    canonical: `kakuro:${n}:${truth.grid}:${runs.map((r) => r.sum).join(',')}`,
  };
}

export const kakuro: TaskDefinition<KakuroParams, KakuroTruth> = {
  name: 'kakuro',
  domain: 'puzzle',
  describe: 'Kakuro (cross sums, no repeated digit in a run) with a certified unique solution',
  params: {
    size: { type: 'int', min: 3, max: 8, default: 6, describe: 'side of the white area (the grid adds a clue row and column); 8 can take seconds per puzzle' },
    black: { type: 'number', min: 0, max: 0.4, default: 0.25, describe: 'share of inner cells that are black' },
    maxGivens: { type: 'int', min: 0, max: 12, default: 3, describe: 'most digits given as hints to make the solution unique (fewer = harder)' },
  },
  levels: {
    1: { size: 3, black: 0, maxGivens: 3 },
    2: { size: 4, black: 0.15, maxGivens: 3 },
    3: { size: 5, black: 0.28, maxGivens: 3 },
    4: { size: 6, black: 0.25, maxGivens: 3 },
    5: { size: 7, black: 0.28, maxGivens: 3 },
  },
  generate,
  verifier: 'kakuro',
};
