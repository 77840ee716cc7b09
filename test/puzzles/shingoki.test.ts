import { describe, expect, it } from 'vitest';
import { shingoki, type ShingokiTruth } from '../../generators/puzzles/shingoki/index.js';
import { solveShingokiCsp } from '../../generators/puzzles/shingoki/model.js';
import { canonical, loopBreaks, loopShape, solveShingoki } from '../../generators/puzzles/shingoki/solver.js';
import { make, score } from './grid-logic-b-helpers.js';
import { withPerception } from '../../generators/puzzles/perceive.js';

const PER_LEVEL = process.env.VERIFORGE_SLOW ? 100 : 20;
const pt = (t: ShingokiTruth, v: number) => `(${Math.floor(v / t.cols)},${v % t.cols})`;

describe('shingoki', () => {
  it('gives the exact known ground truth for a fixed seed', () => {
    const inst = make(shingoki, 1, 0);
    expect(inst.answer).toBe('(0,2)-(0,3) (0,3)-(1,3) (1,3)-(2,3) (2,3)-(3,3) (3,3)-(3,2) (3,2)-(2,2) (2,2)-(2,1) (2,1)-(2,0) (2,0)-(1,0) (1,0)-(1,1) (1,1)-(1,2) (1,2)-(0,2)');
    expect(inst.truth.circles).toEqual([
      { at: 2, black: true, value: 2 },
      { at: 8, black: true, value: 3 },
      { at: 10, black: true, value: 3 },
      { at: 15, black: true, value: 4 },
    ]);
    expect(solveShingoki(inst.truth, 2).loops.map(canonical)).toEqual([canonical(inst.truth.loop)]);
  });

  it(`levels 1–3: the path search along the loop (not the generator's edge model) finds exactly the stored loop (${PER_LEVEL} items each)`, () => {
    for (const level of [1, 2, 3] as const) for (let i = 0; i < PER_LEVEL; i++) {
      const t = make(shingoki, level, i).truth;
      const res = solveShingoki(t, 2);
      expect(res.aborted, `level ${level} #${i}`).toBe(false);
      expect(res.loops.map(canonical), `level ${level} #${i}`).toEqual([canonical(t.loop)]);
    }
  });

  const SLOW = !!process.env.VERIFORGE_SLOW;
  const perLevel45 = SLOW ? 100 : 10;
  /** The path search is slow on 8×8 lattices (seconds an item): 2 level-4 items by default; with VERIFORGE_SLOW every level-4 item and 10 at level 5. */
  const pathChecked = (level: number, i: number) => (level === 4 ? SLOW || i < 2 : SLOW && i < 10);
  it(`levels 4–5 (${perLevel45} items each): the stored loop keeps every rule, the transposed puzzle is unique too, and on some the path search agrees`, { timeout: SLOW ? 1_800_000 : 120_000 }, () => {
    for (const level of [4, 5] as const) for (let i = 0; i < perLevel45; i++) {
      const t = make(shingoki, level, i).truth;
      const n = t.rows;
      expect(loopBreaks(t, t.loop)).toBeUndefined();
      const tr = (v: number) => (v % n) * n + Math.floor(v / n);
      const back = solveShingokiCsp({ rows: n, cols: n, circles: t.circles.map((c) => ({ ...c, at: tr(c.at) })) }, 2);
      expect(back.solutions).toBe(1);
      expect(canonical(back.loops[0].map(tr))).toBe(canonical(t.loop));
      if (pathChecked(level, i)) expect(solveShingoki(t, 2, 50_000_000).loops.map(canonical), `level ${level} #${i}`).toEqual([canonical(t.loop)]);
    }
  });

  it('accepts segments in any order and direction, and the points in order; rejects broken loops, stuffed and echoed answers', () => {
    const inst = make(shingoki, 3, 2);
    const t = inst.truth;
    const segs = inst.answer.split(' ');
    const flipped = segs.map((s) => s.split('-').reverse().join('-'));
    const points = t.loop.map((v) => pt(t, v));
    for (const ok of [[...segs].reverse().join(' '), flipped.join(', '), points.join(' '), [...points, points[0]].join(' -> '), points.slice().reverse().join(', '), `Segments: ${segs.join('\n')}`]) {
      expect(score('shingoki', `<answer>${ok}</answer>`, t).score, ok).toBe(1);
    }
    const bad = [
      segs.slice(1).join(' '), // open chain
      [...segs, segs[0]].join(' '), // an edge twice
      points.slice(0, -1).join(' '), // short cut across
      `${segs.join(' ')} (0,0)-(0,1)`,
      `${inst.answer} or ${inst.answer}`,
      `${inst.answer}\n${inst.answer}`,
      '(0,0)-(0,1) (0,1)-(1,1) (1,1)-(1,0) (1,0)-(0,0)',
      '(0,0)-(1,1)',
      '(0,0)-(0,99)',
      '',
    ];
    for (const b of bad) expect(score('shingoki', `<answer>${b}</answer>`, t).score, b).toBe(0);
    expect(score('shingoki', inst.question, t).score).toBe(0);
    expect(score('shingoki', `<answer>${inst.textOnly}</answer>`, t).score).toBe(0);
    expect(score('shingoki', `<answer>${segs.slice(1).join(' ')}</answer>`, t).parts?.edges).toBeCloseTo((segs.length - 1) / segs.length);
  });

  it('refuses a loop that breaks a circle: turning at white, straight at black, a wrong run sum', () => {
    // A 3×3 square loop around a 3×3 lattice: corners turn, edge midpoints go straight, every run is 2.
    const square = [0, 1, 2, 5, 8, 7, 6, 3];
    const base: ShingokiTruth = { rows: 3, cols: 3, circles: [{ at: 0, black: true, value: 4 }], loop: square };
    const ans = `<answer>${square.map((v) => `(${Math.floor(v / 3)},${v % 3})`).join(' ')}</answer>`;
    expect(score('shingoki', ans, base).score).toBe(1);
    expect(score('shingoki', ans, { ...base, circles: [{ at: 0, black: false, value: 4 }] }).reason).toMatch(/turns at the white/);
    expect(score('shingoki', ans, { ...base, circles: [{ at: 1, black: true, value: 2 }] }).reason).toMatch(/straight through the black/);
    expect(score('shingoki', ans, { ...base, circles: [{ at: 1, black: false, value: 3 }] }).reason).toMatch(/add up to 2/);
  });

  it('perceive mode: each transcribed circle is how the certified loop passes that point', () => {
    const seen = make(withPerception(shingoki), 3, 4, { mode: 'perceive' });
    const t = make(shingoki, 3, 4).truth;
    const cells = (seen.truth as unknown as { perceive: { cells: string[] } }).perceive.cells;
    const shape = loopShape(t.loop);
    cells.forEach((c, i) => {
      if (c === '.') return;
      const s = shape[t.loop.indexOf(i)];
      expect(c).toBe(`${s.turn ? 'B' : 'W'}${s.runs[0] + s.runs[1]}`);
    });
    expect(cells.filter((c) => c !== '.').length).toBe(t.circles.length);
  });
});
