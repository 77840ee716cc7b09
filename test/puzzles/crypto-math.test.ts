import { describe, expect, it } from 'vitest';
import { cryptoMath, type CryptoMathTruth } from '../../generators/puzzles/crypto-math/index.js';
import { solveCrypto } from '../../generators/puzzles/crypto-math/solver.js';
import { make, score } from './grid-logic-b-helpers.js';

const PER_LEVEL = process.env.VERIFORGE_SLOW ? 100 : 20;

/** Every assignment by plain enumeration of injective letter → digit maps (no pruning at all). */
function bruteForce(t: CryptoMathTruth): string[] {
  const letters = [...new Set([...t.terms, t.result].join(''))].sort();
  const words = [...t.terms, t.result];
  const out: string[] = [];
  const d = new Map<string, number>();
  const used = new Array<boolean>(10).fill(false);
  const value = (w: string) => Number([...w].map((l) => d.get(l)).join(''));
  const rec = (k: number) => {
    if (k === letters.length) {
      if (words.some((w) => w.length > 1 && d.get(w[0]) === 0)) return;
      if (Object.entries(t.fixed).some(([l, v]) => d.get(l) !== v)) return;
      if (t.terms.reduce((s, w) => s + value(w), 0) === value(t.result)) out.push(letters.map((l) => `${l}=${d.get(l)}`).join(', '));
      return;
    }
    for (let v = 0; v < 10; v++) {
      if (used[v]) continue;
      used[v] = true;
      d.set(letters[k], v);
      rec(k + 1);
      used[v] = false;
    }
  };
  rec(0);
  return out;
}

describe('crypto-math', () => {
  it('solves the classic SEND + MORE = MONEY', () => {
    const r = solveCrypto({ terms: ['SEND', 'MORE'], result: 'MONEY', fixed: {} }, 2);
    expect(r.solutions).toBe(1);
    expect(r.first).toEqual({ D: 7, E: 5, M: 1, N: 6, O: 0, R: 8, S: 9, Y: 2 });
  });

  it('the unique solution agrees with plain enumeration', () => {
    let checked = 0;
    for (let i = 0; i < 30 && checked < 4; i++) {
      const inst = make(cryptoMath, 1, i);
      if (Object.keys(inst.truth.solution).length > 7) continue;
      expect(bruteForce(inst.truth)).toEqual([inst.answer]);
      checked++;
    }
    expect(checked).toBe(4);
  });

  it(`${PER_LEVEL} items per level: uniqueness re-certified with the givens, own answer scores 1`, () => {
    for (const level of [1, 2, 3, 4, 5] as const) {
      for (let i = 0; i < PER_LEVEL; i++) {
        const inst = make(cryptoMath, level, i);
        const again = solveCrypto(inst.truth, 5);
        expect(again.solutions).toBe(1);
        expect(again.first).toEqual(inst.truth.solution);
        expect(Object.keys(inst.truth.fixed).length).toBeLessThanOrEqual(Math.floor(Object.keys(inst.truth.solution).length / 3));
        expect(score('crypto-math', `<answer>${inst.answer}</answer>`, inst.truth).score).toBe(1);
      }
    }
  });

  it('accepts tolerant forms and rejects wrong, partial, duplicated, stuffed and echoed answers', () => {
    const inst = make(cryptoMath, 3, 2);
    const t = inst.truth;
    const pairs = inst.answer.split(', ');
    const ok = [`{${pairs.map((p) => `"${p.replace('=', '": ')}`).join(', ')}}`, `[${pairs.map((p) => `"${p.replace('=', '"=')}`).join(',')}]`, pairs.reverse().join('; ').toLowerCase()];
    for (const o of ok) expect(score('crypto-math', `<answer>${o}</answer>`, t).score, o).toBe(1);
    const letters = Object.keys(t.solution);
    const swap = letters.map((l, k) => `${l}=${k < 2 ? t.solution[letters[1 - k]] : t.solution[l]}`).join(', ');
    const bad = [
      swap,
      letters.slice(1).map((l) => `${l}=${t.solution[l]}`).join(', '),
      letters.map((l) => `${l}=1`).join(', '),
      `${inst.answer}, Z=5`.replace(/, Z=5$/, letters.includes('Z') ? '' : ', Z=5'),
      `${inst.answer} or ${swap}`,
      letters.map((l) => `${l}=${t.solution[l]}${t.solution[l]}`).join(', '),
      JSON.stringify(t),
      '',
    ];
    for (const b of bad) expect(score('crypto-math', `<answer>${b}</answer>`, t).score, b).toBe(0);
    expect(score('crypto-math', inst.question, t).score).toBe(0);
    expect(score('crypto-math', `<answer>${inst.textOnly}</answer>`, t).score).toBe(0);
    expect(score('crypto-math', `<answer>${'A=1, '.repeat(50000)}</answer>`, t).score).toBe(0);
  });

  it('refuses an assignment that breaks a given digit or leads with zero', () => {
    const t: CryptoMathTruth = { terms: ['AB', 'BA'], result: 'CC', fixed: { B: 2 }, solution: { A: 1, B: 2, C: 3 } };
    expect(score('crypto-math', '<answer>A=1, B=2, C=3</answer>', t).score).toBe(1);
    // 21 + 12 = 33 holds, but B is given as 2.
    expect(score('crypto-math', '<answer>A=2, B=1, C=3</answer>', t).reason).toMatch(/given/);
    const z: CryptoMathTruth = { terms: ['A', 'A'], result: 'BC', fixed: {}, solution: { A: 5, B: 1, C: 0 } };
    expect(score('crypto-math', '<answer>A=0, B=0, C=0</answer>', z).score).toBe(0);
  });
});
