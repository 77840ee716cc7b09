import type { Rng } from '../../../core/rng.js';
import type { Primitive } from '../../../core/scene.js';
import type { Instance, TaskDefinition } from '../../../core/task.js';
import { effortFeatures, gridLinesOf, solve, Table } from '../csp.js';
import { cellRects, gridLines, INK, type GridGeom } from '../grid-scene.js';

export interface NonogramParams {
  size: number;
  /** Share of filled cells in the random picture. */
  density: number;
}

export interface NonogramTruth {
  rows: number;
  cols: number;
  /** Block lengths per row (left to right) and per column (top to bottom); [] for an empty line. */
  rowClues: number[][];
  colClues: number[][];
  /** Row-major, '1' filled, '0' empty. */
  solution: string;
}

// Solver values: 1 = empty, 2 = filled.
const EMPTY = 1;
const FILLED = 2;

/** Block lengths of a line of 0/1 (or EMPTY/FILLED) values. */
export function blocks(line: ArrayLike<number>, filled = 1): number[] {
  const out: number[] = [];
  let run = 0;
  for (let i = 0; i <= line.length; i++) {
    if (i < line.length && line[i] === filled) run++;
    else if (run) {
      out.push(run);
      run = 0;
    }
  }
  return out;
}

/** Every placement of the clue's blocks in a line of length n, as flat EMPTY/FILLED tuples; memoised. */
const tableCache = new Map<string, Int8Array>();
function lineTable(n: number, clue: number[]): Int8Array {
  const key = `${n}:${clue.join(',')}`;
  let t = tableCache.get(key);
  if (t) return t;
  const out: number[] = [];
  const line = new Array<number>(n).fill(EMPTY);
  const place = (b: number, from: number) => {
    if (b === clue.length) return void out.push(...line);
    const rest = clue.slice(b + 1).reduce((a, x) => a + x + 1, 0);
    for (let s = from; s + clue[b] + rest <= n; s++) {
      line.fill(FILLED, s, s + clue[b]);
      place(b + 1, s + clue[b] + 1);
      line.fill(EMPTY, s, s + clue[b]);
    }
  };
  place(0, 0);
  tableCache.set(key, (t = Int8Array.from(out)));
  return t;
}

/** Pictures tried before giving up; each gets a few single-cell flips toward uniqueness. */
const MAX_PICTURES = 60;
const FLIPS_PER_PICTURE = 12;

function generate(rng: Rng, p: NonogramParams): Instance<NonogramTruth> {
  const n = p.size;
  const cells = n * n;
  const { rowCells, colCells } = gridLinesOf(n, n);
  const cluesOf = (img: Uint8Array) => ({ rows: rowCells.map((c) => blocks(c.map((i) => img[i]))), cols: colCells.map((c) => blocks(c.map((i) => img[i]))) });
  const run = (img: Uint8Array) => {
    const { rows, cols } = cluesOf(img);
    const constraints = [...rowCells.map((c, r) => new Table(c, lineTable(n, rows[r]))), ...colCells.map((c, k) => new Table(c, lineTable(n, cols[k])))];
    return solve({ cells, values: 2, constraints }, new Int32Array(cells).fill(EMPTY | FILLED), 2);
  };
  let img = new Uint8Array(cells);
  let r = run(img);
  let pictures = 0;
  let flips = 0;
  search: for (; pictures < MAX_PICTURES; pictures++) {
    const draw = rng.fork(`picture${pictures}`);
    img = Uint8Array.from({ length: cells }, () => (draw.chance(p.density) ? 1 : 0));
    r = run(img);
    // A non-unique picture is nudged: flip a cell where two solutions disagree, which changes
    // the clues of its row and column; most pictures become unique within a few flips.
    for (let f = 0; f < FLIPS_PER_PICTURE; f++) {
      if (r.solutions === 1) break search;
      const differ = [...Array(cells).keys()].filter((i) => r.solution![i] !== r.other![i]);
      const i = draw.pick(differ);
      img[i] ^= 1;
      flips++;
      r = run(img);
    }
    if (r.solutions === 1) break;
  }
  if (r.solutions !== 1) throw new Error(`nonogram: no unique ${n}×${n} picture in ${MAX_PICTURES} tries`);

  const { rows, cols } = cluesOf(img);
  const solution = Array.from(img).join('');
  const truth: NonogramTruth = { rows: n, cols: n, rowClues: rows, colClues: cols, solution };
  const { elements, evidence, width, height } = drawNonogram(n, rows, cols);
  const clueLine = (c: number[]) => (c.length ? c.join(' ') : '0');
  const rules = `Shade cells so that each row and each column shows exactly its clue: the lengths of its runs of consecutive shaded cells, in order (left to right for rows, top to bottom for columns), with at least one empty cell between runs; 0 means the line is empty.`;
  // A diagonal stripe pattern for the format example; a different period if it happened to be the answer.
  const stripes = (period: number) => Array.from({ length: n }, (_, k) => Array.from({ length: n }, (_, c) => ((k + c) % period === 0 ? '#' : '.')).join('')).join('\n');
  const answer = Array.from({ length: n }, (_, k) => solution.slice(k * n, (k + 1) * n).replace(/1/g, '#').replace(/0/g, '.')).join('\n');
  const example = stripes(3) === answer ? stripes(4) : stripes(3);
  const format = `Give the solved grid as ${n} lines of ${n} characters, top row first, # for a shaded cell and . for an empty one, inside <answer></answer>, for example <answer>\n${example}\n</answer>`;
  const filled = img.reduce((a, b) => a + b, 0);
  return {
    question: `Solve this ${n}×${n} nonogram. Row clues are on the left, column clues on top. ${rules} ${format}`,
    textOnly: `Solve this ${n}×${n} nonogram.\nRow clues (top to bottom):\n${rows.map((c, k) => `row ${k + 1}: ${clueLine(c)}`).join('\n')}\nColumn clues (left to right):\n${cols.map((c, k) => `column ${k + 1}: ${clueLine(c)}`).join('\n')}\n${rules} ${format}`,
    scene: { kind: 'canvas', width, height, background: '#ffffff', elements },
    answer,
    truth,
    evidence,
    features: {
      size: n,
      filled,
      clueNumbers: [...rows, ...cols].reduce((a, c) => a + c.length, 0),
      pictures: pictures + 1,
      flips,
      ...effortFeatures(r, cells),
    },
    canonical: `nonogram:${n}:${rows.map((c) => c.join('.')).join('/')}|${cols.map((c) => c.join('.')).join('/')}`,
  };
}

/** Row clues right-aligned left of the grid, column clues stacked above it; thick lines every 5 cells. */
function drawNonogram(n: number, rows: number[][], cols: number[][]) {
  const longestRow = Math.max(1, ...rows.map((c) => c.join(' ').length));
  const tallestCol = Math.max(1, ...cols.map((c) => c.length));
  // Cell size so that grid plus clue margins stay near 600 px.
  const cell = Math.min(56, Math.floor(600 / (n + longestRow * 0.36 + tallestCol * 0.6)));
  const font = Math.max(11, Math.round(cell * 0.55));
  const left = Math.ceil(longestRow * font * 0.64) + 14;
  const top = Math.ceil(tallestCol * font * 1.1) + 10;
  const g: GridGeom = { rows: n, cols: n, cell, x0: left, y0: top };
  const elements: Primitive[] = [...cellRects(g), ...gridLines(g, 5, 5, 1, 2.5)];
  const evidence: string[] = [];
  rows.forEach((c, k) => {
    const id = `rowclue-r${k}`;
    evidence.push(id);
    elements.push({ type: 'text', id, x: left - 8, y: top + (k + 0.5) * cell, text: c.length ? c.join(' ') : '0', size: font, align: 'right', baseline: 'middle', fill: INK });
  });
  cols.forEach((c, k) => {
    const id = `colclue-c${k}`;
    evidence.push(id);
    const nums = c.length ? c : [0];
    const children: Primitive[] = nums.map((v, j) => ({
      type: 'text',
      x: left + (k + 0.5) * cell,
      y: top - 6 - (nums.length - 1 - j) * font * 1.1,
      text: String(v),
      size: font,
      align: 'center',
      baseline: 'bottom',
      fill: INK,
    }));
    elements.push({ type: 'group', id, children });
  });
  return { elements, evidence, width: left + n * cell + 20, height: top + n * cell + 20 };
}

export const nonogram: TaskDefinition<NonogramParams, NonogramTruth> = {
  name: 'nonogram',
  domain: 'puzzle',
  describe: 'Nonogram (paint by numbers, 5×5 to 15×15) with a certified unique solution; answer the grid as #/. rows',
  params: {
    size: { type: 'int', min: 3, max: 15, default: 10, describe: 'grid side' },
    density: { type: 'number', min: 0.3, max: 0.8, default: 0.55, describe: 'share of shaded cells in the random picture (lower = more, shorter runs = harder)' },
  },
  levels: {
    1: { size: 5, density: 0.6 },
    2: { size: 7, density: 0.58 },
    3: { size: 10, density: 0.56 },
    4: { size: 12, density: 0.54 },
    5: { size: 15, density: 0.52 },
  },
  generate,
  verifier: 'nonogram',
};
