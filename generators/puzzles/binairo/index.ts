import type { Rng } from '../../../core/rng.js';
import type { Primitive } from '../../../core/scene.js';
import type { Instance, TaskDefinition } from '../../../core/task.js';
import { type Constraint, effortFeatures, gridLinesOf, single, solve, Table } from '../csp.js';
import { cellRects, cellText, gridGeom, gridLines } from '../grid-scene.js';

export interface BinairoParams {
  size: number;
  /** Target share of cells given; removal stops here or when no more can go without losing uniqueness. */
  givens: number;
}

export interface BinairoTruth {
  size: number;
  /** Row-major, '0'/'1' for a given cell, '.' for an empty one. */
  givens: string;
  solution: string;
}

// Solver values: 1 stands for digit 0, 2 for digit 1.
const ZERO = 1;
const ONE = 2;

/** Every valid line of length n: n/2 ones, no three equal neighbours. Memoised. */
const lineCache = new Map<number, Int8Array>();
export function validLines(n: number): Int8Array {
  let t = lineCache.get(n);
  if (t) return t;
  const out: number[] = [];
  for (let m = 0; m < 1 << n; m++) {
    const line = Array.from({ length: n }, (_, i) => ((m >> (n - 1 - i)) & 1) + 1);
    if (line.filter((v) => v === ONE).length !== n / 2) continue;
    if (line.some((v, i) => i >= 2 && v === line[i - 1] && v === line[i - 2])) continue;
    out.push(...line);
  }
  lineCache.set(n, (t = Int8Array.from(out)));
  return t;
}

/**
 * No two complete lines (rows, or columns) may be equal. Also forces: a line with one open cell
 * that matches a complete line everywhere else must differ from it at that cell.
 */
class DistinctLines implements Constraint {
  readonly cells: readonly number[];
  private readonly known: Int32Array;
  private readonly ones: Int32Array;
  constructor(private readonly lines: number[][]) {
    this.cells = lines.flat();
    this.known = new Int32Array(lines.length);
    this.ones = new Int32Array(lines.length);
  }
  prune(dom: Int32Array): boolean {
    const n = this.lines[0].length;
    const { known, ones } = this;
    const full = (1 << n) - 1;
    for (let l = 0; l < this.lines.length; l++) {
      const line = this.lines[l];
      let k = 0;
      let o = 0;
      for (let p = 0; p < n; p++) {
        const d = dom[line[p]];
        if (single(d)) {
          k |= 1 << p;
          if (d === ONE) o |= 1 << p;
        }
      }
      known[l] = k;
      ones[l] = o;
    }
    for (let a = 0; a < this.lines.length; a++) {
      if (known[a] !== full) continue;
      for (let b = 0; b < this.lines.length; b++) {
        if (b === a) continue;
        const open = full & ~known[b];
        if ((ones[a] & known[b]) !== ones[b]) continue; // already differs on a known cell
        if (open === 0) return false; // two equal complete lines
        if ((open & (open - 1)) === 0) {
          const p = 31 - Math.clz32(open);
          dom[this.lines[b][p]] = ones[a] & open ? ZERO : ONE;
          known[b] = full;
          ones[b] |= ones[a] & open ? 0 : open;
        }
      }
    }
    return true;
  }
}

function model(n: number) {
  const { rowCells, colCells } = gridLinesOf(n, n);
  const table = validLines(n);
  const constraints: Constraint[] = [...rowCells, ...colCells].map((cells) => new Table(cells, table));
  constraints.push(new DistinctLines(rowCells), new DistinctLines(colCells));
  return { cells: n * n, values: 2, constraints };
}

const FULL = ZERO | ONE;

function generate(rng: Rng, p: BinairoParams): Instance<BinairoTruth> {
  const n = p.size;
  const cells = n * n;
  const m = model(n);
  const sol = solve(m, new Int32Array(cells).fill(FULL), 1, rng.fork('fill')).solution!;
  const run = (keep: Uint8Array) => solve(m, Int32Array.from(sol, (v, i) => (keep[i] ? v : FULL)), 2);
  // Start from a random share of givens (25 points above the target), add a given where two
  // solutions differ until unique, then dig. Digging tests are cheap refutations while adding needs
  // a count to two, so starting above the target is faster (measured) than adding up to it.
  const pick = rng.fork('givens');
  const keep = new Uint8Array(cells);
  for (const i of pick.shuffle([...Array(cells).keys()]).slice(0, Math.round(cells * Math.min(1, p.givens + 0.25)))) keep[i] = 1;
  for (let r = run(keep); r.solutions > 1; r = run(keep)) {
    keep[pick.pick([...Array(cells).keys()].filter((i) => r.solution![i] !== r.other![i]))] = 1;
  }
  let count = keep.reduce((a, b) => a + b, 0);
  const floor = Math.round(cells * p.givens);
  for (const i of rng.fork('dig').shuffle([...Array(cells).keys()])) {
    if (count <= floor) break;
    if (!keep[i]) continue;
    // The puzzle has one solution; without given i it stays unique exactly when no solution has
    // the other digit at i: a one-solution search with that digit forced, usually refuted at once.
    keep[i] = 0;
    const flipped = Int32Array.from(sol, (v, j) => (j === i ? FULL & ~v : keep[j] ? v : FULL));
    if (solve(m, flipped, 1).solutions === 0) count--;
    else keep[i] = 1;
  }
  const effort = run(keep);

  const digit = (v: number) => String(v - 1);
  const givens = Array.from(sol, (v, i) => (keep[i] ? digit(v) : '.')).join('');
  const solution = Array.from(sol, digit).join('');
  const truth: BinairoTruth = { size: n, givens, solution };
  const g = gridGeom(n, n, Math.round(480 / n), 20);
  const evidence: string[] = [];
  const texts: Primitive[] = [];
  [...givens].forEach((d, i) => {
    if (d === '.') return;
    const id = `given-r${Math.floor(i / n)}c${i % n}`;
    evidence.push(id);
    texts.push(cellText(g, Math.floor(i / n), i % n, d, id, 0.6));
  });
  const rows = (s: string, sep = '') => Array.from({ length: n }, (_, r) => [...s.slice(r * n, (r + 1) * n)].join(sep)).join('\n');
  const rules = `Fill every empty cell with 0 or 1 so that each row and each column has exactly ${n / 2} zeros and ${n / 2} ones, no row or column has three equal digits next to each other, and no two rows and no two columns are identical.`;
  const format = `Give the full grid as ${n} lines of ${n} digits (0 or 1), top row first, inside <answer></answer>, for example <answer>\n${exampleGrid(n, solution)}\n</answer>`;
  return {
    question: `This ${n}×${n} binairo (takuzu) puzzle has ${count} given digits. ${rules} ${format}`,
    textOnly: `Solve this ${n}×${n} binairo (takuzu) puzzle ('.' marks an empty cell):\n${rows(givens, ' ')}\n${rules} ${format}`,
    scene: { kind: 'canvas', width: g.width, height: g.height, background: '#ffffff', elements: [...cellRects(g), ...gridLines(g, n, n, 1.5, 3), ...texts] },
    answer: rows(solution),
    truth,
    evidence,
    features: { size: n, givens: count, blanks: cells - count, ...effortFeatures(effort, cells) },
    canonical: `binairo:${n}:${givens}`,
  };
}

/** Alternating "0011" rows shifted by one per row: the right shape, never the answer (rows repeat). */
function exampleGrid(n: number, avoid: string): string {
  const row = (r: number) => Array.from({ length: n }, (_, c) => String(Math.floor((c + r) / 2) % 2)).join('');
  const grid = Array.from({ length: n }, (_, r) => row(r)).join('\n');
  return grid.replace(/\n/g, '') === avoid ? grid.split('\n').reverse().join('\n') : grid;
}

export const binairo: TaskDefinition<BinairoParams, BinairoTruth> = {
  name: 'binairo',
  domain: 'puzzle',
  describe: 'Binairo / takuzu (0/1 grid, 6×6 to 12×12) with a certified unique solution; answer the full grid',
  params: {
    size: { type: 'enum', values: [4, 6, 8, 10, 12], default: 8, describe: 'grid side (even)' },
    givens: { type: 'number', min: 0, max: 0.9, default: 0.3, describe: 'target share of cells given (more = easier)' },
  },
  levels: {
    1: { size: 6, givens: 0.4 },
    2: { size: 6, givens: 0.25 },
    3: { size: 8, givens: 0.25 },
    4: { size: 10, givens: 0.2 },
    5: { size: 12, givens: 0.15 },
  },
  generate,
  verifier: 'binairo',
};
