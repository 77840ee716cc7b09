import type { Rng } from '../../../core/rng.js';
import type { Primitive } from '../../../core/scene.js';
import type { Instance, TaskDefinition } from '../../../core/task.js';
import { INK, type GridGeom } from '../grid-scene.js';
import { axisLabels, cellPx, checkAttempts, DIR4 } from '../logic-grid.js';
import { slotsOf, solveBridges, type BridgesResult, type Island } from './solver.js';

export interface BridgesParams {
  size: number;
  /** Target number of islands. */
  islands: number;
  /** Chance of an extra bridge between islands already joined another way (loops make it harder). */
  loops: number;
  /** Unique puzzles generated per item; the one needing the most solver effort is kept. */
  candidates: number;
}

export interface BridgesTruth {
  rows: number;
  cols: number;
  /** [row, col, number] per island, 0-based. */
  islands: [number, number, number][];
  /** [island a, island b, count] per bridge, a < b. */
  bridges: [number, number, number][];
}

interface Layout {
  islands: Island[];
  bridges: Map<string, number>;
}

/**
 * Grows islands from a random start: each new island sits in a straight line from an existing one
 * across free cells, joined to it by one or two bridges. Extra bridges between islands that see
 * each other then add loops.
 */
function grow(rng: Rng, n: number, target: number, loops: number): Layout {
  const at = new Int32Array(n * n).fill(-1);
  const used = new Uint8Array(n * n); // cells under a bridge
  const islands: Island[] = [];
  const bridges = new Map<string, number>();
  const key = (a: number, b: number) => (a < b ? `${a}-${b}` : `${b}-${a}`);
  const add = (r: number, c: number) => {
    at[r * n + c] = islands.length;
    islands.push({ r, c, n: 0 });
  };
  const link = (a: number, b: number, cells: number[], k: number) => {
    for (const i of cells) used[i] = 1;
    bridges.set(key(a, b), k);
    islands[a].n += k;
    islands[b].n += k;
  };
  add(rng.int(0, n - 1), rng.int(0, n - 1));
  for (let tries = 0; islands.length < target && tries < target * 40; tries++) {
    const a = rng.int(0, islands.length - 1);
    const [dr, dc] = rng.pick(DIR4);
    const len = rng.int(2, Math.max(2, Math.ceil(n / 2)));
    const r = islands[a].r + dr * len;
    const c = islands[a].c + dc * len;
    if (r < 0 || r >= n || c < 0 || c >= n || at[r * n + c] >= 0 || used[r * n + c]) continue;
    const between = Array.from({ length: len - 1 }, (_, k) => (islands[a].r + dr * (k + 1)) * n + islands[a].c + dc * (k + 1));
    if (between.some((i) => at[i] >= 0 || used[i])) continue;
    // No island right beside the new one: keeps the picture readable.
    if (DIR4.some(([er, ec]) => r + er >= 0 && r + er < n && c + ec >= 0 && c + ec < n && at[(r + er) * n + c + ec] >= 0)) continue;
    add(r, c);
    link(a, islands.length - 1, between, rng.int(1, 2));
  }
  for (const s of slotsOf(n, n, islands)) {
    if (bridges.has(key(s.a, s.b)) || s.cells.some((i) => used[i]) || !rng.chance(loops)) continue;
    link(s.a, s.b, s.cells, rng.int(1, 2));
  }
  return { islands, bridges };
}

/** Solver effort as one number: guesses weigh most, then search nodes, then what propagation left open. */
const effortScore = (res: BridgesResult) => 10 * res.backtracks + res.nodes + 20 * (1 - res.rootDecided);

function generate(rng: Rng, p: BridgesParams): Instance<BridgesTruth> {
  const n = p.size;
  let best: { islands: Island[]; res: BridgesResult; attempt: number } | null = null;
  let found = 0;
  for (let attempt = 1; found < p.candidates; attempt++) {
    checkAttempts('bridges', attempt, 2000 * p.candidates, p);
    const r = rng.fork(`attempt-${attempt}`);
    const { islands } = grow(r, n, p.islands, p.loops);
    if (islands.length < Math.min(p.islands, 4)) continue;
    const res = solveBridges(n, n, islands, 2);
    if (res.solutions !== 1) continue;
    found++;
    // Of the unique candidates, the one that needs the most solver effort is kept.
    if (!best || effortScore(res) > effortScore(best.res)) best = { islands, res, attempt };
  }
  const { islands, res, attempt } = best!;
  const slots = slotsOf(n, n, islands);
  const bridges: [number, number, number][] = [];
  slots.forEach((s, k) => res.solution![k] && bridges.push([Math.min(s.a, s.b), Math.max(s.a, s.b), res.solution![k]]));
  bridges.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  return build(n, islands, bridges, { attempts: attempt, searchNodes: res.nodes, backtracks: res.backtracks, rootDecided: res.rootDecided, slots: slots.length });
}

const pos = (is: Island) => `(${is.r + 1},${is.c + 1})`;

/** One line per bridge in reading order, each pair written top-left island first. */
function answerLines(islands: Island[], bridges: [number, number, number][]): string {
  const order = (x: Island) => x.r * 1000 + x.c;
  return bridges
    .map(([a, b, k]) => (order(islands[a]) < order(islands[b]) ? [islands[a], islands[b], k] : [islands[b], islands[a], k]) as [Island, Island, number])
    .sort((x, y) => order(x[0]) - order(y[0]) || order(x[1]) - order(y[1]))
    .map(([a, b, k]) => `${pos(a)}-${pos(b)}x${k}`)
    .join('\n');
}

function build(n: number, islands: Island[], bridges: [number, number, number][], effort: Record<string, number>): Instance<BridgesTruth> {
  const truth: BridgesTruth = { rows: n, cols: n, islands: islands.map((is) => [is.r, is.c, is.n]), bridges };
  const cell = cellPx(n + 1, n + 1, 500, 34, 72);
  const g: GridGeom = { rows: n, cols: n, cell, x0: 16 + cell * 0.7, y0: 16 + cell * 0.7 };
  const cx = (c: number) => g.x0 + (c + 0.5) * cell;
  const cy = (r: number) => g.y0 + (r + 0.5) * cell;
  const els: Primitive[] = [];
  // Faint guide lines through the cell centres, so rows and columns can be read off.
  for (let k = 0; k < n; k++) {
    els.push({ type: 'line', x1: cx(0), y1: cy(k), x2: cx(n - 1), y2: cy(k), stroke: '#e6e6e6', lineWidth: 1 });
    els.push({ type: 'line', x1: cx(k), y1: cy(0), x2: cx(k), y2: cy(n - 1), stroke: '#e6e6e6', lineWidth: 1 });
  }
  els.push(...axisLabels(g, Math.max(12, Math.round(cell * 0.32))));
  // Every possible bridge gets an invisible slot element: evidence and masking can point at it.
  for (const s of slotsOf(n, n, islands)) {
    const [a, b] = [islands[s.a], islands[s.b]];
    els.push({ type: 'line', id: `slot-r${a.r}c${a.c}-r${b.r}c${b.c}`, x1: cx(a.c), y1: cy(a.r), x2: cx(b.c), y2: cy(b.r), stroke: 'rgba(0,0,0,0)', lineWidth: 4 });
  }
  const ids = islands.map((is) => `island-r${is.r}c${is.c}`);
  islands.forEach((is, k) => {
    els.push({
      type: 'group',
      id: ids[k],
      children: [
        { type: 'circle', cx: cx(is.c), cy: cy(is.r), r: cell * 0.4, fill: '#ffffff', stroke: INK, lineWidth: 2.5 },
        { type: 'text', x: cx(is.c), y: cy(is.r), text: String(is.n), size: Math.round(cell * 0.46), weight: 'bold', align: 'center', baseline: 'middle', fill: INK },
      ],
    });
  });
  const rules = `Connect the islands with bridges: each bridge runs straight along a row or column between two islands, over empty cells only; two islands may be joined by one or two bridges; bridges never cross each other or pass over an island; each island has exactly as many bridges as its number; and all islands must end up connected.`;
  const format = `Rows and columns are numbered from 1 at the top left, as labelled. List every pair of joined islands as (row,column)-(row,column)x1 or x2, one per line, inside <answer></answer>. For example: <answer>\n(1,1)-(1,4)x2\n(1,1)-(3,1)x1\n</answer>`;
  const list = islands.map((is) => `${pos(is)}: ${is.n}`).join('\n');
  return {
    question: `The image shows a bridges (hashi) puzzle on a ${n}×${n} grid with ${islands.length} numbered islands. ${rules} ${format}`,
    textOnly: `A bridges (hashi) puzzle on a ${n}×${n} grid. Islands as (row,column): number, rows and columns counted from 1 at the top left:\n${list}\n${rules} ${format}`,
    scene: { kind: 'canvas', width: Math.round(g.x0 + n * cell + 16), height: Math.round(g.y0 + n * cell + 16), background: '#ffffff', elements: els },
    answer: answerLines(islands, bridges),
    truth,
    evidence: ids,
    features: { size: n, islands: islands.length, bridges: bridges.reduce((s, b) => s + b[2], 0), ...effort },
    canonical: `bridges:${n}:${truth.islands.map((x) => x.join('.')).join(',')}`,
  };
}

export const bridges: TaskDefinition<BridgesParams, BridgesTruth> = {
  name: 'bridges',
  domain: 'puzzle',
  describe: 'Bridges / hashi (join numbered islands, no crossings, all connected) with a certified unique solution',
  params: {
    size: { type: 'int', min: 5, max: 15, default: 9, describe: 'grid side' },
    islands: { type: 'int', min: 3, max: 60, default: 14, describe: 'target number of islands' },
    loops: { type: 'number', min: 0, max: 0.6, default: 0.2, describe: 'chance of an extra bridge between islands already joined (more = harder)' },
    candidates: { type: 'int', min: 1, max: 32, default: 2, describe: 'unique puzzles generated per item; the hardest for the solver is kept (more = harder, slower)' },
  },
  levels: {
    1: { size: 5, islands: 5, loops: 0, candidates: 1 },
    2: { size: 7, islands: 9, loops: 0.1, candidates: 1 },
    3: { size: 9, islands: 14, loops: 0.2, candidates: 2 },
    4: { size: 11, islands: 26, loops: 0.3, candidates: 6 },
    5: { size: 13, islands: 36, loops: 0.4, candidates: 12 },
  },
  check(p) {
    if (p.islands > Math.ceil((p.size * p.size) / 3)) return `islands: got ${p.islands}; allowed for size ${p.size}: at most ${Math.ceil((p.size * p.size) / 3)}`;
    return undefined;
  },
  generate,
  verifier: 'bridges',
};
