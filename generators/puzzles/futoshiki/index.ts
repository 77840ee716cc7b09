import type { Rng } from '../../../core/rng.js';
import type { Primitive } from '../../../core/scene.js';
import type { Instance, TaskDefinition } from '../../../core/task.js';
import { bit, type Constraint, digClues, domainsFrom, effortFeatures, latinConstraints, randomLatin, solve, valueOf } from '../csp.js';
import { cellId, GIVEN_INK, INK } from '../grid-scene.js';
import { digitGridText, exampleLatin, solutionRows } from '../latin-text.js';

export interface FutoshikiParams {
  size: number;
  /** Target number of given digits; removal stops here or when no more can go without losing uniqueness. */
  givens: number;
  /** Target share of the 2n(n-1) neighbour pairs that keep an inequality sign. */
  signs: number;
}

/** `[a, b]`: cell a (row-major index) holds a smaller value than cell b. */
export type Less = [number, number];

export interface FutoshikiTruth {
  size: number;
  givens: string;
  less: Less[];
  solution: string;
}

/** a < b, with bounds propagation: a below b's largest value, b above a's smallest. */
class LessThan implements Constraint {
  readonly cells: readonly number[];
  constructor(
    readonly a: number,
    readonly b: number,
  ) {
    this.cells = [a, b];
  }
  prune(dom: Int32Array): boolean {
    const maxB = valueOf(dom[this.b]);
    dom[this.a] &= (1 << (maxB - 1)) - 1; // values < maxB
    const minA = valueOf(dom[this.a] & -dom[this.a]);
    dom[this.b] &= ~((1 << minA) - 1); // values > minA
    return dom[this.a] !== 0 && dom[this.b] !== 0;
  }
}

/** Every neighbour pair, oriented so that the first cell is the smaller in `sol`. */
function allSigns(n: number, sol: Int8Array): Less[] {
  const out: Less[] = [];
  for (let r = 0; r < n; r++) {
    for (let c = 0; c < n; c++) {
      const i = r * n + c;
      for (const j of [c + 1 < n ? i + 1 : -1, r + 1 < n ? i + n : -1]) {
        if (j >= 0) out.push(sol[i] < sol[j] ? [i, j] : [j, i]);
      }
    }
  }
  return out;
}

function generate(rng: Rng, p: FutoshikiParams): Instance<FutoshikiTruth> {
  const n = p.size;
  const cells = n * n;
  const sol = randomLatin(n, rng.fork('fill'));
  const signs = allSigns(n, sol);
  // Clue pool: givens are indices 0..cells-1, signs follow. Start from everything (trivially unique).
  const keep = new Uint8Array(cells + signs.length).fill(1);
  const build = (k: Uint8Array) => {
    const grid = new Int8Array(cells);
    const cons = latinConstraints(n);
    for (let i = 0; i < cells; i++) if (k[i]) grid[i] = sol[i];
    signs.forEach(([a, b], s) => k[cells + s] && cons.push(new LessThan(a, b)));
    return { model: { cells, values: n, constraints: cons }, dom: domainsFrom(grid, n) };
  };
  // Dropped clue negated: the given's digit excluded, or the sign reversed (neighbours always differ).
  const unique = (k: Uint8Array, removed: number) => {
    const { model, dom } = build(k);
    if (removed < cells) dom[removed] &= ~bit(sol[removed]);
    else model.constraints.push(new LessThan(signs[removed - cells][1], signs[removed - cells][0]));
    return solve(model, dom, 1).solutions === 0;
  };
  const dig = rng.fork('dig');
  // Givens go first, then signs: the puzzle should lean on its signs, as futoshiki does.
  const signTarget = Math.round(p.signs * signs.length);
  const givenCount = digClues(dig.shuffle([...Array(cells).keys()]), keep, p.givens + signs.length, unique) - signs.length;
  const signCount = digClues(dig.shuffle(signs.map((_, s) => cells + s)), keep, givenCount + signTarget, unique) - givenCount;
  const { model, dom } = build(keep);
  const effort = solve(model, dom, 2);

  const givens = Array.from(sol, (v, i) => (keep[i] ? v : 0));
  const less = signs.filter((_, s) => keep[cells + s]);
  const truth: FutoshikiTruth = { size: n, givens: givens.join(''), less, solution: sol.join('') };
  const { elements, evidence } = drawFutoshiki(n, givens, less);
  const signText = less.map(([a, b]) => `r${Math.floor(a / n) + 1}c${(a % n) + 1} < r${Math.floor(b / n) + 1}c${(b % n) + 1}`).join('; ');
  const rules = `Fill the ${n}×${n} grid with digits 1 to ${n} so that each row and each column contains every digit exactly once and every inequality sign between two neighbouring cells holds (the sign points at the smaller digit).`;
  const format = `Give the full solved grid as ${n} lines of ${n} digits, top row first, inside <answer></answer>, for example <answer>\n${exampleLatin(n, sol)}\n</answer>`;
  return {
    question: `This futoshiki puzzle has ${givenCount} given digits and ${less.length} inequality signs. ${rules} ${format}`,
    textOnly: `Solve this ${n}×${n} futoshiki ('.' marks an empty cell; r1c1 is the top-left cell):\n${digitGridText(givens, n)}\nInequalities: ${signText || 'none'}.\n${rules} ${format}`,
    scene: { kind: 'canvas', width: sceneSize(n), height: sceneSize(n), background: '#ffffff', elements },
    answer: solutionRows(sol, n),
    truth,
    evidence,
    features: { size: n, givens: givenCount, signs: signCount, ...effortFeatures(effort, cells) },
    canonical: `futoshiki:${n}:${truth.givens}:${less.map(([a, b]) => `${a}<${b}`).join(',')}`,
  };
}

const CELL = (n: number) => Math.round(360 / n);
const GAP = (n: number) => Math.round(CELL(n) * 0.45);
const MARGIN = 20;
const sceneSize = (n: number) => 2 * MARGIN + n * CELL(n) + (n - 1) * GAP(n);

/** Cells as separate boxes with gaps; signs sit in the gaps (< > across a row, ∧ ∨ down a column). */
function drawFutoshiki(n: number, givens: number[], less: Less[]): { elements: Primitive[]; evidence: string[] } {
  const cell = CELL(n);
  const step = cell + GAP(n);
  const x = (c: number) => MARGIN + c * step;
  const elements: Primitive[] = [];
  const evidence: string[] = [];
  for (let r = 0; r < n; r++) {
    for (let c = 0; c < n; c++) {
      elements.push({ type: 'rect', id: cellId(r, c), x: x(c), y: x(r), w: cell, h: cell, fill: '#ffffff', stroke: INK, lineWidth: 2 });
      const v = givens[r * n + c];
      if (v) {
        const id = `given-r${r}c${c}`;
        evidence.push(id);
        elements.push({ type: 'text', id, x: x(c) + cell / 2, y: x(r) + cell / 2, text: String(v), size: Math.round(cell * 0.6), align: 'center', baseline: 'middle', fill: GIVEN_INK });
      }
    }
  }
  for (const [a, b] of less) {
    const [ra, ca, rb, cb] = [Math.floor(a / n), a % n, Math.floor(b / n), b % n];
    const [r, c] = [Math.min(ra, rb), Math.min(ca, cb)];
    const across = ra === rb;
    // Across: '<' when the left cell is smaller. Down: '∧' when the upper cell is smaller.
    const text = across ? (ca < cb ? '<' : '>') : ra < rb ? '∧' : '∨';
    const id = `sign-r${r}c${c}-${across ? 'h' : 'v'}`;
    evidence.push(id);
    const cx = across ? x(c) + cell + GAP(n) / 2 : x(c) + cell / 2;
    const cy = across ? x(r) + cell / 2 : x(r) + cell + GAP(n) / 2;
    elements.push({ type: 'text', id, x: cx, y: cy, text, size: Math.round(GAP(n) * 0.95), weight: 'bold', align: 'center', baseline: 'middle', fill: INK });
  }
  return { elements, evidence };
}

export const futoshiki: TaskDefinition<FutoshikiParams, FutoshikiTruth> = {
  name: 'futoshiki',
  domain: 'puzzle',
  describe: 'Futoshiki (Latin square with inequality signs, 4×4 to 7×7) with a certified unique solution; answer the full grid',
  params: {
    size: { type: 'int', min: 4, max: 7, default: 5, describe: 'grid side' },
    givens: { type: 'int', min: 0, max: 48, default: 2, describe: 'target number of given digits (more = easier)' },
    signs: { type: 'number', min: 0, max: 1, default: 0.3, describe: 'target share of neighbour pairs with a sign (more = easier)' },
  },
  levels: {
    1: { size: 4, givens: 3, signs: 0.4 },
    2: { size: 5, givens: 3, signs: 0.35 },
    3: { size: 5, givens: 1, signs: 0.25 },
    4: { size: 6, givens: 1, signs: 0.25 },
    5: { size: 7, givens: 0, signs: 0.2 },
  },
  check(p) {
    if (p.givens >= p.size * p.size) return `givens: got ${p.givens}; allowed for size ${p.size}: 0 to ${p.size * p.size - 1}`;
    return undefined;
  },
  generate,
  verifier: 'futoshiki',
};
