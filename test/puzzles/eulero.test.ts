import { describe, expect, it } from 'vitest';
import { eulero, type EuleroTruth } from '../../generators/puzzles/eulero/index.js';
import { allLatinSquares } from './grid-logic-helpers.js';
import { expectRejectsAdversarial, make, score } from './grid-logic-b-helpers.js';

const PER_LEVEL = process.env.VERIFORGE_SLOW ? 100 : 20;
const squares = new Map<number, number[][]>();
const latin = (n: number) => squares.get(n) ?? squares.set(n, allLatinSquares(n)).get(n)!;

/** Every completion, by plain enumeration: Latin squares fitting the given letters × those fitting the given numbers, kept when orthogonal. */
function bruteForce(t: EuleroTruth): string[] {
  const n = t.size;
  const fits = (given: string, sym: (v: number) => string) => latin(n).filter((sq) => sq.every((v, i) => given[i] === '.' || given[i] === sym(v)));
  const ls = fits(t.letters, (v) => String.fromCharCode(64 + v));
  const vs = fits(t.numbers, (v) => String(v));
  const out: string[] = [];
  for (const a of ls) for (const b of vs) if (new Set(a.map((x, i) => x * 10 + b[i])).size === n * n) out.push(a.map((x, i) => String.fromCharCode(64 + x) + b[i]).join(' '));
  return out;
}

const flat = (answer: string) => answer.split('\n').join(' ');

describe('eulero', () => {
  it('gives the exact known ground truth for a fixed seed, equal to brute force', () => {
    const inst = make(eulero, 1, 0);
    expect(bruteForce(inst.truth)).toEqual([flat(inst.answer)]);
    expect(inst.truth.size).toBe(3);
  });

  it(`levels 1–3: exactly one completion by plain enumeration (${PER_LEVEL} items each)`, () => {
    for (const level of [1, 2, 3] as const) for (let i = 0; i < PER_LEVEL; i++) {
      const inst = make(eulero, level, i);
      expect(bruteForce(inst.truth)).toEqual([flat(inst.answer)]);
    }
  });

  it('levels 4–5 (5×5): exactly one completion by plain enumeration on a few items', () => {
    for (const level of [4, 5] as const) for (let i = 0; i < 2; i++) {
      const inst = make(eulero, level, i);
      expect(bruteForce(inst.truth)).toEqual([flat(inst.answer)]);
    }
  });

  it('rejects rule-breaking, given-breaking, stuffed and echoed answers; accepts tolerant forms', () => {
    const inst = make(eulero, 3, 3);
    const rows = inst.answer.split('\n').map((l) => l.split(' '));
    const swapRow = rows.map((r, k) => (k === 0 ? [r[1], r[0], ...r.slice(2)] : r)).map((r) => r.join(' ')).join('\n');
    const pairClash = rows.map((r, k) => (k === 0 ? [r[0][0] + r[1][1], r[1][0] + r[0][1], ...r.slice(2)] : r)).map((r) => r.join(' ')).join('\n');
    const outOfRange = inst.answer.replace(/^[A-Z]/, 'Z');
    expectRejectsAdversarial('eulero', inst, [swapRow, pairClash, outOfRange, inst.answer.replace(/\d/g, '1')]);
    expect(score('eulero', `<answer>\nThe grid:\n${rows.map((r, k) => `Row ${k + 1}: ${r.join(', ').toLowerCase()}`).join('\n')}\n</answer>`, inst.truth).score).toBe(1);
    expect(score('eulero', `<answer>${rows.map((r) => `| ${r.join(' | ')} |`).join('\n')}</answer>`, inst.truth).score).toBe(1);
    const v = score('eulero', `<answer>${swapRow}</answer>`, inst.truth);
    expect(v.parts?.cells).toBeCloseTo(1 - 2 / 16);
  });
});
