import type { Rng } from '../../core/rng.js';
import type { Instance, TaskDefinition } from '../../core/task.js';

/**
 * Perception questions for grid puzzles (`--param mode=perceive`): the same image, but the model is
 * asked to transcribe what the puzzle gives (numbers, walls, trees, clues) as a grid of tokens,
 * scored cell by cell. Users separate reading errors from reasoning errors and can stage training
 * from perception to reasoning (as VGRP-Bench and ReasonMap-Plus do). One wrapper serves every grid
 * puzzle; each task only says how its truth reads as tokens (GIVENS below).
 */
export interface Givens {
  /** Tokens, row-major; '.' for an empty cell. */
  cells: string[];
  rows: number;
  cols: number;
  /** What each token means, for the question. */
  legend: string;
}

/** The truth of a perception item: the verifier of the task recognises it by the `perceive` key. */
export interface PerceiveTruth {
  perceive: { task: string; rows: number; cols: number; cells: string[] };
}

type Reader = (t: any) => Givens;

const chars = (s: string, rows: number, cols: number, legend: string, blank = '.'): Givens => ({ cells: [...s].map((c) => (c === blank ? '.' : c)), rows, cols, legend });

/** A grid framed by clue lines: `top`/`left` (and optionally `bottom`/`right`) around the cells, corners '.'. */
function framed(inner: string[], n: number, top: string[], left: string[], bottom?: string[], right?: string[]): string[] {
  const out: string[] = ['.', ...top, ...(right ? ['.'] : [])];
  for (let r = 0; r < n; r++) out.push(left[r], ...inner.slice(r * n, (r + 1) * n), ...(right ? [right[r]] : []));
  if (bottom) out.push('.', ...bottom, ...(right ? ['.'] : []));
  return out;
}

/** How each grid puzzle's truth reads as tokens. Tasks missing here have no perceive mode. */
export const GIVENS: Record<string, Reader> = {
  sudoku: (t) => chars(t.givens, t.size, t.size, 'a digit for a given number, . for an empty cell', '0'),
  binairo: (t) => chars(t.givens, t.size, t.size, '0 or 1 for a given digit, . for an empty cell'),
  hitori: (t) => chars(t.numbers, t.size, t.size, 'the number in each cell'),
  'lights-out': (t) => chars(t.lights, t.size, t.size, '1 for a light that is on, 0 for one that is off'),
  'light-up': (t) => chars(t.grid, t.rows, t.cols, 'a digit for a black cell with that number, # for a black cell without a number, . for a white cell'),
  minesweeper: (t) => chars(t.board, t.height, t.width, 'the number shown in each opened cell, # for an unopened cell'),
  'star-battle': (t) => ({
    ...chars(t.regions, t.size, t.size, 'the region of each cell as a letter: A for the region of the top-left cell, then B, C, ... for each new region met in reading order'),
    cells: regionLetters(t.regions),
  }),
  'n-queens': (t) => ({ cells: Array.from({ length: t.size * t.size }, (_, i) => (t.given.some(([r, c]: number[]) => r * t.size + c === i) ? 'Q' : '.')), rows: t.size, cols: t.size, legend: 'Q for a queen already placed, . for an empty square' }),
  tents: (t) => ({
    cells: framed([...t.solution].map((c: string) => (c === 'T' ? 'T' : '.')), t.cols, t.colCounts.map(count), t.rowCounts.map(count)),
    rows: t.rows + 1,
    cols: t.cols + 1,
    legend: 'first line: . then the tent count above each column; each further line: the count left of the row, then T for a tree or . for an empty cell; ? for a count that is not shown',
  }),
  skyscrapers: (t) => ({
    cells: framed([...t.givens].map((c: string) => (c === '0' ? '.' : c)), t.size, t.top.map(count0), t.left.map(count0), t.bottom.map(count0), t.right.map(count0)),
    rows: t.size + 2,
    cols: t.size + 2,
    legend: 'the grid with its ring of clues: first and last lines are the clues above and below the columns, the first and last token of the other lines the clues left and right of the rows (corners and missing clues .); inside, a given height or .',
  }),
  sokoban: (t) => ({ cells: t.map.join('').split(''), rows: t.map.length, cols: t.map[0].length, legend: '# wall, - floor, @ player, $ box, . goal, * box on a goal, + player on a goal' }),
  'sliding-puzzle': (t) => ({ cells: t.board.map((v: number) => (v === 0 ? '.' : String(v))), rows: t.size, cols: t.size, legend: 'the number of each tile, . for the empty space' }),
  snake: (t) => ({
    cells: framed(Array.from({ length: t.rows * t.cols }, (_, i) => (i === t.start ? 'S' : i === t.end ? 'E' : t.hints.includes(i) ? '+' : '.')), t.cols, t.colCounts.map(count), t.rowCounts.map(count)),
    rows: t.rows + 1,
    cols: t.cols + 1,
    legend: 'first line: . then the count above each column; each further line: the count left of the row, then S, E, + for a grey marked cell, or . for an empty cell',
  }),
  eulero: (t) => ({
    cells: Array.from({ length: t.size * t.size }, (_, i) => t.letters[i] + t.numbers[i]),
    rows: t.size,
    cols: t.size,
    legend: 'each cell as two characters, its given letter then its given number, with . for a part not given (B3, B., .3 or ..)',
  }),
  bridges: (t) => ({
    cells: Array.from({ length: t.rows * t.cols }, (_, i) => String(t.islands.find(([r, c]: number[]) => r * t.cols + c === i)?.[2] ?? '.')),
    rows: t.rows,
    cols: t.cols,
    legend: 'the number of each island, . for open water',
  }),
  futoshiki: (t) => ({
    cells: futoshikiCells(t.size, t.givens, t.less),
    rows: 2 * t.size - 1,
    cols: 2 * t.size - 1,
    legend: 'cells and the gaps between them: on the odd lines (1st, 3rd, ...) a given digit or . at each odd position, and between two cells < or > (the sign as drawn) or . for no sign; on the even lines ^ under a cell when the sign between it and the cell below is ∧, v when it is ∨, and . elsewhere',
  }),
  kenken: (t) => cageBlocks(t.size, t.cages, (c: { cells: number[]; op: string; target: number }) => `${c.target}${({ '+': '+', '-': '-', '*': 'x', '/': '/', '=': '' } as Record<string, string>)[c.op]}`, 'the clue written in it: the target then its operation sign (+, -, x, /; no sign for a one-cell cage)'),
  'killer-sudoku': (t) => cageBlocks(t.size, t.cages, (c: { cells: number[]; sum: number }) => String(c.sum), 'the sum written in it'),
  kakuro: (t) => ({
    cells: [...t.grid].map((ch: string, i: number) => {
      if (ch !== '#') return ch;
      const sum = (dir: string) => t.runs.find((r: { dir: string; row: number; col: number }) => r.dir === dir && r.row * t.cols + r.col === i)?.sum ?? '';
      const [down, across] = [sum('down'), sum('across')];
      return down === '' && across === '' ? '#' : `${down}\\${across}`;
    }),
    rows: t.rows,
    cols: t.cols,
    legend: 'a white cell as . (or its given digit), a black cell without clues as #, a clue cell as down-sum\\across-sum with a side left empty when it has no clue (16\\7, 16\\, \\7)',
  }),
  nonogram: (t) => {
    const lines = [...t.rowClues, ...t.colClues].map((c: number[]) => (c.length ? c.map(String) : ['0']));
    const width = Math.max(...lines.map((l: string[]) => l.length));
    return {
      cells: lines.flatMap((l: string[]) => [...l, ...Array(width - l.length).fill('.')]),
      rows: lines.length,
      cols: width,
      legend: `one line per clue, its numbers from the left, filled up with . to ${width} tokens: first the ${t.rows} row clues top to bottom, then the ${t.cols} column clues left to right (0 for a line with no filled cell)`,
    };
  },
  maze: (t) => ({
    cells: mazeCells(t.width, t.height, t.open, t.start, t.goal),
    rows: 2 * t.height + 1,
    cols: 2 * t.width + 1,
    legend: 'the maze as a map of walls: # for a wall or a corner post, . for an open cell or an open gap between two cells, S and G on the start and goal cells (cells sit at odd lines and odd positions)',
  }),
  kukurasu: (t) => ({
    cells: [...t.rowClues, ...t.colClues].map(String),
    rows: 2,
    cols: t.rows,
    legend: 'first line: the total right of each row, top to bottom; second line: the total below each column, left to right',
  }),
  aquarium: (t) => ({
    cells: [...t.colCounts.map(String), '.', ...t.regions.flatMap((k: number, i: number) => [regionName(k), ...(i % t.cols === t.cols - 1 ? [String(t.rowCounts[(i + 1) / t.cols - 1])] : [])])],
    rows: t.rows + 1,
    cols: t.cols + 1,
    legend: 'first line: the water count above each column, then .; each further line: the tank of each cell as a letter (A for the tank of the top-left cell, then B, C, ... for each new tank met in reading order), then the count right of the row',
  }),
  numbrix: (t) => ({ cells: t.givens.map((v: number) => (v ? String(v) : '.')), rows: t.size, cols: t.size, legend: 'the given number of each cell, . for an empty cell' }),
  tapa: (t) => ({
    cells: t.clues.map((c: number[] | null) => (c ? c.join('') : '.')),
    rows: t.rows,
    cols: t.cols,
    legend: 'the numbers of each clue cell written together, smallest first (1, 1 and 3 → 113), . for a cell without numbers',
  }),
  wordsearch: (t) => chars(t.grid, t.size, t.size, 'the letter in each cell (the word list below the grid is not part of the transcription)'),
  // Body segments are numbered from the head: a coiled snake's order decides which moves are safe.
  nibbles: (t) => ({
    cells: Array.from({ length: t.rows * t.cols }, (_, i) => {
      const k = t.snake.indexOf(i);
      return k === 0 ? 'H' : k > 0 ? String(k + 1) : t.walls.includes(i) ? '#' : t.food.includes(i) ? 'F' : '.';
    }),
    rows: t.rows,
    cols: t.cols,
    legend: 'H for the head, 2, 3, ... for each body segment counted from the head along the body, # for a wall, F for food, . for an empty cell',
  }),
  shingoki: (t) => ({
    cells: Array.from({ length: t.rows * t.cols }, (_, i) => {
      const c = t.circles.find((x: { at: number }) => x.at === i);
      return c ? `${c.black ? 'B' : 'W'}${c.value}` : '.';
    }),
    rows: t.rows,
    cols: t.cols,
    legend: 'one token per lattice point: W and the number for a white circle, B and the number for a black circle (W3, B12), . for a point without a circle',
  }),
};

const count = (v: number) => (v < 0 ? '?' : String(v));
const count0 = (v: number) => (v <= 0 ? '.' : String(v));

/** Region or cage names in order of first appearance: A to Z, then A1 to Z1, A2, ... (never two letters in a row, which would read as prose). */
const regionName = (k: number) => String.fromCharCode(65 + (k % 26)) + (k < 26 ? '' : String(Math.floor(k / 26)));

/** Two blocks of n lines: each cell's cage name (named in reading order), then each cage's clue on its first cell. */
function cageBlocks<C extends { cells: number[] }>(n: number, cages: C[], clue: (c: C) => string, clueMeaning: string): Givens {
  const cageOf = new Array<number>(n * n);
  cages.forEach((c, k) => c.cells.forEach((i) => (cageOf[i] = k)));
  const names = regionLetters(cageOf.map(String));
  const clues = new Array<string>(n * n).fill('.');
  for (const c of cages) clues[Math.min(...c.cells)] = clue(c);
  return {
    cells: [...names, ...clues],
    rows: 2 * n,
    cols: n,
    legend: `first ${n} lines: the cage of each cell, named A for the cage of the top-left cell, then B, C, ... (after Z: A1, B1, ...) for each new cage met in reading order; next ${n} lines: on the first cell of each cage in reading order, ${clueMeaning}, and . on every other cell`,
  };
}

/** Digits and inequality signs of a futoshiki on a (2n-1)-square token grid. */
function futoshikiCells(n: number, givens: string, less: [number, number][]): string[] {
  const side = 2 * n - 1;
  const out = new Array<string>(side * side).fill('.');
  for (let i = 0; i < n * n; i++) if (givens[i] !== '0' && givens[i] !== '.') out[2 * Math.floor(i / n) * side + 2 * (i % n)] = givens[i];
  for (const [a, b] of less) {
    const [ra, ca, rb, cb] = [Math.floor(a / n), a % n, Math.floor(b / n), b % n];
    const at = (ra + rb) * side + ca + cb;
    out[at] = ra === rb ? (ca < cb ? '<' : '>') : ra < rb ? '^' : 'v';
  }
  return out;
}

/** A maze's walls as a (2h+1)×(2w+1) map; `open` holds one hex digit per cell (1 up, 2 right, 4 down, 8 left). */
function mazeCells(w: number, h: number, open: string, start: [number, number], goal: [number, number]): string[] {
  const cols = 2 * w + 1;
  const out = new Array<string>((2 * h + 1) * cols).fill('#');
  for (let r = 0; r < h; r++) {
    for (let c = 0; c < w; c++) {
      const o = parseInt(open[r * w + c], 16);
      const at = (2 * r + 1) * cols + 2 * c + 1;
      out[at] = r === start[0] && c === start[1] ? 'S' : r === goal[0] && c === goal[1] ? 'G' : '.';
      if (o & 2) out[at + 1] = '.';
      if (o & 4) out[at + cols] = '.';
    }
  }
  return out;
}

/** Region ids renamed A, B, C... in order of first appearance, so the transcription is well defined. */
function regionLetters(regions: string | string[]): string[] {
  const names = new Map<string, string>();
  return [...regions].map((c) => {
    if (!names.has(c)) names.set(c, regionName(names.size));
    return names.get(c)!;
  });
}

/** Tokens as answer text: one line per row, tokens joined by spaces when any is longer than one character. */
export function givensText(g: Givens): string {
  const sep = g.cells.some((c) => c.length > 1) ? ' ' : '';
  return Array.from({ length: g.rows }, (_, r) => g.cells.slice(r * g.cols, (r + 1) * g.cols).join(sep)).join('\n');
}

/** `def` with a `mode` parameter: 'solve' (the task as it was) or 'perceive' (transcribe the givens). */
export function withPerception<P, T>(def: TaskDefinition<P, T>): TaskDefinition<P & { mode: string }, T | PerceiveTruth> {
  const read = GIVENS[def.name];
  if (!read) return def as TaskDefinition<P & { mode: string }, T | PerceiveTruth>;
  const generate = (rng: Rng, p: P & { mode: string }): Instance<T | PerceiveTruth> => {
    const inst = def.generate(rng, p);
    if (p.mode !== 'perceive') return inst;
    const g = read(inst.truth);
    const text = givensText(g);
    const sep = g.cells.some((c) => c.length > 1) ? ', tokens separated by spaces' : '';
    // A text form would contain the answer itself: perception items have none.
    const { textOnly: _text, ...rest } = inst;
    return {
      ...rest,
      question: `The image shows a ${def.name} puzzle. Do not solve it: transcribe what it gives, as ${g.rows} lines of ${g.cols} tokens${sep}, top line first. Tokens: ${g.legend}. Put the transcription inside <answer></answer>.`,
      answer: text,
      truth: { perceive: { task: def.name, rows: g.rows, cols: g.cols, cells: g.cells } },
      features: { ...inst.features, perceive: 1, tokens: g.cells.length, givenTokens: g.cells.filter((c) => c !== '.').length },
      canonical: `perceive:${inst.canonical}`,
    };
  };
  return {
    ...def,
    describe: `${def.describe} (--param mode=perceive: transcribe the givens, scored cell by cell)`,
    params: { ...def.params, mode: { type: 'enum', values: ['solve', 'perceive'], default: 'solve', describe: "'perceive' asks for a transcription of the givens instead of a solution" } } as TaskDefinition<P & { mode: string }>['params'],
    levels: def.levels as TaskDefinition<P & { mode: string }>['levels'],
    check: def.check as TaskDefinition<P & { mode: string }>['check'],
    generate,
  };
}
