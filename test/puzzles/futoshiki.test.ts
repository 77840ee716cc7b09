import { describe, expect, it } from 'vitest';
import { futoshiki } from '../../generators/puzzles/futoshiki/index.js';
import { verify } from '../../verifiers/index.js';
import { allLatinSquares, expectRejectsCorruptions, expectTolerantForms, make } from './grid-logic-helpers.js';

const LATIN4 = allLatinSquares(4);
const alter = (ch: string) => String((Number(ch) % 4) + 1);

describe('futoshiki', () => {
  it('gives the exact known ground truth for a fixed seed', () => {
    const inst = make(futoshiki, 'futoshiki-known', { size: 4 });
    expect(inst.answer).toBe(KNOWN);
    expect(inst.truth.solution).toBe(KNOWN.replace(/\n/g, ''));
    expect(inst.evidence.length).toBe(inst.truth.less.length + [...inst.truth.givens].filter((g) => g !== '0').length);
  });

  it('certifies uniqueness: an independent brute force over all 576 4×4 Latin squares finds exactly the answer', () => {
    expect(LATIN4.length).toBe(576);
    for (let s = 0; s < 25; s++) {
      const inst = make(futoshiki, `brute-${s}`, { size: 4, givens: s % 3, signs: 0.2 });
      const t = inst.truth;
      const fits = LATIN4.filter((g) => t.less.every(([a, b]) => g[a] < g[b]) && [...t.givens].every((d, i) => d === '0' || Number(d) === g[i]));
      expect(fits.map((g) => g.join(''))).toEqual([t.solution]);
    }
  });

  it('rejects corrupted answers, stuffed grids, partial grids and echoes', () => {
    const inst = make(futoshiki, 'futoshiki-adv', { size: 4 });
    expectRejectsCorruptions('futoshiki', inst, alter);
    // A valid Latin square that breaks one inequality is caught by the rules, not only by comparison.
    const t = inst.truth;
    const wrong = LATIN4.find((g) => g.join('') !== t.solution && [...t.givens].every((d, i) => d === '0' || Number(d) === g[i]))!;
    const v = verify('futoshiki', `<answer>${wrong.join('')}</answer>`, t);
    expect(v.score).toBe(0);
    expect(v.reason).toMatch(/inequality|given/);
  });

  it('accepts tolerant answer forms', () => {
    expectTolerantForms('futoshiki', make(futoshiki, 'futoshiki-tol', {}, 3));
  });

  it('measures solver effort: harder levels search more', () => {
    const avg = (level: 1 | 5, key: string) => {
      let s = 0;
      for (let i = 0; i < 8; i++) s += make(futoshiki, `eff-${i}`, {}, level).features[key];
      return s / 8;
    };
    expect(avg(5, 'searchNodes')).toBeGreaterThan(avg(1, 'searchNodes'));
    expect(avg(5, 'forcedShare')).toBeLessThan(avg(1, 'forcedShare'));
  });

  it('names the field and allowed range on bad parameters', () => {
    expect(futoshiki.check!({ size: 4, givens: 16, signs: 0.3 })).toMatch(/givens: got 16; allowed for size 4: 0 to 15/);
  });
});

const KNOWN = '2341\n1234\n4123\n3412';
