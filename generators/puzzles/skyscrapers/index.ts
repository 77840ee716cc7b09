import type { Rng } from '../../../core/rng.js';
import type { Primitive } from '../../../core/scene.js';
import type { Instance, TaskDefinition } from '../../../core/task.js';
import { bit, type Constraint, digClues, domainsFrom, effortFeatures, gridLinesOf, latinConstraints, randomLatin, solve, Table } from '../csp.js';
import { cellRects, cellText, gridLines, INK, type GridGeom } from '../grid-scene.js';
import { digitGridText, exampleLatin, solutionRows } from '../latin-text.js';

export interface SkyscrapersParams {
  size: number;
  /** Target share of the 4n border clues kept. */
  clues: number;
  /** Whether given digits may be added when border clues alone leave several solutions. */
  allowGivens: boolean;
}

export interface SkyscrapersTruth {
  size: number;
  /** Visible counts seen from each side; 0 = no clue. top/bottom per column, left/right per row. */
  top: number[];
  bottom: number[];
  left: number[];
  right: number[];
  givens: string;
  solution: string;
}

/** How many towers are visible looking along `line` from its start (taller ones hide shorter). */
export function visible(line: ArrayLike<number>): number {
  let seen = 0;
  let tallest = 0;
  for (let i = 0; i < line.length; i++) {
    if (line[i] > tallest) {
      tallest = line[i];
      seen++;
    }
  }
  return seen;
}

const permCache = new Map<number, Int8Array[]>();
function permutations(n: number): Int8Array[] {
  let out = permCache.get(n);
  if (out) return out;
  out = [];
  const rec = (prefix: number[], left: number[]) => {
    if (!left.length) return void out!.push(Int8Array.from(prefix));
    for (const v of left) rec([...prefix, v], left.filter((x) => x !== v));
  };
  rec([], Array.from({ length: n }, (_, i) => i + 1));
  permCache.set(n, out);
  return out;
}

/**
 * Flat tuples of every line permutation matching the clue from each end; memoised. A clue of 0 is
 * no clue; a negative clue -v means "not v visible" (used to refute a dropped clue while digging).
 */
const tableCache = new Map<string, Int8Array>();
const seenOk = (clue: number, seen: number) => !clue || (clue > 0 ? seen === clue : seen !== -clue);
function lineTable(n: number, from: number, to: number): Int8Array {
  const key = `${n}:${from}:${to}`;
  let t = tableCache.get(key);
  if (!t) {
    const fits = permutations(n).filter((p) => seenOk(from, visible(p)) && seenOk(to, visible(p.slice().reverse())));
    t = new Int8Array(fits.length * n);
    fits.forEach((p, k) => t!.set(p, k * n));
    tableCache.set(key, t);
  }
  return t;
}

/** Clue slots: 0..n-1 top, n..2n-1 bottom, 2n..3n-1 left, 3n..4n-1 right. */
function lineConstraints(n: number, clue: number[]): Constraint[] {
  const { rowCells, colCells } = gridLinesOf(n, n);
  const out = latinConstraints(n);
  for (let k = 0; k < n; k++) {
    if (clue[k] || clue[n + k]) out.push(new Table(colCells[k], lineTable(n, clue[k], clue[n + k])));
    if (clue[2 * n + k] || clue[3 * n + k]) out.push(new Table(rowCells[k], lineTable(n, clue[2 * n + k], clue[3 * n + k])));
  }
  return out;
}

/** Visible counts from every side: top, bottom (per column), left, right (per row). */
function borderClues(n: number, sol: Int8Array): number[] {
  const { rowCells, colCells } = gridLinesOf(n, n);
  const lineOf = (idx: number[]) => idx.map((i) => sol[i]);
  return [
    ...colCells.map((c) => visible(lineOf(c))),
    ...colCells.map((c) => visible(lineOf(c).reverse())),
    ...rowCells.map((r) => visible(lineOf(r))),
    ...rowCells.map((r) => visible(lineOf(r).reverse())),
  ];
}

/** Fresh grids tried when givens are not allowed and all border clues still leave several solutions. */
const MAX_GRIDS = 200;

function generate(rng: Rng, p: SkyscrapersParams): Instance<SkyscrapersTruth> {
  const n = p.size;
  const cells = n * n;
  // Clue pool: slots 0..4n-1 are the border clues, then the n² cells as possible givens.
  const keep = new Uint8Array(4 * n + cells);
  let sol: Int8Array = new Int8Array(0);
  let fullClue: number[] = [];
  const run = (k: Uint8Array) => {
    const model = { cells, values: n, constraints: lineConstraints(n, fullClue.map((v, s) => (k[s] ? v : 0))) };
    return solve(model, domainsFrom(Array.from(sol, (v, i) => (k[4 * n + i] ? v : 0)), n), 2);
  };
  for (let attempt = 0; ; attempt++) {
    sol = randomLatin(n, rng.fork(`fill${attempt}`));
    fullClue = borderClues(n, sol);
    // Start from a random share of the border clues and add clues that tell two solutions apart
    // until one is left: far fewer solver calls than digging down from all 4n clues.
    const add = rng.fork(`add${attempt}`);
    keep.fill(0);
    for (const s of add.shuffle([...Array(4 * n).keys()]).slice(0, Math.round(p.clues * 4 * n))) keep[s] = 1;
    let r = run(keep);
    for (; r.solutions > 1; r = run(keep)) {
      // Of the two solutions found, the rival is the one that is not the generated grid.
      const rival = r.solution!.every((v, i) => v === sol[i]) ? r.other! : r.solution!;
      const seen = borderClues(n, rival);
      const split = [...Array(4 * n).keys()].filter((s) => !keep[s] && seen[s] !== fullClue[s]);
      if (split.length) keep[add.pick(split)] = 1;
      else if (p.allowGivens) keep[4 * n + add.pick([...Array(cells).keys()].filter((i) => rival[i] !== sol[i]))] = 1;
      else break;
    }
    if (r.solutions === 1) break;
    if (attempt >= MAX_GRIDS) throw new Error(`skyscrapers: no ${n}×${n} grid with a unique solution from border clues alone in ${MAX_GRIDS} tries; set allowGivens`);
  }
  // Dropped clue negated: the given's height excluded, or the border count required to differ.
  const unique = (k: Uint8Array, removed: number) => {
    const clue = fullClue.map((v, s) => (s === removed ? -v : k[s] ? v : 0));
    const dom = domainsFrom(Array.from(sol, (v, i) => (k[4 * n + i] ? v : 0)), n);
    if (removed >= 4 * n) dom[removed - 4 * n] &= ~bit(sol[removed - 4 * n]);
    return solve({ cells, values: n, constraints: lineConstraints(n, clue) }, dom, 1).solutions === 0;
  };
  const dig = rng.fork('dig');
  // Givens go first (the puzzle should rest on its border clues), then border clues.
  const kept = (from: number, to: number) => keep.slice(from, to).reduce((x, y) => x + y, 0);
  digClues(dig.shuffle([...Array(cells).keys()].map((i) => 4 * n + i)), keep, kept(0, 4 * n), unique);
  const givensLeft = kept(4 * n, 4 * n + cells);
  digClues(dig.shuffle([...Array(4 * n).keys()]), keep, Math.round(p.clues * 4 * n) + givensLeft, unique);
  const clueCount = kept(0, 4 * n);
  const effort = run(keep);

  const clue = fullClue.map((v, s) => (keep[s] ? v : 0));
  const givens = Array.from(sol, (v, i) => (keep[4 * n + i] ? v : 0));
  const truth: SkyscrapersTruth = {
    size: n,
    top: clue.slice(0, n),
    bottom: clue.slice(n, 2 * n),
    left: clue.slice(2 * n, 3 * n),
    right: clue.slice(3 * n),
    givens: givens.join(''),
    solution: sol.join(''),
  };
  const { elements, evidence, size } = drawSkyscrapers(truth);
  const side = (name: string, xs: number[], what: string) => `${name}: ${xs.map((v) => v || '-').join(' ')} (${what})`;
  const clueText = [
    side('Top', truth.top, 'columns left to right, looking down'),
    side('Bottom', truth.bottom, 'columns left to right, looking up'),
    side('Left', truth.left, 'rows top to bottom, looking right'),
    side('Right', truth.right, 'rows top to bottom, looking left'),
  ].join('\n');
  const rules = `Place a skyscraper of height 1 to ${n} in every cell so that each row and each column contains every height exactly once. A number outside the grid tells how many skyscrapers are visible from that side along its row or column; a taller skyscraper hides every shorter one behind it.`;
  const format = `Give the heights as ${n} lines of ${n} digits, top row first, inside <answer></answer>, for example <answer>\n${exampleLatin(n, sol)}\n</answer>`;
  return {
    question: `This ${n}×${n} skyscrapers puzzle has ${clueCount} border clues${givensLeft ? ` and ${givensLeft} given heights` : ''}. ${rules} ${format}`,
    textOnly: `Solve this ${n}×${n} skyscrapers puzzle. Border clues ('-' = no clue):\n${clueText}\nGrid ('.' = empty):\n${digitGridText(givens, n)}\n${rules} ${format}`,
    scene: { kind: 'canvas', width: size, height: size, background: '#ffffff', elements },
    answer: solutionRows(sol, n),
    truth,
    evidence,
    features: { size: n, borderClues: clueCount, givens: givensLeft, ...effortFeatures(effort, cells) },
    canonical: `skyscrapers:${n}:${[truth.top, truth.bottom, truth.left, truth.right].map((x) => x.join('')).join('/')}:${truth.givens}`,
  };
}

/** Grid with one cell of margin on every side for the clue numbers. */
function drawSkyscrapers(t: SkyscrapersTruth): { elements: Primitive[]; evidence: string[]; size: number } {
  const n = t.size;
  const cell = Math.round(440 / (n + 2));
  const g: GridGeom = { rows: n, cols: n, cell, x0: cell, y0: cell };
  const elements: Primitive[] = [...cellRects(g), ...gridLines(g, n, n, 1.5, 3)];
  const evidence: string[] = [];
  const clueAt = (id: string, r: number, c: number, v: number) => {
    if (!v) return;
    evidence.push(id);
    elements.push({ ...cellText(g, r, c, String(v), id, 0.5, INK), weight: 'bold' } as Primitive);
  };
  for (let k = 0; k < n; k++) {
    clueAt(`clue-top-c${k}`, -1, k, t.top[k]);
    clueAt(`clue-bottom-c${k}`, n, k, t.bottom[k]);
    clueAt(`clue-left-r${k}`, k, -1, t.left[k]);
    clueAt(`clue-right-r${k}`, k, n, t.right[k]);
  }
  [...t.givens].forEach((d, i) => {
    if (d === '0') return;
    const id = `given-r${Math.floor(i / n)}c${i % n}`;
    evidence.push(id);
    elements.push(cellText(g, Math.floor(i / n), i % n, d, id, 0.6));
  });
  return { elements, evidence, size: cell * (n + 2) };
}

export const skyscrapers: TaskDefinition<SkyscrapersParams, SkyscrapersTruth> = {
  name: 'skyscrapers',
  domain: 'puzzle',
  describe: 'Skyscrapers (Latin square with visibility clues, 4×4 to 7×7) with a certified unique solution; answer the full grid',
  params: {
    size: { type: 'int', min: 3, max: 7, default: 5, describe: 'grid side' },
    clues: { type: 'number', min: 0, max: 1, default: 0.5, describe: 'target share of the 4·size border clues kept (more = easier)' },
    allowGivens: { type: 'boolean', default: true, describe: 'add given heights when the border clues alone are not enough for a unique solution' },
  },
  levels: {
    1: { size: 4, clues: 0.8 },
    2: { size: 4, clues: 0.5 },
    3: { size: 5, clues: 0.5 },
    4: { size: 6, clues: 0.5 },
    5: { size: 6, clues: 0.3 },
  },
  generate,
  verifier: 'skyscrapers',
};
