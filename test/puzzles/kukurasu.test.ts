import { describe, expect, it } from 'vitest';
import { kukurasu, type KukurasuTruth } from '../../generators/puzzles/kukurasu/index.js';
import { solveKukurasu } from '../../generators/puzzles/kukurasu/solver.js';
import { expectRandomCorruptionsFail, expectRejectsAdversarial, make, score, setCell } from './grid-logic-b-helpers.js';

const PER_LEVEL = process.env.VERIFORGE_SLOW ? 100 : 20;

/** Every shading by plain enumeration: each row's 0/1 patterns with its sum, every combination, then the column sums. */
function bruteForce(t: KukurasuTruth): string[] {
  const n = t.cols;
  const patterns = Array.from({ length: 1 << n }, (_, m) => Array.from({ length: n }, (_, c) => (m >> c) & 1));
  const options = t.rowClues.map((k) => patterns.filter((row) => row.reduce((s, v, c) => s + v * (c + 1), 0) === k));
  const out: string[] = [];
  const rec = (r: number, acc: number[][]) => {
    if (r === t.rows) {
      if (t.colClues.every((k, c) => acc.reduce((s, row, i) => s + row[c] * (i + 1), 0) === k)) out.push(acc.flat().map((v) => (v ? '#' : '.')).join(''));
      return;
    }
    for (const row of options[r]) rec(r + 1, [...acc, row]);
  };
  rec(0, []);
  return out;
}

describe('kukurasu', () => {
  it('gives the exact known ground truth for a fixed seed', () => {
    const inst = make(kukurasu, 1, 0);
    expect(inst.answer.replace(/\n/g, '')).toBe(inst.truth.solution);
    expect(bruteForce(inst.truth)).toEqual([inst.truth.solution]);
    expect(inst.truth.rowClues).toHaveLength(4);
  });

  it(`levels 1–2: exactly one solution by plain enumeration, equal to the stored one (${PER_LEVEL} items each)`, () => {
    for (const level of [1, 2] as const) for (let i = 0; i < PER_LEVEL; i++) {
      const inst = make(kukurasu, level, i);
      expect(bruteForce(inst.truth)).toEqual([inst.truth.solution]);
    }
  });

  it(`levels 3–5: the transposed puzzle (columns searched as rows) has one solution too, the stored one`, () => {
    for (const level of [3, 4, 5] as const) for (let i = 0; i < PER_LEVEL; i++) {
      const t = make(kukurasu, level, i).truth;
      const tr = solveKukurasu({ rows: t.cols, cols: t.rows, rowClues: t.colClues, colClues: t.rowClues }, 2);
      expect(tr.solutions).toBe(1);
      const n = t.rows;
      const back = Array.from({ length: n * n }, (_, i) => (tr.first![i % n] & (1 << Math.floor(i / n)) ? '#' : '.')).join('');
      expect(back).toBe(t.solution);
    }
  });

  it('rejects corrupted, rule-breaking, stuffed and echoed answers', () => {
    const inst = make(kukurasu, 3, 2);
    const n = inst.truth.cols;
    const on = inst.truth.solution.indexOf('#');
    const off = inst.truth.solution.indexOf('.');
    const removed = setCell(inst.answer, Math.floor(on / n), on % n, '.');
    const added = setCell(inst.answer, Math.floor(off / n), off % n, '#');
    expectRejectsAdversarial('kukurasu', inst, [removed, added, inst.answer.replace(/#/g, '.'), inst.answer.replace(/\./g, '#')]);
    expect(score('kukurasu', `<answer>${removed}</answer>`, inst.truth).parts?.cells).toBeCloseTo(1 - 1 / (n * n));
    expect(score('kukurasu', `<answer>${inst.answer.replace(/#/g, 'x').replace(/\./g, 'o')}</answer>`, inst.truth).score).toBe(1);
    expectRandomCorruptionsFail('kukurasu', inst, '#.', (s) => s === inst.truth.solution);
  });
});
