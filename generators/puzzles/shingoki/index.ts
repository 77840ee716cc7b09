import type { Rng } from '../../../core/rng.js';
import type { Primitive } from '../../../core/scene.js';
import type { Instance, TaskDefinition } from '../../../core/task.js';
import { INK } from '../grid-scene.js';
import { checkAttempts, neighbours } from '../logic-grid.js';
import { solveShingokiCsp, walkLoop } from './model.js';
import { type Circle, loopShape, type ShingokiProblem } from './solver.js';

export interface ShingokiParams {
  /** Points per side of the lattice. */
  size: number;
  /** Circles shown at first, as a share of the points (more are added until the loop is unique). */
  circles: number;
}

export interface ShingokiTruth extends ShingokiProblem {
  /** The unique loop, point indices in order. */
  loop: number[];
}

/**
 * The boundary of a random blob of lattice cells as a point loop, or null when it is not one
 * simple loop (a pinch where two cells meet at a corner only, or a hole).
 */
function boundary(inside: Uint8Array, cells: number, pts: number): number[] | null {
  const adj = new Map<number, number[]>();
  const edge = (a: number, b: number) => {
    adj.set(a, [...(adj.get(a) ?? []), b]);
    adj.set(b, [...(adj.get(b) ?? []), a]);
  };
  for (let i = 0; i < cells * cells; i++) {
    if (!inside[i]) continue;
    const r = Math.floor(i / cells);
    const c = i % cells;
    const tl = r * pts + c;
    if (r === 0 || !inside[i - cells]) edge(tl, tl + 1);
    if (r === cells - 1 || !inside[i + cells]) edge(tl + pts, tl + pts + 1);
    if (c === 0 || !inside[i - 1]) edge(tl, tl + pts);
    if (c === cells - 1 || !inside[i + 1]) edge(tl + 1, tl + pts + 1);
  }
  if ([...adj.values()].some((a) => a.length !== 2)) return null;
  const loop = walkLoop(adj);
  return loop.length === adj.size ? loop : null;
}

/** A random simple loop: a blob of cells grown one neighbour at a time while its boundary stays one loop. */
function randomLoop(r: Rng, pts: number, share: number): number[] {
  const cells = pts - 1;
  const inside = new Uint8Array(cells * cells);
  inside[r.int(0, cells * cells - 1)] = 1;
  let loop = boundary(inside, cells, pts)!;
  for (let area = 1; area < share * cells * cells; area++) {
    const grow = r.shuffle([...inside.keys()].filter((i) => !inside[i] && neighbours(i, cells, cells).some((j) => inside[j])));
    const next = grow.find((i) => {
      inside[i] = 1;
      const b = boundary(inside, cells, pts);
      inside[i] = 0;
      return b !== null;
    });
    if (next === undefined) break;
    inside[next] = 1;
    loop = boundary(inside, cells, pts)!;
  }
  return loop;
}

/** The circle a loop point would carry: black at a turn, white on a straight, its number the two runs. */
function circleAt(loop: number[], k: number): Circle {
  const s = loopShape(loop)[k];
  return { at: loop[k], black: s.turn, value: s.runs[0] + s.runs[1] };
}

/**
 * A random loop with circles on some of its points; while a rival loop fits, a circle goes on a
 * point of the loop that the rival misses or passes differently.
 */
function generate(rng: Rng, p: ShingokiParams): Instance<ShingokiTruth> {
  const n = p.size;
  for (let attempt = 1; ; attempt++) {
    checkAttempts('shingoki', attempt, 200, p);
    const r = rng.fork(`attempt-${attempt}`);
    const loop = randomLoop(r, n, r.float(0.45, 0.7));
    const order = r.shuffle([...loop.keys()]);
    const shown = new Set(order.slice(0, Math.max(2, Math.round(p.circles * n * n))));
    const problem = (): ShingokiProblem => ({ rows: n, cols: n, circles: [...shown].sort((a, b) => loop[a] - loop[b]).map((k) => circleAt(loop, k)) });
    let found = solveShingokiCsp(problem(), 2, 200_000);
    while (found.solutions > 1 && !found.aborted) {
      const mine = new Set(loop);
      const rival = found.loops.find((l) => l.length !== loop.length || l.some((v) => !mine.has(v))) ?? found.loops[1];
      const rivalAt = new Map(rival.map((v, k) => [v, k]));
      const tells = order.filter((k) => {
        if (shown.has(k)) return false;
        const j = rivalAt.get(loop[k]);
        if (j === undefined) return true;
        const a = circleAt(loop, k);
        const b = circleAt(rival, j);
        return a.black !== b.black || a.value !== b.value;
      });
      if (!tells.length) break;
      shown.add(r.pick(tells));
      found = solveShingokiCsp(problem(), 2, 200_000);
    }
    if (found.solutions !== 1 || found.aborted) continue;
    const prob = problem();
    return build({ ...prob, loop }, { attempts: attempt, circles: prob.circles.length, loopLength: loop.length, searchNodes: found.nodes });
  }
}

function build(t: ShingokiTruth, effort: Record<string, number>): Instance<ShingokiTruth> {
  const n = t.rows;
  const gap = Math.max(52, Math.min(96, Math.floor(440 / (n - 1))));
  const rad = Math.round(gap * 0.3);
  // Labels sit outside the outermost circles, so a circle on the rim never hides one.
  const x0 = rad + 36;
  const y0 = rad + 36;
  const px = (i: number): [number, number] => [x0 + (i % n) * gap, y0 + Math.floor(i / n) * gap];
  const els: Primitive[] = [];
  for (let k = 0; k < n; k++) {
    els.push({ type: 'line', x1: x0, y1: y0 + k * gap, x2: x0 + (n - 1) * gap, y2: y0 + k * gap, stroke: '#c8d0e0', lineWidth: 1.5 });
    els.push({ type: 'line', x1: x0 + k * gap, y1: y0, x2: x0 + k * gap, y2: y0 + (n - 1) * gap, stroke: '#c8d0e0', lineWidth: 1.5 });
    els.push({ type: 'text', id: `col-label-${k}`, x: x0 + k * gap, y: y0 - rad - 14, text: String(k), size: 15, align: 'center', baseline: 'middle', fill: '#777777' });
    els.push({ type: 'text', id: `row-label-${k}`, x: x0 - rad - 14, y: y0 + k * gap, text: String(k), size: 15, align: 'center', baseline: 'middle', fill: '#777777' });
  }
  for (let i = 0; i < n * n; i++) els.push({ type: 'circle', cx: px(i)[0], cy: px(i)[1], r: 3.5, fill: '#24408e' });
  for (const c of t.circles) {
    const [x, y] = px(c.at);
    els.push({ type: 'group', id: `circle-${c.at}`, children: [
      { type: 'circle', cx: x, cy: y, r: rad, fill: c.black ? '#151515' : '#ffffff', stroke: INK, lineWidth: 2.5 },
      { type: 'text', x, y: y + 1, text: String(c.value), size: Math.round(rad * 1.05), weight: 'bold', align: 'center', baseline: 'middle', fill: c.black ? '#ffffff' : INK },
    ] });
  }
  const rules =
    'Draw one closed loop along the lattice lines, from point to point between side-by-side points, never crossing or touching itself. The loop passes through every circle: straight through a white circle, turning 90° at a black circle. The number in a circle is the sum of the lengths (in steps between points) of the two straight lines leaving it, each measured up to the next turn.';
  const format = `Points are named (row, column), counted from (0,0) at the top left (the grey numbers). Answer with the loop's segments, each joining two side-by-side points, separated by spaces, inside <answer></answer>, for example <answer>(0,0)-(0,1) (0,1)-(1,1) (1,1)-(1,0) (1,0)-(0,0)</answer>; listing the loop's points in order, (0,0) (0,1) (1,1) (1,0), is accepted too.`;
  const circleText = t.circles.map((c) => `${c.black ? 'black' : 'white'} ${c.value} at (${Math.floor(c.at / n)},${c.at % n})`).join('; ');
  const edgeText = (a: number, b: number) => `(${Math.floor(a / n)},${a % n})-(${Math.floor(b / n)},${b % n})`;
  return {
    question: `The image shows a shingoki puzzle on a ${n}×${n} lattice of points. ${rules} ${format}`,
    textOnly: `A shingoki puzzle on a ${n}×${n} lattice of points, rows and columns counted from 0 at the top left. Circles: ${circleText}. ${rules} ${format}`,
    scene: { kind: 'canvas', width: x0 + (n - 1) * gap + rad + 12, height: y0 + (n - 1) * gap + rad + 12, background: '#ffffff', elements: els },
    answer: t.loop.map((v, k) => edgeText(v, t.loop[(k + 1) % t.loop.length])).join(' '),
    truth: t,
    evidence: [...t.circles.map((c) => `circle-${c.at}`), ...Array.from({ length: n }, (_, k) => [`row-label-${k}`, `col-label-${k}`]).flat()],
    features: { size: n, ...effort },
    canonical: `shingoki:${n}:${t.circles.map((c) => `${c.at}${c.black ? 'B' : 'W'}${c.value}`).join(',')}`,
  };
}

export const shingoki: TaskDefinition<ShingokiParams, ShingokiTruth> = {
  name: 'shingoki',
  domain: 'puzzle',
  describe: 'Shingoki (one loop through white straights and black turns whose circled numbers are the runs leaving them) with a certified unique loop; answer its segments',
  params: {
    size: { type: 'int', min: 3, max: 9, default: 6, describe: 'points per side of the lattice' },
    circles: { type: 'number', min: 0.04, max: 0.4, default: 0.15, describe: 'circles shown at first, as a share of the points (more are added until the loop is unique)' },
  },
  // MM-HELIX: 3×3 (level 1) to 7×7 points (level 5), circles on 8–22% of the points; ours run 4×4 to 8×8.
  levels: {
    1: { size: 4, circles: 0.08 },
    2: { size: 5, circles: 0.12 },
    3: { size: 6, circles: 0.15 },
    4: { size: 7, circles: 0.18 },
    5: { size: 8, circles: 0.2 },
  },
  generate,
  verifier: 'shingoki',
};
