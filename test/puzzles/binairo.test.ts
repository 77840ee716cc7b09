import { describe, expect, it } from 'vitest';
import { binairo } from '../../generators/puzzles/binairo/index.js';
import { verify } from '../../verifiers/index.js';
import { expectRejectsCorruptions, expectTolerantForms, make } from './grid-logic-helpers.js';

const alter = (ch: string) => (ch === '0' ? '1' : '0');

/** Rows valid on their own: balanced, no three equal in a row. */
const lineOk = (l: number[]) => l.filter((v) => v === 1).length * 2 === l.length && !l.some((v, i) => i >= 2 && v === l[i - 1] && v === l[i - 2]);

/**
 * Every n×n binairo grid matching `givens`, by row-by-row enumeration of valid rows with a
 * column check at the end of each row (independent of the generator's solver).
 */
function bruteForce(n: number, givens: string): string[] {
  const rows: number[][] = [];
  for (let m = 0; m < 1 << n; m++) {
    const row = Array.from({ length: n }, (_, c) => (m >> (n - 1 - c)) & 1);
    if (lineOk(row)) rows.push(row);
  }
  const out: string[] = [];
  const grid: number[][] = [];
  const colsOk = (final: boolean) => {
    for (let c = 0; c < n; c++) {
      const col = grid.map((r) => r[c]);
      if (col.filter((v) => v === 1).length > n / 2 || col.filter((v) => v === 0).length > n / 2) return false;
      if (col.some((v, i) => i >= 2 && v === col[i - 1] && v === col[i - 2])) return false;
    }
    if (!final) return true;
    const cols = Array.from({ length: n }, (_, c) => grid.map((r) => r[c]).join(''));
    return new Set(cols).size === n && new Set(grid.map((r) => r.join(''))).size === n;
  };
  const rec = (r: number) => {
    if (r === n) return void out.push(grid.map((x) => x.join('')).join(''));
    for (const row of rows) {
      if (row.some((v, c) => givens[r * n + c] !== '.' && Number(givens[r * n + c]) !== v)) continue;
      grid.push(row);
      if (colsOk(r === n - 1)) rec(r + 1);
      grid.pop();
    }
  };
  rec(0);
  return out;
}

describe('binairo', () => {
  it('gives the exact known ground truth for a fixed seed', () => {
    const inst = make(binairo, 'binairo-known', {}, 1);
    expect(inst.answer).toBe(KNOWN);
    expect([...inst.truth.givens].every((g, i) => g === '.' || g === inst.truth.solution[i])).toBe(true);
  });

  it('certifies uniqueness: an independent brute force finds exactly the answer (4×4 and 6×6)', () => {
    for (let s = 0; s < 12; s++) {
      const n = s % 3 ? 6 : 4;
      const t = make(binairo, `brute-${s}`, { size: n, givens: s % 2 ? 0.1 : 0.3 }).truth;
      expect(bruteForce(n, t.givens)).toEqual([t.solution]);
    }
  });

  it('rejects corrupted answers, stuffed grids, partial grids and echoes', () => {
    const inst = make(binairo, 'binairo-adv', {}, 1);
    expectRejectsCorruptions('binairo', inst, alter);
    // A grid obeying every rule except one: two identical rows (swap-free check through the rules).
    const t = { size: 4, givens: '.'.repeat(16), solution: '0011010110101100' };
    expect(verify('binairo', '<answer>0011\n0101\n1010\n1100</answer>', t).score).toBe(1);
    expect(verify('binairo', '<answer>0011\n0011\n1100\n1100</answer>', t).reason).toMatch(/identical/);
    expect(verify('binairo', '<answer>0001\n0101\n1010\n1100</answer>', t).reason).toMatch(/ones/);
  });

  it('accepts tolerant answer forms', () => {
    const inst = make(binairo, 'binairo-tol', {}, 3);
    expectTolerantForms('binairo', inst, [inst.answer.replace(/0/g, 'O')]);
  });

  it('measures solver effort: level 5 needs more search than level 1', () => {
    const avg = (level: 1 | 5) => {
      let s = 0;
      for (let i = 0; i < 3; i++) s += make(binairo, `eff-${i}`, {}, level).features.searchNodes;
      return s / 3;
    };
    expect(avg(5)).toBeGreaterThan(avg(1));
  });
});

const KNOWN = '100110\n001011\n110100\n011010\n101001\n010101';
