import type { Rng } from '../../../core/rng.js';
import type { Primitive } from '../../../core/scene.js';
import type { Instance, TaskDefinition } from '../../../core/task.js';
import { cellId, cellRects, cellText, gridGeom, gridLines } from '../grid-scene.js';
import { cellPx, charRows, checkAttempts, isConnected, neighbours } from '../logic-grid.js';
import { solveHitori } from './solver.js';

export interface HitoriParams {
  size: number;
  /** Target share of shaded cells in the intended solution. */
  density: number;
}

export interface HitoriTruth {
  size: number;
  /** Number per cell, row-major, digits 1..size. */
  numbers: string;
  /** '#' shaded, '.' unshaded per cell. */
  solution: string;
}

/** A random Latin square: the cyclic one with rows, columns and symbols shuffled. */
function latin(rng: Rng, n: number): Int8Array {
  const rows = rng.shuffle([...Array(n).keys()]);
  const cols = rng.shuffle([...Array(n).keys()]);
  const sym = rng.shuffle([...Array(n).keys()]);
  return Int8Array.from({ length: n * n }, (_, i) => sym[(rows[Math.floor(i / n)] + cols[i % n]) % n] + 1);
}

/** Shades cells in random order while shaded cells stay apart and unshaded ones connected. */
function shade(rng: Rng, n: number, target: number): Uint8Array {
  const black = new Uint8Array(n * n);
  let count = 0;
  for (const i of rng.shuffle([...Array(n * n).keys()])) {
    if (count >= target) break;
    if (neighbours(i, n, n).some((j) => black[j])) continue;
    black[i] = 1;
    if (isConnected(n, n, (j) => !black[j])) count++;
    else black[i] = 0;
  }
  return black;
}

/** Each shaded cell copies the number of an unshaded cell in its row or column, so it must go. */
function numbersFor(rng: Rng, n: number, base: Int8Array, black: Uint8Array): Int8Array {
  const values = Int8Array.from(base);
  for (let i = 0; i < n * n; i++) {
    if (!black[i]) continue;
    const r = Math.floor(i / n);
    const c = i % n;
    const pool: number[] = [];
    for (let k = 0; k < n; k++) {
      if (!black[r * n + k]) pool.push(base[r * n + k]);
      if (!black[k * n + c]) pool.push(base[k * n + c]);
    }
    values[i] = rng.pick(pool);
  }
  return values;
}

function generate(rng: Rng, p: HitoriParams): Instance<HitoriTruth> {
  const n = p.size;
  const target = Math.round(p.density * n * n);
  for (let attempt = 1; ; attempt++) {
    checkAttempts('hitori', attempt, 2000, p);
    const r = rng.fork(`attempt-${attempt}`);
    const base = latin(r, n);
    const black = shade(r, n, target);
    // A few renumberings per shading: cheaper than a new shading, and often enough.
    for (let k = 0; k < 6; k++) {
      const values = numbersFor(r, n, base, black);
      const res = solveHitori(n, values, 2);
      if (res.solutions !== 1) continue;
      return build(n, values, res.solution!, { attempts: attempt, searchNodes: res.nodes, backtracks: res.backtracks, rootDecided: res.rootDecided / (n * n) });
    }
  }
}

function build(n: number, values: Int8Array, black: Uint8Array, effort: Record<string, number>): Instance<HitoriTruth> {
  const digit = (v: number) => String(v);
  const truth: HitoriTruth = {
    size: n,
    numbers: Array.from(values, digit).join(''),
    solution: Array.from(black, (b) => (b ? '#' : '.')).join(''),
  };
  const g = gridGeom(n, n, cellPx(n, n, 460, 40, 84));
  const ids = Array.from({ length: n * n }, (_, i) => `number-r${Math.floor(i / n)}c${i % n}`);
  const texts: Primitive[] = ids.map((id, i) => cellText(g, Math.floor(i / n), i % n, digit(values[i]), id, 0.55));
  const rules = `Shade some cells so that no number appears more than once among the unshaded cells of any row or column, no two shaded cells share a side, and all unshaded cells form one connected area (joined through shared sides). Only a cell whose number repeats in its row or column may be shaded.`;
  const format = `Answer with the full grid as ${n} lines of ${n} symbols, top row first: # for a shaded cell, . for an unshaded cell, inside <answer></answer>. For example, for a 3×3 grid: <answer>\n#..\n..#\n.#.\n</answer>`;
  const shadedCount = black.reduce((a, b) => a + b, 0);
  return {
    question: `The image shows a ${n}×${n} hitori puzzle. ${rules} ${format}`,
    textOnly: `A ${n}×${n} hitori puzzle:\n${charRows(n, n, (r, c) => truth.numbers[r * n + c], ' ')}\n${rules} ${format}`,
    scene: { kind: 'canvas', width: g.width, height: g.height, background: '#ffffff', elements: [...cellRects(g), ...gridLines(g, n, n, 1.5, 3), ...texts] },
    answer: charRows(n, n, (r, c) => truth.solution[r * n + c]),
    truth,
    evidence: [...ids, ...Array.from({ length: n * n }, (_, i) => cellId(Math.floor(i / n), i % n))],
    features: { size: n, shaded: shadedCount, ...effort },
    canonical: `hitori:${n}:${truth.numbers}`,
  };
}

export const hitori: TaskDefinition<HitoriParams, HitoriTruth> = {
  name: 'hitori',
  domain: 'puzzle',
  describe: 'Hitori (shade repeated numbers; shaded apart, unshaded connected) with a certified unique solution',
  params: {
    size: { type: 'int', min: 4, max: 9, default: 7, describe: 'grid side' },
    density: { type: 'number', min: 0.2, max: 0.32, default: 0.24, describe: 'target share of shaded cells (below 0.22 on 9×9, unique puzzles get rare and generation slow)' },
  },
  levels: {
    1: { size: 4, density: 0.2 },
    2: { size: 5, density: 0.2 },
    3: { size: 6, density: 0.22 },
    4: { size: 8, density: 0.25 },
    5: { size: 9, density: 0.27 },
  },
  generate,
  verifier: 'hitori',
};
