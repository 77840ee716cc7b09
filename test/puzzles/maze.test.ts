import { describe, expect, it } from 'vitest';
import { resolveParams } from '../../core/params.js';
import { deriveSeed, Rng } from '../../core/rng.js';
import { LEVELS, type Level } from '../../core/task.js';
import { bfs, DIRS } from '../../generators/puzzles/maze/grid.js';
import { maze, type MazeTruth } from '../../generators/puzzles/maze/index.js';
import { verify } from '../../verifiers/index.js';
import { parseMoves } from '../../verifiers/puzzles/maze.js';

const make = (seed: number | string, level: Level, i = 0, params: Record<string, unknown> = {}) =>
  maze.generate(new Rng(deriveSeed(seed, 'maze', i)), resolveParams(maze.params, params, 'params', maze.levels[level]));
const judge = (moves: string, t: MazeTruth, opts = {}) => verify('maze', `<answer>${moves}</answer>`, t, opts);
const openAt = (t: MazeTruth, r: number, c: number) => parseInt(t.open[r * t.width + c], 16);

/** Walks `moves` from the start; returns the end cell, or null at the first wall. */
function walk(t: MazeTruth, moves: string): [number, number] | null {
  let [r, c] = t.start;
  for (const m of moves) {
    const d = DIRS.find((x) => x.letter === m)!;
    if (!(openAt(t, r, c) & d.bit)) return null;
    r += d.dr;
    c += d.dc;
  }
  return [r, c];
}

describe('maze generator', () => {
  it('gives the known maze and path for seed 7, item 0, level 2', () => {
    const inst = make(7, 2);
    expect(inst.truth.open).toBe('2ec2eaac697a92e95456ac545793c539516a956c56b84395554696c53b93a939');
    expect(inst.truth.start).toEqual([7, 0]);
    expect(inst.truth.goal).toEqual([2, 7]);
    expect(inst.answer).toBe('UUUUUURURDRRURRRDLDDRU');
  });

  it('walls are symmetric, the maze is connected, and the stored path is a shortest one', () => {
    for (const level of LEVELS) {
      const { truth: t, answer, features } = make('sym', level);
      const open = Uint8Array.from([...t.open].map((h) => parseInt(h, 16)));
      for (let i = 0; i < open.length; i++) {
        const r = Math.floor(i / t.width), c = i % t.width;
        for (const d of DIRS) {
          const rr = r + d.dr, cc = c + d.dc;
          const inside = rr >= 0 && rr < t.height && cc >= 0 && cc < t.width;
          if (!inside) expect(open[i] & d.bit).toBe(0);
          else expect(Boolean(open[i] & d.bit)).toBe(Boolean(open[rr * t.width + cc] & d.opposite));
        }
      }
      const { dist } = bfs({ width: t.width, height: t.height, open }, t.start[0] * t.width + t.start[1]);
      expect(dist.every((d) => d >= 0)).toBe(true);
      expect(dist[t.goal[0] * t.width + t.goal[1]]).toBe(answer.length);
      expect(features.shortest).toBe(answer.length);
      expect(walk(t, answer)).toEqual(t.goal);
    }
  });

  it('perfect mazes have no loops; high levels do', () => {
    const edges = (t: MazeTruth) => [...t.open].reduce((s, h) => s + [1, 2, 4, 8].filter((b) => parseInt(h, 16) & b).length, 0) / 2;
    const low = make('loop', 2).truth;
    expect(edges(low)).toBe(low.width * low.height - 1); // a spanning tree
    const high = make('loop', 5).truth;
    expect(edges(high)).toBeGreaterThan(high.width * high.height - 1);
  });
});

describe('maze verifier', () => {
  const inst = make(7, 4);
  const t = inst.truth;
  const best = inst.answer;

  /** The shortest path with a detour: step into a side branch and back. */
  function detour(): string {
    let [r, c] = t.start;
    for (let k = 0; k < best.length; k++) {
      const onPath = DIRS.find((d) => d.letter === best[k])!;
      const side = DIRS.find((d) => d !== onPath && openAt(t, r, c) & d.bit);
      if (side) {
        const back = DIRS.find((d) => d.bit === side.opposite)!;
        return best.slice(0, k) + side.letter + back.letter + best.slice(k);
      }
      r += onPath.dr;
      c += onPath.dc;
    }
    throw new Error('no side branch');
  }

  it('accepts the shortest path in every notation', () => {
    const words = [...best].map((m) => ({ U: 'up', D: 'down', L: 'left', R: 'right' })[m]).join(', ');
    const runs = best.replace(/(.)\1*/g, (run) => `${run[0]}${run.length} `);
    for (const form of [best, best.toLowerCase(), best.split('').join(' '), best.split('').join(', '), words, runs]) {
      const v = judge(form, t);
      expect(v.score, `${form}: ${v.reason}`).toBe(1);
    }
  });

  it('accepts any valid path, and only shortest ones when required', () => {
    const long = detour();
    expect(long.length).toBe(best.length + 2);
    expect(judge(long, t).score).toBe(1);
    const strict = judge(long, t, { requireShortest: true });
    expect(strict.score).toBe(0);
    expect(strict.reason).toMatch(/shortest has/);
    expect(judge(best, t, { requireShortest: true }).score).toBe(1);
    const required = make(7, 4, 0, { requireShortest: true }).truth;
    expect(judge(long, required).score).toBe(0);
  });

  it('rejects 200 corrupted answers', () => {
    const rng = new Rng('maze-corrupt');
    for (let k = 0; k < 200; k++) {
      const x = make('mc', LEVELS[k % 5], k);
      const a = x.answer;
      let bad: string;
      switch (k % 5) {
        case 0: { // a move removed
          const i = rng.int(0, a.length - 1);
          bad = a.slice(0, i) + a.slice(i + 1);
          break;
        }
        case 1: { // a wall crossed: the first move replaced by one into a wall
          const [r, c] = x.truth.start;
          const wall = DIRS.find((d) => !(openAt(x.truth, r, c) & d.bit))!;
          bad = wall.letter + a;
          break;
        }
        case 2: // every direction stuffed in
          bad = 'UDLR'.repeat(a.length);
          break;
        case 3: // stops short of the goal
          bad = a.slice(0, -1);
          break;
        default: // walks past the goal
          bad = a + a[a.length - 1];
      }
      const end = walk(x.truth, bad);
      if (end && end[0] === x.truth.goal[0] && end[1] === x.truth.goal[1]) continue; // a corruption that is still valid
      const v = judge(bad, x.truth);
      expect(v.score, `case ${k % 5}: ${v.reason}`).toBeLessThan(1);
    }
  });

  it('parses moves tolerantly but refuses other text', () => {
    expect(parseMoves('Right, right -> down ↓ L2', 100)).toBe('RRDDLL');
    expect(() => parseMoves('go R then D', 100)).toThrow(/unexpected/);
    expect(() => parseMoves('R999999', 100)).toThrow(/more than 100 moves/);
    expect(judge('', t).score).toBe(0);
  });
});
