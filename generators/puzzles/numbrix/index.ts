import type { Rng } from '../../../core/rng.js';
import type { Primitive } from '../../../core/scene.js';
import type { Instance, TaskDefinition } from '../../../core/task.js';
import { digClues } from '../csp.js';
import { cellId, cellRects, cellText, gridGeom, gridLines } from '../grid-scene.js';
import { cellPx, checkAttempts, neighbours } from '../logic-grid.js';
import { solveNumbrix, type NumbrixProblem } from './solver.js';

export interface NumbrixParams {
  size: number;
  /** Share of the numbers left as givens (fewer only where uniqueness allows). */
  givens: number;
}

export interface NumbrixTruth extends NumbrixProblem {
  /** The number of every cell, row-major. */
  solution: number[];
}

/**
 * A random Hamiltonian path: a serpentine path mixed by backbite moves (an end steps to one of
 * its grid neighbours, and the part of the path between is reversed), which reach every path.
 */
export function randomPath(r: Rng, n: number): number[] {
  let path = Array.from({ length: n * n }, (_, k) => Math.floor(k / n) * n + (Math.floor(k / n) % 2 ? n - 1 - (k % n) : k % n));
  for (let m = 0; m < 8 * n * n * n; m++) {
    if (r.chance(0.5)) path.reverse();
    const head = path[0];
    const j = path.indexOf(r.pick(neighbours(head, n, n)));
    if (j > 1) path = [...path.slice(0, j).reverse(), ...path.slice(j)];
  }
  return path;
}

/** A random path, its numbers dug out in random order while the solver still finds it alone. */
function generate(rng: Rng, p: NumbrixParams): Instance<NumbrixTruth> {
  const n = p.size;
  const N = n * n;
  for (let attempt = 1; ; attempt++) {
    checkAttempts('numbrix', attempt, 50, p);
    const r = rng.fork(`attempt-${attempt}`);
    const path = randomPath(r, n);
    const solution = new Array<number>(N);
    path.forEach((cell, k) => (solution[cell] = k + 1));
    const keep = new Uint8Array(N).fill(1);
    const givensOf = (k: Uint8Array) => solution.map((v, i) => (k[i] ? v : 0));
    let aborted = false;
    digClues(r.shuffle([...Array(N).keys()]), keep, Math.round(p.givens * N), (k) => {
      const res = solveNumbrix({ size: n, givens: givensOf(k) }, 2, 200_000);
      aborted ||= res.aborted;
      return res.solutions === 1 && !res.aborted;
    });
    const prob: NumbrixProblem = { size: n, givens: givensOf(keep) };
    const check = solveNumbrix(prob, 2);
    if (check.solutions !== 1 || check.aborted) continue;
    return build({ ...prob, solution }, { attempts: attempt, givens: keep.reduce((a, b) => a + b, 0), searchNodes: check.nodes, digAborted: aborted ? 1 : 0 });
  }
}

function build(t: NumbrixTruth, effort: Record<string, number>): Instance<NumbrixTruth> {
  const n = t.size;
  const N = n * n;
  const cell = cellPx(n, n, 470, 40, 84);
  const g = gridGeom(n, n, cell, 20);
  const given = t.givens.flatMap((v, i) => (v ? [i] : []));
  const els: Primitive[] = [...cellRects(g), ...gridLines(g, n, n, 1.5, 3), ...given.map((i) => cellText(g, Math.floor(i / n), i % n, String(t.givens[i]), `given-${i}`, N >= 100 ? 0.4 : 0.46))];
  const rules = `Fill every empty cell with a number from 1 to ${N} so that each number appears once and consecutive numbers (1 and 2, 2 and 3, ..., ${N - 1} and ${N}) are in cells that share a side: the numbers trace one path through every cell. The given numbers stay where they are.`;
  const format = `Answer with the full grid as ${n} lines of ${n} numbers separated by spaces, top row first, inside <answer></answer>. For example, for a 3×3 grid: <answer>\n1 2 3\n8 9 4\n7 6 5\n</answer>`;
  const pad = String(N).length;
  const rowsText = (vals: readonly number[], blank: string) => Array.from({ length: n }, (_, r) => vals.slice(r * n, (r + 1) * n).map((v) => (v ? String(v) : blank).padStart(pad)).join(' ')).join('\n');
  return {
    question: `The image shows a ${n}×${n} numbrix puzzle. ${rules} ${format}`,
    textOnly: `A ${n}×${n} numbrix puzzle ('.' marks an empty cell):\n${rowsText(t.givens, '.')}\n${rules} ${format}`,
    scene: { kind: 'canvas', width: g.width, height: g.height, background: '#ffffff', elements: els },
    answer: rowsText(t.solution, ''),
    truth: t,
    evidence: [...given.map((i) => `given-${i}`), ...Array.from({ length: N }, (_, i) => cellId(Math.floor(i / n), i % n))],
    features: { size: n, ...effort },
    canonical: `numbrix:${n}:${t.givens.join(',')}`,
  };
}

export const numbrix: TaskDefinition<NumbrixParams, NumbrixTruth> = {
  name: 'numbrix',
  domain: 'puzzle',
  describe: 'Numbrix (number the grid 1..n² along one orthogonal path through the givens) with a certified unique solution',
  params: {
    size: { type: 'int', min: 3, max: 9, default: 6, describe: 'grid side' },
    givens: { type: 'number', min: 0.1, max: 0.9, default: 0.4, describe: 'share of numbers kept as givens (more are kept where uniqueness needs them)' },
  },
  // MM-HELIX: 4×4 (level 1) to 8×8 (level 5), 45% of the numbers given.
  levels: {
    1: { size: 4, givens: 0.45 },
    2: { size: 5, givens: 0.42 },
    3: { size: 6, givens: 0.4 },
    4: { size: 7, givens: 0.37 },
    5: { size: 8, givens: 0.35 },
  },
  generate,
  verifier: 'numbrix',
};
