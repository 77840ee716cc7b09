import { describe, expect, it } from 'vitest';
import { hitori, type HitoriTruth } from '../../generators/puzzles/hitori/index.js';
import { solveHitori } from '../../generators/puzzles/hitori/solver.js';
import { expectRandomCorruptionsFail, expectRejectsAdversarial, make, score, setCell } from './grid-logic-b-helpers.js';

/** Independent brute force: every subset of the cells whose number repeats, checked against the rules. */
function bruteForce(t: HitoriTruth): string[] {
  const n = t.size;
  const at = (r: number, c: number) => t.numbers[r * n + c];
  const repeating: number[] = [];
  for (let i = 0; i < n * n; i++) {
    const r = Math.floor(i / n);
    const c = i % n;
    let k = 0;
    for (let x = 0; x < n; x++) k += (at(r, x) === at(r, c) ? 1 : 0) + (at(x, c) === at(r, c) ? 1 : 0);
    if (k > 2) repeating.push(i);
  }
  const out: string[] = [];
  for (let mask = 0; mask < 1 << repeating.length; mask++) {
    const black = new Set(repeating.filter((_, k) => mask & (1 << k)));
    const ok = (() => {
      for (const i of black) if (black.has(i + n) || (i % n < n - 1 && black.has(i + 1))) return false;
      for (let r = 0; r < n; r++) {
        const rowSeen = new Set<string>();
        const colSeen = new Set<string>();
        for (let c = 0; c < n; c++) {
          if (!black.has(r * n + c)) {
            if (rowSeen.has(at(r, c))) return false;
            rowSeen.add(at(r, c));
          }
          if (!black.has(c * n + r)) {
            if (colSeen.has(at(c, r))) return false;
            colSeen.add(at(c, r));
          }
        }
      }
      // flood fill over unshaded cells
      const white = [...Array(n * n).keys()].filter((i) => !black.has(i));
      const seen = new Set([white[0]]);
      const stack = [white[0]];
      while (stack.length) {
        const i = stack.pop()!;
        for (const j of [i - n, i + n, i % n ? i - 1 : -1, i % n < n - 1 ? i + 1 : -1]) {
          if (j >= 0 && j < n * n && !black.has(j) && !seen.has(j)) {
            seen.add(j);
            stack.push(j);
          }
        }
      }
      return seen.size === white.length;
    })();
    if (ok) out.push(Array.from({ length: n * n }, (_, i) => (black.has(i) ? '#' : '.')).join(''));
  }
  return out;
}

describe('hitori', () => {
  it('gives the exact known ground truth for a fixed seed', () => {
    const inst = make(hitori, 2, 4);
    expect(inst.truth.numbers).toBe('3522433242533122145242531');
    expect(inst.answer).toBe('..#..\n#...#\n.#...\n....#\n.....');
  });

  it('has exactly one solution by independent brute force, equal to the stored one', () => {
    for (const level of [1, 2] as const) {
      for (let k = 0; k < 15; k++) {
        const inst = make(hitori, level, k);
        expect(bruteForce(inst.truth)).toEqual([inst.truth.solution]);
      }
    }
  });

  it('the solver counts a second solution where brute force finds several', () => {
    const t: HitoriTruth = { size: 4, numbers: '1123' + '2314' + '3421' + '4132', solution: '' };
    const brute = bruteForce(t);
    expect(brute.length).toBeGreaterThan(1);
    expect(solveHitori(4, [...t.numbers].map(Number), 2).solutions).toBe(2);
    expect(solveHitori(4, [...t.numbers].map(Number), 99).solutions).toBe(brute.length);
  });

  it('rejects corrupted, rule-breaking, stuffed and echoed answers', () => {
    const inst = make(hitori, 3, 2);
    const n = inst.truth.size;
    const s = inst.truth.solution;
    const shaded = s.indexOf('#');
    const r = Math.floor(shaded / n);
    const c = shaded % n;
    const unshadeOne = setCell(inst.answer, r, c, '.');
    const neighbour = c + 1 < n ? [r, c + 1] : [r, c - 1];
    const touching = setCell(inst.answer, neighbour[0], neighbour[1], '#');
    expectRejectsAdversarial('hitori', inst, [unshadeOne, touching, inst.answer.replace(/#/g, '.')]);
    const v = score('hitori', `<answer>${unshadeOne}</answer>`, inst.truth);
    expect(v.parts?.cells).toBeCloseTo(1 - 1 / (n * n));
    expect(v.reason).toMatch(/unshaded at both/);
  });

  it('refuses shading a number that does not repeat, and a cut-off unshaded area', () => {
    const t: HitoriTruth = { size: 4, numbers: '1234' + '2341' + '3412' + '4123', solution: '................' };
    expect(score('hitori', '<answer>\n#...\n....\n....\n....</answer>', t).reason).toMatch(/does not repeat/);
    const t2: HitoriTruth = { size: 4, numbers: '1134' + '1341' + '3412' + '4123', solution: '.#..#...........' };
    expect(score('hitori', '<answer>.#..\n#...\n....\n....</answer>', t2).reason).toMatch(/more than one area/);
  });

  it('parses tolerant forms: separators, row labels, other symbols, prose lines', () => {
    const inst = make(hitori, 2, 4);
    const spaced = inst.answer.split('\n').map((l, r) => `Row ${r + 1}: ${l.split('').join(' | ').replace(/#/g, 'B').replace(/\./g, 'W')}`).join('\n');
    expect(score('hitori', `<answer>The shading is:\n${spaced}</answer>`, inst.truth).score).toBe(1);
    expect(score('hitori', `\\boxed{${inst.answer.replace(/\n/g, ' ').replace(/#/g, 'x')}}`, inst.truth).score).toBe(1);
  });

  it('never scores 1 for random cell changes that alter the answer', () => {
    const inst = make(hitori, 3, 5);
    expectRandomCorruptionsFail('hitori', inst, '#.', (p) => p === inst.truth.solution);
  });
});
