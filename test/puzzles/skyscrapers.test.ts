import { describe, expect, it } from 'vitest';
import { skyscrapers, visible } from '../../generators/puzzles/skyscrapers/index.js';
import { verify } from '../../verifiers/index.js';
import { allLatinSquares, expectRejectsCorruptions, expectTolerantForms, make } from './grid-logic-helpers.js';

const LATIN4 = allLatinSquares(4);
const alter = (ch: string) => String((Number(ch) % 4) + 1);

/** Visible counts of a grid from all four sides, computed directly (not through the generator's tables). */
function sides(g: number[], n: number) {
  const row = (r: number) => g.slice(r * n, (r + 1) * n);
  const col = (c: number) => Array.from({ length: n }, (_, r) => g[r * n + c]);
  const count = (line: number[]) => line.reduce<[number, number]>(([seen, top], h) => (h > top ? [seen + 1, h] : [seen, top]), [0, 0])[0];
  const ks = [...Array(n).keys()];
  return {
    top: ks.map((c) => count(col(c))),
    bottom: ks.map((c) => count(col(c).reverse())),
    left: ks.map((r) => count(row(r))),
    right: ks.map((r) => count(row(r).reverse())),
  };
}

const SIDES4 = LATIN4.map((g) => sides(g, 4));

describe('skyscrapers', () => {
  it('counts visible towers', () => {
    expect(visible([1, 2, 3, 4])).toBe(4);
    expect(visible([4, 1, 2, 3])).toBe(1);
    expect(visible([2, 1, 4, 3])).toBe(2);
  });

  it('gives the exact known ground truth for a fixed seed', () => {
    const inst = make(skyscrapers, 'skyscrapers-known', { size: 4 });
    expect(inst.answer).toBe(KNOWN);
    const s = sides([...inst.truth.solution].map(Number), 4);
    // Every clue shown is the true visible count.
    for (const side of ['top', 'bottom', 'left', 'right'] as const) inst.truth[side].forEach((v, k) => v && expect(v).toBe(s[side][k]));
  });

  it('certifies uniqueness: an independent brute force over all 576 4×4 Latin squares finds exactly the answer', () => {
    for (let s = 0; s < 25; s++) {
      const inst = make(skyscrapers, `brute-${s}`, { size: 4, clues: s % 2 ? 0.3 : 0.6 });
      const t = inst.truth;
      const fits = LATIN4.filter((g, gi) => {
        const v = SIDES4[gi];
        const cluesOk = (['top', 'bottom', 'left', 'right'] as const).every((side) => t[side].every((c, k) => !c || c === v[side][k]));
        return cluesOk && [...t.givens].every((d, i) => d === '0' || Number(d) === g[i]);
      });
      expect(fits.map((g) => g.join(''))).toEqual([t.solution]);
    }
  });

  it('rejects corrupted answers, stuffed grids, partial grids and echoes', () => {
    const inst = make(skyscrapers, 'skyscrapers-adv', { size: 4 });
    expectRejectsCorruptions('skyscrapers', inst, alter);
    const t = inst.truth;
    const wrong = LATIN4.find((g) => g.join('') !== t.solution && [...t.givens].every((d, i) => d === '0' || Number(d) === g[i]))!;
    const v = verify('skyscrapers', `<answer>${wrong.join('')}</answer>`, t);
    expect(v.score).toBe(0);
    expect(v.reason).toMatch(/clue|given/);
  });

  it('accepts tolerant answer forms', () => {
    expectTolerantForms('skyscrapers', make(skyscrapers, 'skyscrapers-tol', {}, 3));
  });

  it('without givens retries grids until the border clues alone are unique', () => {
    for (let s = 0; s < 5; s++) {
      const inst = make(skyscrapers, `nogiv-${s}`, { size: 5, allowGivens: false });
      expect(inst.truth.givens).toBe('0'.repeat(25));
      expect(inst.features.givens).toBe(0);
    }
  });

  it('measures solver effort: harder levels need more search', () => {
    const avg = (level: 1 | 5, key: string) => {
      let s = 0;
      for (let i = 0; i < 4; i++) s += make(skyscrapers, `eff-${i}`, {}, level).features[key];
      return s / 4;
    };
    expect(avg(5, 'forcedShare')).toBeLessThan(avg(1, 'forcedShare'));
  });
});

const KNOWN = '1234\n4321\n2143\n3412';
