import type { Rng } from '../../../core/rng.js';
import type { Primitive } from '../../../core/scene.js';
import type { Instance, TaskDefinition } from '../../../core/task.js';
import { cellId, cellRects, gridGeom, gridLines } from '../grid-scene.js';
import { cellPx, checkAttempts } from '../logic-grid.js';
import { solveEulero, type EuleroProblem } from './solver.js';

export interface EuleroParams {
  size: number;
  /** Largest share of the 2·size² letters and numbers hidden (fewer when uniqueness needs them). */
  hide: number;
}

export interface EuleroTruth {
  size: number;
  /** Given letters and numbers per cell ('.' where hidden), row-major. */
  letters: string;
  numbers: string;
  /** The unique completion: letters and digits per cell. */
  solutionLetters: string;
  solutionNumbers: string;
}

/** Multiplication by 2 in GF(4) (elements 0..3, addition is XOR): makes the two 4×4 squares orthogonal. */
const GF4_TIMES2 = [0, 2, 3, 1];

/** Two orthogonal Latin squares of side n (3, 4, 5 or 7): i+j and 2i+j over Z_n, or over GF(4). */
function orthogonalPair(n: number): { a: number[]; b: number[] } {
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      a.push(n === 4 ? i ^ j : (i + j) % n);
      b.push(n === 4 ? GF4_TIMES2[i] ^ j : (2 * i + j) % n);
    }
  }
  return { a, b };
}

/** A random Graeco-Latin square (rows, columns and both symbol sets shuffled), then givens hidden while the completion stays unique. */
function generate(rng: Rng, p: EuleroParams): Instance<EuleroTruth> {
  const n = p.size;
  for (let attempt = 1; ; attempt++) {
    checkAttempts('eulero', attempt, 50, p);
    const r = rng.fork(`attempt-${attempt}`);
    const { a, b } = orthogonalPair(n);
    const [rows, cols, ls, vs] = [0, 1, 2, 3].map(() => r.shuffle([...Array(n).keys()]));
    const at = (i: number) => rows[Math.floor(i / n)] * n + cols[i % n];
    const sol = { letters: Array.from({ length: n * n }, (_, i) => ls[a[at(i)]]), numbers: Array.from({ length: n * n }, (_, i) => vs[b[at(i)]]) };
    const prob: EuleroProblem = { size: n, letters: sol.letters.slice(), numbers: sol.numbers.slice() };
    const budget = Math.floor(p.hide * 2 * n * n);
    let hidden = 0;
    for (const k of r.shuffle([...Array(2 * n * n).keys()])) {
      if (hidden >= budget) break;
      const grid = k < n * n ? prob.letters : prob.numbers;
      const keep = grid[k % (n * n)];
      grid[k % (n * n)] = -1;
      if (solveEulero(prob, 2).solutions === 1) hidden++;
      else grid[k % (n * n)] = keep;
    }
    const check = solveEulero(prob, 2);
    if (check.solutions !== 1) continue;
    return build(prob, sol, { attempts: attempt, hidden, searchNodes: check.nodes });
  }
}

const letter = (k: number) => String.fromCharCode(65 + k);

function build(p: EuleroProblem, sol: { letters: number[]; numbers: number[] }, effort: Record<string, number>): Instance<EuleroTruth> {
  const n = p.size;
  const truth: EuleroTruth = {
    size: n,
    letters: p.letters.map((l) => (l < 0 ? '.' : letter(l))).join(''),
    numbers: p.numbers.map((v) => (v < 0 ? '.' : String(v + 1))).join(''),
    solutionLetters: sol.letters.map(letter).join(''),
    solutionNumbers: sol.numbers.map((v) => String(v + 1)).join(''),
  };
  const g = gridGeom(n, n, cellPx(n, n, 460, 56, 110), 24);
  const els: Primitive[] = [...cellRects(g), ...gridLines(g, n, n, 1.5, 3)];
  const givenIds: string[] = [];
  for (let i = 0; i < n * n; i++) {
    const cx = g.x0 + ((i % n) + 0.5) * g.cell;
    const cy = g.y0 + (Math.floor(i / n) + 0.5) * g.cell;
    const size = Math.round(g.cell * 0.36);
    for (const [text, dx, fill, kind] of [
      [truth.letters[i], -0.2, '#1d4ed8', 'letter'],
      [truth.numbers[i], 0.2, '#b91c1c', 'number'],
    ] as const) {
      if (text === '.') continue;
      const id = `${kind}-r${Math.floor(i / n)}c${i % n}`;
      givenIds.push(id);
      els.push({ type: 'text', id, x: cx + dx * g.cell, y: cy, text, size, weight: 'bold', align: 'center', baseline: 'middle', fill });
    }
  }
  const L = [...Array(n).keys()].map(letter).join(', ');
  const rules = `Fill every cell with one letter from ${L} and one number from 1 to ${n}. Each row and each column must contain every letter once and every number once, and each letter–number pair may appear in only one cell of the grid. Some letters and numbers are given.`;
  const format = `Answer with ${n} lines of ${n} cells, top row first, each cell written as its letter then its number, cells separated by spaces, inside <answer></answer>. For example, for a 3×3 grid: <answer>\nA1 B2 C3\nB3 C1 A2\nC2 A3 B1\n</answer>`;
  const rowsText = (f: (i: number) => string) => Array.from({ length: n }, (_, r) => Array.from({ length: n }, (_, c) => f(r * n + c)).join(' ')).join('\n');
  return {
    question: `The image shows a ${n}×${n} eulero (Graeco-Latin square) puzzle: given letters in blue, given numbers in red. ${rules} ${format}`,
    textOnly: `A ${n}×${n} eulero (Graeco-Latin square) puzzle; each cell shows its given letter and number, '.' where not given:\n${rowsText((i) => truth.letters[i] + truth.numbers[i])}\n${rules} ${format}`,
    scene: { kind: 'canvas', width: g.width, height: g.height, background: '#ffffff', elements: els },
    answer: rowsText((i) => truth.solutionLetters[i] + truth.solutionNumbers[i]),
    truth,
    evidence: [...givenIds, ...Array.from({ length: n * n }, (_, i) => cellId(Math.floor(i / n), i % n))],
    features: { size: n, givens: givenIds.length, ...effort },
    canonical: `eulero:${n}:${truth.letters}:${truth.numbers}`,
  };
}

export const eulero: TaskDefinition<EuleroParams, EuleroTruth> = {
  name: 'eulero',
  domain: 'puzzle',
  describe: 'Eulero (Graeco-Latin square: letters and numbers each a Latin square, every pair once) with a certified unique completion',
  params: {
    size: { type: 'enum', values: [3, 4, 5, 7], default: 4, describe: 'grid side (Graeco-Latin squares of side 2 and 6 do not exist)' },
    hide: { type: 'number', min: 0.1, max: 1, default: 0.7, describe: 'largest share of letters and numbers hidden while the completion stays unique' },
  },
  levels: {
    1: { size: 3, hide: 0.6 },
    2: { size: 4, hide: 0.6 },
    3: { size: 4, hide: 0.8 },
    4: { size: 5, hide: 0.7 },
    5: { size: 5, hide: 0.85 },
  },
  generate,
  verifier: 'eulero',
};
