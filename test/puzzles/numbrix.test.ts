import { describe, expect, it } from 'vitest';
import { numbrix, randomPath, type NumbrixTruth } from '../../generators/puzzles/numbrix/index.js';
import { solveNumbrix } from '../../generators/puzzles/numbrix/solver.js';
import { Rng } from '../../core/rng.js';
import { make, score } from './grid-logic-b-helpers.js';
import { withPerception } from '../../generators/puzzles/perceive.js';

const PER_LEVEL = process.env.VERIFORGE_SLOW ? 100 : 20;

/** Every numbering by plain search: walks from each possible cell of 1, checking only the givens (no reach or cut-off pruning). */
function plainSearch(t: NumbrixTruth): string[] {
  const n = t.size;
  const N = n * n;
  const where = new Map(t.givens.flatMap((v, i) => (v ? [[v, i] as const] : [])));
  const val = new Array<number>(N).fill(0);
  const out: string[] = [];
  const rec = (i: number, v: number) => {
    if ((t.givens[i] && t.givens[i] !== v) || (where.has(v) && where.get(v) !== i)) return;
    val[i] = v;
    if (v === N) out.push(val.join(' '));
    else for (const j of [i - n, i + n, i % n ? i - 1 : -1, i % n < n - 1 ? i + 1 : -1]) if (j >= 0 && j < N && !val[j]) rec(j, v + 1);
    val[i] = 0;
  };
  for (let s = 0; s < N; s++) rec(s, 1);
  return out;
}

describe('numbrix', () => {
  it('gives the exact known ground truth for a fixed seed', () => {
    const inst = make(numbrix, 1, 0);
    expect(inst.truth.givens).toEqual([16, 0, 2, 1, 15, 4, 0, 0, 0, 0, 0, 0, 0, 0, 9, 8]);
    expect(inst.answer).toBe('16  3  2  1\n15  4  5  6\n14 11 10  7\n13 12  9  8');
    expect(plainSearch(inst.truth)).toEqual([inst.truth.solution.join(' ')]);
  });

  it('random paths are Hamiltonian paths of the grid', () => {
    for (const n of [3, 5, 8]) {
      const p = randomPath(new Rng(`path-${n}`), n);
      expect(new Set(p).size).toBe(n * n);
      for (let k = 1; k < p.length; k++) expect(Math.abs(Math.floor(p[k] / n) - Math.floor(p[k - 1] / n)) + Math.abs((p[k] % n) - (p[k - 1] % n))).toBe(1);
    }
  });

  it(`levels 1–3: exactly one numbering by plain search, the stored one (${PER_LEVEL} items each)`, () => {
    for (const level of [1, 2, 3] as const) for (let i = 0; i < PER_LEVEL; i++) {
      const t = make(numbrix, level, i).truth;
      expect(plainSearch(t), `level ${level} #${i}`).toEqual([t.solution.join(' ')]);
    }
  });

  it(`levels 4–5: the reversed numbering (k → n²+1−k) is unique too and maps back to the stored one (${PER_LEVEL} items each)`, () => {
    for (const level of [4, 5] as const) for (let i = 0; i < PER_LEVEL; i++) {
      const t = make(numbrix, level, i).truth;
      const N = t.size * t.size;
      const back = solveNumbrix({ size: t.size, givens: t.givens.map((v) => (v ? N + 1 - v : 0)) }, 2);
      expect(back.aborted).toBe(false);
      expect(back.solutions).toBe(1);
      expect(back.first!.map((v) => N + 1 - v)).toEqual(t.solution);
    }
  });

  it('accepts spaced, comma and bar forms; rejects broken paths, moved givens, stuffed and echoed answers', () => {
    const inst = make(numbrix, 3, 2);
    const t = inst.truth;
    const n = t.size;
    const rows = Array.from({ length: n }, (_, r) => t.solution.slice(r * n, (r + 1) * n));
    for (const ok of [inst.answer, rows.map((r) => r.join(', ')).join('\n'), rows.map((r) => `|${r.join('|')}|`).join('\n'), `Here is the grid:\n${rows.map((r, k) => `Row ${k + 1}: ${r.join(' ')}`).join('\n')}`]) {
      expect(score('numbrix', `<answer>${ok}</answer>`, t).score, ok).toBe(1);
    }
    const open = t.givens.findIndex((g) => !g);
    const open2 = t.givens.findIndex((g, i) => !g && i > open);
    const swapped = t.solution.slice();
    [swapped[open], swapped[open2]] = [swapped[open2], swapped[open]];
    const given = t.givens.findIndex((g) => g);
    const other = t.solution.findIndex((v) => v === (t.givens[given] === 1 ? 2 : t.givens[given] - 1));
    const movedGiven = t.solution.slice();
    [movedGiven[given], movedGiven[other]] = [movedGiven[other], movedGiven[given]];
    const reversed = t.solution.map((v) => n * n + 1 - v);
    const text = (vals: number[]) => Array.from({ length: n }, (_, r) => vals.slice(r * n, (r + 1) * n).join(' ')).join('\n');
    const bad = [text(swapped), text(movedGiven), text(reversed), text(t.solution.map(() => 1)), `${inst.answer}\n${inst.answer}`, inst.answer.slice(0, inst.answer.length / 2), `${inst.answer} 37`, ''];
    for (const b of bad) expect(score('numbrix', `<answer>${b}</answer>`, t).score, b).toBe(0);
    expect(score('numbrix', inst.question, t).score).toBe(0);
    expect(score('numbrix', `<answer>${inst.textOnly}</answer>`, t).score).toBe(0);
    const part = score('numbrix', `<answer>${text(swapped)}</answer>`, t);
    expect(part.parts?.cells).toBeCloseTo(1 - 2 / t.givens.filter((g) => !g).length);
  });

  it('perceive mode: the transcribed givens agree with the certified numbering', () => {
    const seen = make(withPerception(numbrix), 3, 4, { mode: 'perceive' });
    const t = make(numbrix, 3, 4).truth;
    const cells = (seen.truth as unknown as { perceive: { cells: string[] } }).perceive.cells;
    expect(cells.filter((c) => c !== '.').length).toBe(t.givens.filter(Boolean).length);
    cells.forEach((c, i) => c !== '.' && expect(Number(c)).toBe(t.solution[i]));
  });
});
