import { describe, expect, it } from 'vitest';
import { Rng } from '../../core/rng.js';
import { cageLists, randomCages, splitCageAt } from '../../generators/puzzles/cages.js';
import { domainsFrom, latinConstraints, randomLatin, solve } from '../../generators/puzzles/csp.js';
import { allLatinSquares } from './grid-logic-helpers.js';

const connected = (cells: number[], n: number) => {
  const seen = new Set([cells[0]]);
  for (const q = [cells[0]]; q.length; ) {
    const i = q.pop()!;
    for (const j of [i - n, i + n, i % n ? i - 1 : -1, (i + 1) % n ? i + 1 : -1]) if (cells.includes(j) && !seen.has(j)) q.push(j), seen.add(j);
  }
  return seen.size === cells.length;
};

describe('grid-logic CSP solver', () => {
  it('counts every 4×4 Latin square, as the brute force does', () => {
    const r = solve({ cells: 16, values: 4, constraints: latinConstraints(4) }, domainsFrom(new Int8Array(16), 4), 10_000);
    expect(r.solutions).toBe(allLatinSquares(4).length);
  });

  it('stops at the limit, reports two different solutions, and honours the node budget', () => {
    const model = { cells: 25, values: 5, constraints: latinConstraints(5) };
    const r = solve(model, domainsFrom(new Int8Array(25), 5), 2);
    expect(r.solutions).toBe(2);
    expect(r.solution!.join('')).not.toBe(r.other!.join(''));
    const capped = solve(model, domainsFrom(new Int8Array(25), 5), 1_000_000, undefined, 50);
    expect(capped.aborted).toBe(true);
    expect(capped.nodes).toBeLessThanOrEqual(51);
  });

  it('fills random Latin squares deterministically from the seed', () => {
    const a = randomLatin(6, new Rng('x'));
    expect(randomLatin(6, new Rng('x')).join('')).toBe(a.join(''));
    expect(randomLatin(6, new Rng('y')).join('')).not.toBe(a.join(''));
    for (let k = 0; k < 6; k++) expect(new Set(a.slice(k * 6, k * 6 + 6)).size).toBe(6);
  });

  it('grows connected cages and splits them into connected, smaller cages', () => {
    const cageOf = randomCages(6, new Rng('c'), [0, 1, 3, 3, 2]);
    for (const cage of cageLists(cageOf)) expect(connected(cage, 6)).toBe(true);
    const big = cageLists(cageOf).findIndex((c) => c.length >= 3);
    const cell = cageLists(cageOf)[big][0];
    const split = splitCageAt(cageOf, cell, 6);
    expect(cageLists(split).length).toBeGreaterThan(cageLists(cageOf).length);
    for (const cage of cageLists(split)) expect(connected(cage, 6)).toBe(true);
    expect(cageLists(split).find((c) => c.includes(cell))!.length).toBeLessThan(cageLists(cageOf)[big].length);
  });
});
