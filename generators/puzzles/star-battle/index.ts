import type { Rng } from '../../../core/rng.js';
import type { Primitive } from '../../../core/scene.js';
import type { Instance, TaskDefinition } from '../../../core/task.js';
import { cellId, cellRects, gridGeom, gridLines, INK } from '../grid-scene.js';
import { cellPx, charRows, checkAttempts, DIR4, isConnected, neighbours } from '../logic-grid.js';
import { solveStars } from './solver.js';

export interface StarBattleParams {
  size: number;
  /** Stars shown as hints; regions alone make the solution unique. */
  givens: number;
}

export interface StarBattleTruth {
  size: number;
  /** Region letter per cell (row-major), 'A' = region 0. */
  regions: string;
  /** Cells whose star is given (row-major indices). */
  givens: number[];
  /** '*' star, '.' empty per cell. */
  solution: string;
}

const REGION_FILLS = ['#f8c9c4', '#c9e4f6', '#d4ecc4', '#fbe3b0', '#e2d2f2', '#c6ece6', '#f6d0e6', '#e5e5c0', '#d0d8f0', '#f0d8c0'];
const letter = (k: number) => String.fromCharCode(65 + k);

/** One star per row and column, consecutive rows' stars two or more columns apart. */
function placeStars(rng: Rng, n: number): number[] {
  const cols: number[] = [];
  const used = new Uint8Array(n);
  const rec = (r: number): boolean => {
    if (r === n) return true;
    for (const c of rng.shuffle([...Array(n).keys()])) {
      if (used[c] || (r > 0 && Math.abs(cols[r - 1] - c) < 2)) continue;
      used[c] = 1;
      cols.push(c);
      if (rec(r + 1)) return true;
      cols.pop();
      used[c] = 0;
    }
    return false;
  };
  rec(0);
  return cols.map((c, r) => r * n + c);
}

/** Grows one region from each star by random frontier expansion until every cell belongs to one. */
function growRegions(rng: Rng, n: number, stars: number[]): Int8Array {
  const region = new Int8Array(n * n).fill(-1);
  stars.forEach((s, k) => (region[s] = k));
  let left = n * n - stars.length;
  while (left > 0) {
    const frontier: [number, number][] = [];
    for (let i = 0; i < n * n; i++) {
      if (region[i] >= 0) continue;
      for (const j of neighbours(i, n, n, DIR4)) if (region[j] >= 0) frontier.push([i, region[j]]);
    }
    const [i, k] = rng.pick(frontier);
    region[i] = k;
    left--;
  }
  return region;
}

/**
 * Moves one star cell of a rival solution into a neighbouring region: the rival then leaves its old
 * region without a star, while the intended solution (which has no star there) stays valid.
 * Returns false when no move keeps every region connected.
 */
function breakRival(rng: Rng, n: number, region: Int8Array, stars: Set<number>, rival: number[]): boolean {
  for (const x of rng.shuffle(rival.filter((i) => !stars.has(i)))) {
    const a = region[x];
    const others = [...new Set(neighbours(x, n, n, DIR4).map((j) => region[j]))].filter((b) => b !== a);
    if (!others.length) continue;
    region[x] = -1;
    const stillOne = isConnected(n, n, (i) => region[i] === a);
    region[x] = a;
    if (!stillOne) continue;
    region[x] = rng.pick(others);
    return true;
  }
  return false;
}

function generate(rng: Rng, p: StarBattleParams): Instance<StarBattleTruth> {
  const n = p.size;
  for (let attempt = 1; ; attempt++) {
    checkAttempts('star-battle', attempt, 2000, p);
    const r = rng.fork(`attempt-${attempt}`);
    const stars = placeStars(r, n);
    const starSet = new Set(stars);
    const region = growRegions(r, n, stars);
    let res = solveStars(n, region, 2);
    let repairs = 0;
    while (res.solutions > 1 && repairs < 4 * n) {
      const rival = res.solution!.join() === stars.join() ? res.other! : res.solution!;
      if (!breakRival(r, n, region, starSet, rival)) break;
      repairs++;
      res = solveStars(n, region, 2);
    }
    if (res.solutions !== 1) continue;
    // Hints only make the puzzle easier: the regions alone already fix the answer.
    const givens = r.shuffle(stars).slice(0, p.givens).sort((a, b) => a - b);
    const effort = solveStars(n, region, 2, givens);
    return build(n, region, stars, givens, { attempts: attempt, repairs, searchNodes: effort.nodes, backtracks: effort.backtracks, forced: effort.forced });
  }
}

function build(n: number, region: Int8Array, stars: number[], givens: number[], effort: Record<string, number>): Instance<StarBattleTruth> {
  const starSet = new Set(stars);
  const truth: StarBattleTruth = {
    size: n,
    regions: Array.from(region, letter).join(''),
    givens,
    solution: Array.from({ length: n * n }, (_, i) => (starSet.has(i) ? '*' : '.')).join(''),
  };
  const cell = cellPx(n, n, 460, 40, 80);
  const g = gridGeom(n, n, cell);
  const els: Primitive[] = [...cellRects(g, '#ffffff', (r, c) => REGION_FILLS[region[r * n + c] % REGION_FILLS.length]), ...gridLines(g, n, n, 1, 4)];
  // Thick walls between cells of different regions.
  for (let r = 0; r < n; r++) {
    for (let c = 0; c < n; c++) {
      const x = g.x0 + c * cell;
      const y = g.y0 + r * cell;
      if (c + 1 < n && region[r * n + c] !== region[r * n + c + 1]) els.push({ type: 'line', x1: x + cell, y1: y - 2, x2: x + cell, y2: y + cell + 2, stroke: INK, lineWidth: 4 });
      if (r + 1 < n && region[r * n + c] !== region[(r + 1) * n + c]) els.push({ type: 'line', x1: x - 2, y1: y + cell, x2: x + cell + 2, y2: y + cell, stroke: INK, lineWidth: 4 });
    }
  }
  const givenIds = givens.map((i) => `given-r${Math.floor(i / n)}c${i % n}`);
  givens.forEach((i, k) => els.push(starShape(g.x0 + ((i % n) + 0.5) * cell, g.y0 + (Math.floor(i / n) + 0.5) * cell, cell * 0.32, givenIds[k])));
  const rules = `Place stars so that every row, every column and every outlined region holds exactly one star, and no two stars touch, not even diagonally.`;
  const givenText = givens.length ? ` ${givens.length} star${givens.length > 1 ? 's are' : ' is'} already placed and must stay.` : '';
  const format = `Answer with the full grid as ${n} lines of ${n} symbols, top row first: * for a star, . for an empty cell, inside <answer></answer>. For example, for a 4×4 grid: <answer>\n.*..\n...*\n*...\n..*.\n</answer>`;
  const givenList = givens.map((i) => `row ${Math.floor(i / n) + 1} column ${(i % n) + 1}`).join('; ');
  return {
    question: `The image shows a ${n}×${n} star battle puzzle divided into ${n} coloured regions.${givenText} ${rules} ${format}`,
    textOnly: `A ${n}×${n} star battle puzzle. Each letter names the region of a cell:\n${charRows(n, n, (r, c) => truth.regions[r * n + c], ' ')}\n${givens.length ? `Given stars (rows and columns counted from 1 at the top left): ${givenList}.\n` : ''}${rules}${givenText} ${format}`,
    scene: { kind: 'canvas', width: g.width, height: g.height, background: '#ffffff', elements: els },
    answer: charRows(n, n, (r, c) => truth.solution[r * n + c]),
    truth,
    evidence: [...Array.from({ length: n * n }, (_, i) => cellId(Math.floor(i / n), i % n)), ...givenIds],
    features: { size: n, givens: givens.length, ...effort },
    canonical: `star-battle:${n}:${truth.regions}:${givens.join(',')}`,
  };
}

/** Five-pointed star centred at (cx, cy). */
function starShape(cx: number, cy: number, r: number, id: string): Primitive {
  const points: [number, number][] = [];
  for (let k = 0; k < 10; k++) {
    const a = -Math.PI / 2 + (k * Math.PI) / 5;
    const rr = k % 2 ? r * 0.45 : r;
    points.push([Math.round((cx + rr * Math.cos(a)) * 100) / 100, Math.round((cy + rr * Math.sin(a)) * 100) / 100]);
  }
  return { type: 'polygon', id, points, fill: INK };
}

export const starBattle: TaskDefinition<StarBattleParams, StarBattleTruth> = {
  name: 'star-battle',
  domain: 'puzzle',
  describe: 'Star battle (one star per row, column and region, no touching) with a certified unique solution',
  params: {
    size: { type: 'int', min: 5, max: 10, default: 8, describe: 'grid side (= number of regions)' },
    givens: { type: 'int', min: 0, max: 4, default: 0, describe: 'stars shown as hints (the regions alone already fix the answer)' },
  },
  levels: {
    1: { size: 5, givens: 1 },
    2: { size: 6, givens: 1 },
    3: { size: 7, givens: 0 },
    4: { size: 8, givens: 0 },
    5: { size: 10, givens: 0 },
  },
  generate,
  verifier: 'star-battle',
};
