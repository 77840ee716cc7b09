import { describe, expect, it } from 'vitest';
import { Rng } from '../../core/rng.js';
import { searchQueens } from '../../generators/puzzles/n-queens/solver.js';
import type { NQueensTruth } from '../../generators/puzzles/n-queens/index.js';
import { makeItem, score, tagged } from './games-helpers.js';

/** Independent check: every permutation of columns (one queen per row), filtered by the diagonals and fixed rows. */
function bruteCompletions(n: number, fixed: number[]): number[][] {
  const out: number[][] = [];
  const perm = (prefix: number[], rest: number[]) => {
    if (!rest.length) {
      const ok = prefix.every((c, r) => (fixed[r] < 0 || fixed[r] === c) && prefix.every((c2, r2) => r2 === r || Math.abs(c - c2) !== Math.abs(r - r2)));
      if (ok) out.push(prefix);
      return;
    }
    rest.forEach((c, i) => perm([...prefix, c], [...rest.slice(0, i), ...rest.slice(i + 1)]));
  };
  perm([], [...Array(n).keys()]);
  return out;
}

const name = (cols: number[]) => cols.map((c, r) => `${String.fromCharCode(65 + c)}${r + 1}`);

describe('n-queens solver', () => {
  it('counts the known totals and matches brute force with fixed queens', () => {
    expect(searchQueens(6, Array(6).fill(-1), 1000).count).toBe(4);
    expect(searchQueens(8, Array(8).fill(-1), 1000).count).toBe(92);
    const rng = new Rng('nq-brute');
    for (let k = 0; k < 30; k++) {
      const n = rng.int(4, 7);
      const fixed = Array(n).fill(-1);
      fixed[rng.int(0, n - 1)] = rng.int(0, n - 1);
      fixed[rng.int(0, n - 1)] = rng.int(0, n - 1);
      expect(searchQueens(n, fixed, 10_000).count).toBe(bruteCompletions(n, fixed).length);
    }
  });
});

describe('n-queens task', () => {
  it('gives exact ground truth on a known seed', () => {
    const a = makeItem<NQueensTruth>('n-queens', 'known', 3);
    expect(a.truth.given).toEqual([[1, 3], [2, 0], [4, 5]]);
    expect(a.truth.completions).toBe(1);
    expect(a.answer).toBe('H1, D2, A3, C4, F5, B6, G7, E8');
  });

  it('accepts every completion, listed in full or only the new queens, in any order or form', () => {
    const a = makeItem<NQueensTruth>('n-queens', 'many', 3, { preplaced: 1 });
    const n = a.truth.size;
    const fixed = Array(n).fill(-1);
    for (const [r, c] of a.truth.given) fixed[r] = c;
    const all = bruteCompletions(n, fixed);
    expect(all.length).toBe(a.truth.completions);
    expect(all.length).toBeGreaterThan(1);
    for (const cols of all) {
      const cells = name(cols);
      expect(score('n-queens', tagged(cells.reverse().join(' ')), a.truth).score).toBe(1);
      const fresh = cols.map((c, r) => (fixed[r] < 0 ? `r${r + 1}c${c + 1}` : '')).filter(Boolean);
      expect(score('n-queens', tagged(`queens at ${fresh.join(' and ')}`), a.truth).score).toBe(1);
    }
  });

  it('scores attacking, moved, incomplete, stuffed and echoed answers below 1', () => {
    const a = makeItem<NQueensTruth>('n-queens', 'bad', 3);
    const cells = a.answer.split(', ');
    const v = score('n-queens', tagged(cells.slice(0, -1).join(', ')), a.truth, { partialCredit: true });
    expect(v.score).toBeGreaterThan(0);
    expect(v.score).toBeLessThan(1);
    // Move a non-given queen to share a column with another.
    const [gr] = a.truth.given[0];
    const r = [...Array(8).keys()].find((x) => !a.truth.given.some(([q]) => q === x) && x !== gr)!;
    const moved = cells.map((cell, i) => (i === r ? `${cells[gr][0]}${r + 1}` : cell));
    expect(score('n-queens', tagged(moved.join(', ')), a.truth).reason).toMatch(/attack/);
    expect(score('n-queens', tagged(`${a.answer}, ${a.answer}`), a.truth).reason).toMatch(/twice/);
    expect(score('n-queens', tagged(`${a.answer} or A1`), a.truth).score).toBe(0);
    expect(score('n-queens', a.question, a.truth).score).toBe(0);
  });

  it('rejects a full valid board that moves a pre-placed queen', () => {
    const a = makeItem<NQueensTruth>('n-queens', 'moved-given', 3);
    const fixed = Array(8).fill(-1);
    const others = bruteCompletions(8, fixed).filter((cols) => a.truth.given.some(([r, c]) => cols[r] !== c));
    expect(others.length).toBeGreaterThan(0);
    for (const cols of others.slice(0, 20)) expect(score('n-queens', tagged(name(cols).join(', ')), a.truth).score).toBe(0);
  });
});
