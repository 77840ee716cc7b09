import { AnswerError } from '../graphs/parse.js';
import type { VerifierDefinition } from '../registry.js';

interface Circle {
  at: number;
  black: boolean;
  value: number;
}

interface ShingokiTruth {
  rows: number;
  cols: number;
  circles: Circle[];
  loop: number[];
}

function checkTruth(t: unknown): string | undefined {
  const x = t as ShingokiTruth;
  if (!x || typeof x !== 'object') return 'truth must be an object';
  if (!Number.isInteger(x.rows) || !Number.isInteger(x.cols) || x.rows < 2 || x.cols < 2 || x.rows * x.cols > 400) return 'rows and cols must be integers from 2 (at most 400 points)';
  const V = x.rows * x.cols;
  const point = (v: unknown) => Number.isInteger(v) && (v as number) >= 0 && (v as number) < V;
  if (!Array.isArray(x.circles) || !x.circles.length || !x.circles.every((c) => c && point(c.at) && typeof c.black === 'boolean' && Number.isInteger(c.value) && c.value >= 2)) return 'circles must list {at, black, value ≥ 2}';
  if (!Array.isArray(x.loop) || x.loop.length < 4 || !x.loop.every(point)) return 'loop must list at least 4 points';
  return undefined;
}

const PAIR = /\(\s*(\d{1,3})\s*,\s*(\d{1,3})\s*\)/g;
const SEGMENT = /\(\s*\d{1,3}\s*,\s*\d{1,3}\s*\)\s*[-–—]\s*\(\s*\d{1,3}\s*,\s*\d{1,3}\s*\)/g;

/**
 * The loop's edges from "(r,c)-(r,c) ..." segments (MM-HELIX's form) or from its points in order
 * "(r,c) (r,c) ..." (closed back to the first); nothing but pairs, dashes, arrows, commas and
 * brackets may appear, so prose or a second answer never slips through.
 */
export function parseLoopEdges(text: string, rows: number, cols: number): [number, number][] {
  const bare = (s: string) => s.replace(/^\s*(?:segments|loop|edges|points)?\s*[:=]?/i, '').replace(/[\s,;[\]{}]|->|→|[-–—]/g, '');
  const segments = text.match(SEGMENT) ?? [];
  const pairs = [...text.matchAll(PAIR)].map((m) => [Number(m[1]), Number(m[2])]);
  if (!pairs.length) throw new AnswerError('no points such as (0,1) found');
  if (bare(text.replace(PAIR, '')) !== '') throw new AnswerError(`unexpected text "${bare(text.replace(PAIR, '')).slice(0, 20)}" between the points`);
  if (pairs.length > 4 * rows * cols) throw new AnswerError('more points than the lattice can hold');
  for (const [r, c] of pairs) if (r >= rows || c >= cols) throw new AnswerError(`(${r},${c}) is off the ${rows}×${cols} lattice`);
  const id = ([r, c]: number[]) => r * cols + c;
  if (segments.length * 2 === pairs.length && bare(text.replace(SEGMENT, '')) === '') {
    return Array.from({ length: segments.length }, (_, k) => [id(pairs[2 * k]), id(pairs[2 * k + 1])]);
  }
  const pts = pairs.map(id);
  if (pts.length > 1 && pts[pts.length - 1] === pts[0]) pts.pop();
  return pts.map((v, k) => [v, pts[(k + 1) % pts.length]]);
}

/**
 * Checks the loop rules on the answered edges: side-by-side points, no edge twice, every point met
 * 0 or 2 times, one closed loop, and every circle passed as its colour says with its number of
 * steps on the two straight runs leaving it. parts.edges = overlap with the unique loop's edges
 * (intersection over union).
 */
export const shingokiVerifier: VerifierDefinition<ShingokiTruth> = {
  name: 'shingoki',
  describe: 'shingoki loop (segments or points): one simple closed loop through every circle, straight at white, turning at black, runs summing to the number',
  tasks: ['shingoki'],
  checkTruth,
  judge(answer, t) {
    const { rows, cols } = t;
    let edges: [number, number][];
    try {
      edges = parseLoopEdges(answer, rows, cols);
    } catch (e) {
      if (e instanceof AnswerError) return { correct: false, reason: e.message, parts: { edges: 0 } };
      throw e;
    }
    const key = (a: number, b: number) => (a < b ? `${a}-${b}` : `${b}-${a}`);
    const truthEdges = new Set(t.loop.map((v, k) => key(v, t.loop[(k + 1) % t.loop.length])));
    const keys = new Set(edges.map(([a, b]) => key(a, b)));
    const shared = [...keys].filter((k) => truthEdges.has(k)).length;
    const parts = { edges: shared / (keys.size + truthEdges.size - shared) };
    const name = (v: number) => `(${Math.floor(v / cols)},${v % cols})`;
    const fail = (reason: string) => ({ correct: false, reason, parts, partial: parts.edges, parsed: [...keys].join(' ') });
    if (keys.size !== edges.length) return fail('an edge is listed twice');
    const adj = new Map<number, number[]>();
    for (const [a, b] of edges) {
      const side = Math.abs(a - b) === cols || (Math.abs(a - b) === 1 && Math.floor(a / cols) === Math.floor(b / cols));
      if (!side) return fail(`${name(a)} and ${name(b)} are not side by side`);
      adj.set(a, [...(adj.get(a) ?? []), b]);
      adj.set(b, [...(adj.get(b) ?? []), a]);
    }
    for (const [v, nb] of adj) if (nb.length !== 2) return fail(`the loop meets ${name(v)} ${nb.length} times; a loop passes a point once`);
    const start = edges[0][0];
    const loop = [start];
    for (let prev = -1, cur = start; ; ) {
      const next = adj.get(cur)!.find((v) => v !== prev)!;
      if (next === start) break;
      loop.push(next);
      [prev, cur] = [cur, next];
    }
    if (loop.length !== adj.size) return fail('the edges form more than one loop');
    const L = loop.length;
    const pos = new Map(loop.map((v, k) => [v, k]));
    const dir = (k: number) => loop[(((k + 1) % L) + L) % L] - loop[((k % L) + L) % L];
    for (const c of t.circles) {
      const k = pos.get(c.at);
      if (k === undefined) return fail(`the loop misses the circle at ${name(c.at)}`);
      const turns = dir(k) !== dir(k - 1);
      if (turns !== c.black) return fail(`the loop ${turns ? 'turns at the white' : 'goes straight through the black'} circle at ${name(c.at)}`);
      let fwd = 1;
      while (dir(k + fwd) === dir(k)) fwd++;
      let back = 1;
      while (dir(k - 1 - back) === dir(k - 1)) back++;
      if (fwd + back !== c.value) return fail(`the straight runs leaving ${name(c.at)} add up to ${fwd + back}; the circle says ${c.value}`);
    }
    return { correct: true, reason: `one loop of ${L} steps meeting every circle`, parts, parsed: [...keys].join(' ') };
  },
};
