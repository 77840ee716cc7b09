import { describe, expect, it } from 'vitest';
import { movesOf, snake, type SnakeTruth } from '../../generators/puzzles/snake/index.js';
import { solveSnake } from '../../generators/puzzles/snake/solver.js';
import { make, score } from './grid-logic-b-helpers.js';

const PER_LEVEL = process.env.VERIFORGE_SLOW ? 100 : 20;

/** Every snake by plain search: all non-touching simple paths S→E (no count pruning), then filtered by the counts. */
function bruteForce(t: SnakeTruth): string[] {
  const n = t.cols;
  const out: string[] = [];
  const on = new Set<number>([t.start]);
  const path = [t.start];
  const nb = (i: number) => [i - n, i + n, i % n ? i - 1 : -1, i % n < n - 1 ? i + 1 : -1].filter((j) => j >= 0 && j < n * n);
  const rec = (cur: number) => {
    if (cur === t.end) {
      const ok = t.rowCounts.every((k, r) => path.filter((i) => Math.floor(i / n) === r).length === k) && t.colCounts.every((k, c) => path.filter((i) => i % n === c).length === k) && t.hints.every((h) => on.has(h));
      if (ok) out.push(movesOf(path, n));
      return;
    }
    for (const nx of nb(cur)) {
      if (on.has(nx) || nb(nx).some((k) => k !== cur && on.has(k))) continue;
      on.add(nx);
      path.push(nx);
      rec(nx);
      path.pop();
      on.delete(nx);
    }
  };
  rec(t.start);
  return out;
}

describe('snake', () => {
  it(`level 1: exactly one snake by plain search (${PER_LEVEL} items), equal to the stored one`, () => {
    for (let i = 0; i < PER_LEVEL; i++) {
      const inst = make(snake, 1, i);
      expect(bruteForce(inst.truth)).toEqual([inst.answer]);
    }
  });

  it(`levels 2–5: searching from E instead of S also finds exactly the stored snake (${PER_LEVEL} items each)`, () => {
    for (const level of [2, 3, 4, 5] as const) for (let i = 0; i < PER_LEVEL; i++) {
      const t = make(snake, level, i).truth;
      const back = solveSnake({ ...t, start: t.end, end: t.start }, 2);
      expect(back.exhausted).toBe(false);
      expect(back.solutions).toBe(1);
      expect(back.paths[0].slice().reverse()).toEqual(t.path);
    }
  });

  it('accepts tolerant forms; rejects wrong, touching, short, stuffed and echoed answers', () => {
    const inst = make(snake, 3, 4);
    const t = inst.truth;
    const words: Record<string, string> = { U: 'up', D: 'down', L: 'left', R: 'right' };
    for (const ok of [[...inst.answer].join(' '), [...inst.answer].join(', '), [...inst.answer].map((m) => words[m]).join(' '), inst.answer.toLowerCase()]) {
      expect(score('snake', `<answer>${ok}</answer>`, t).score, ok).toBe(1);
    }
    const flip: Record<string, string> = { U: 'D', D: 'U', L: 'R', R: 'L' };
    const bad = [
      inst.answer.slice(0, -1),
      `${inst.answer}${inst.answer.slice(-1)}`,
      flip[inst.answer[0]] + inst.answer.slice(1),
      [...inst.answer].reverse().join(''),
      `${inst.answer} or ${inst.answer}`,
      'R'.repeat(50),
      '',
    ];
    for (const b of bad) expect(score('snake', `<answer>${b}</answer>`, t).score, b).toBe(0);
    expect(score('snake', inst.question, t).score).toBe(0);
    expect(score('snake', `<answer>${inst.textOnly}</answer>`, t).score).toBe(0);
    const part = score('snake', `<answer>${inst.answer.slice(0, -3)}</answer>`, t);
    expect(part.parts?.cells).toBeCloseTo((t.path.length - 3) / t.path.length);
  });

  it('refuses a snake that touches itself even when the counts fit', () => {
    // 3×3, S top-left, E bottom-left: R D L D would touch S at the second step's neighbour.
    const t: SnakeTruth = { rows: 3, cols: 3, start: 0, end: 6, rowCounts: [2, 2, 1], colCounts: [3, 2, 0], hints: [], path: [0, 1, 4, 3, 6] };
    expect(score('snake', '<answer>RDLD</answer>', t).reason).toMatch(/touch/);
  });
});
