import { describe, expect, it } from 'vitest';
import { applyPresses, solveLights } from '../../generators/puzzles/lights-out/gf2.js';
import { Rng } from '../../core/rng.js';
import { makeItem, score, tagged } from './games-helpers.js';

/** Independent check: try every press set of a small board. */
function bruteForce(n: number, lights: Uint8Array) {
  let min = Infinity;
  let solutions = 0;
  let minimal = 0;
  for (let mask = 0; mask < 2 ** (n * n); mask++) {
    const x = Uint8Array.from({ length: n * n }, (_, i) => (mask >> i) & 1);
    if (applyPresses(n, lights, x).some(Boolean)) continue;
    solutions++;
    const k = x.reduce((s, v) => s + v, 0);
    if (k < min) [min, minimal] = [k, 1];
    else if (k === min) minimal++;
  }
  return { min, solutions, minimal };
}

describe('lights-out GF(2) solver', () => {
  it('agrees with exhaustive search on random 3×3 and 4×4 boards, including unsolvable ones', () => {
    const rng = new Rng('lights-brute');
    for (const n of [3, 4]) {
      for (let k = 0; k < (n === 3 ? 40 : 3); k++) {
        const lights = Uint8Array.from({ length: n * n }, () => (rng.chance(0.5) ? 1 : 0));
        const b = bruteForce(n, lights);
        const s = solveLights(n, lights);
        if (!b.solutions) {
          expect(s).toBeNull();
          continue;
        }
        expect(s!.minPresses).toBe(b.min);
        expect(2 ** s!.nullity).toBe(b.solutions);
        expect(s!.minimalCount).toBe(b.minimal);
        expect(applyPresses(n, lights, s!.presses).some(Boolean)).toBe(false);
      }
    }
  });
});

describe('lights-out task', () => {
  it('gives exact ground truth on a known seed', () => {
    const a = makeItem('lights-out', 'known', 1);
    expect(a.truth.lights).toBe('101001100');
    expect(a.answer).toBe('B1, B2, A3');
    expect(a.features.minPresses).toBe(3);
    expect(a.features.nullity).toBe(0); // 3×3 boards have exactly one solution
    expect(a.question).not.toContain(`<answer>${a.answer}</answer>`);
  });

  it('accepts every solution of a 4×4 board (quiet patterns give several), not only the stored one', () => {
    const a = makeItem('lights-out', 'four', 2);
    const n = 4;
    const lights = Uint8Array.from(a.truth.lights, Number);
    let accepted = 0;
    for (let mask = 0; mask < 2 ** 16; mask++) {
      const x = Uint8Array.from({ length: 16 }, (_, i) => (mask >> i) & 1);
      if (applyPresses(n, lights, x).some(Boolean)) continue;
      const cells = [...x.keys()].filter((i) => x[i]).map((i) => `${'ABCD'[i % n]}${Math.floor(i / n) + 1}`);
      expect(score('lights-out', tagged(cells.join(' and ')), a.truth).score).toBe(1);
      const minimalOnly = score('lights-out', tagged(cells.join(',')), a.truth, { requireMinimal: true }).score;
      expect(minimalOnly).toBe(cells.length === a.truth.minPresses ? 1 : 0);
      accepted++;
    }
    expect(accepted).toBe(16); // nullity 4 on 4×4
  });

  it('scores wrong, repeated, stuffed and echoed answers below 1', () => {
    const a = makeItem('lights-out', 'bad', 3);
    const cells = a.answer.split(', ');
    const v = score('lights-out', tagged(cells.slice(1).join(', ')), a.truth, { partialCredit: true });
    expect(v.score).toBeLessThan(1);
    expect(v.score).toBeGreaterThan(0);
    expect(score('lights-out', tagged(`${a.answer}, ${cells[0]}`), a.truth).reason).toMatch(/twice/);
    expect(score('lights-out', tagged(`${a.answer} or ${a.answer}`), a.truth).score).toBe(0);
    expect(score('lights-out', tagged('A1, Z9'), a.truth).reason).toMatch(/off the/);
    expect(score('lights-out', `<answer>${a.question}</answer>`, a.truth).score).toBe(0);
    expect(score('lights-out', tagged(a.answer.toLowerCase().replace(/, /g, ' ')), a.truth).score).toBe(1);
    expect(score('lights-out', tagged(cells.map((c) => `r${c.slice(1)}c${c.charCodeAt(0) - 64}`).join(';')), a.truth).score).toBe(1);
  });
});
