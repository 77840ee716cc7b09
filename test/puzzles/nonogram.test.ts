import { describe, expect, it } from 'vitest';
import { blocks, nonogram } from '../../generators/puzzles/nonogram/index.js';
import { verify } from '../../verifiers/index.js';
import { expectRejectsCorruptions, expectTolerantForms, make } from './grid-logic-helpers.js';

const alter = (ch: string) => (ch === '#' ? '.' : '#');

/** Runs of 1s, restated independently of the generator. */
const runs = (line: number[]) => line.join('').split('0').filter(Boolean).map((s) => s.length);
const same = (a: number[], b: number[]) => a.join(',') === b.join(',');

/** Every n×n 0/1 grid meeting all clues: all 2^n rows per row clue, combined, then columns checked. */
function bruteForce(n: number, rowClues: number[][], colClues: number[][]): string[] {
  const all = Array.from({ length: 1 << n }, (_, m) => Array.from({ length: n }, (_, c) => (m >> (n - 1 - c)) & 1));
  const options = rowClues.map((clue) => all.filter((row) => same(runs(row), clue)));
  const out: string[] = [];
  const grid: number[][] = [];
  const rec = (r: number) => {
    if (r === n) {
      if (colClues.every((clue, c) => same(runs(grid.map((row) => row[c])), clue))) out.push(grid.flat().join(''));
      return;
    }
    for (const row of options[r]) {
      grid.push(row);
      rec(r + 1);
      grid.pop();
    }
  };
  rec(0);
  return out;
}

describe('nonogram', () => {
  it('computes block clues', () => {
    expect(blocks([1, 1, 0, 1, 0, 0, 1, 1, 1])).toEqual([2, 1, 3]);
    expect(blocks([0, 0, 0])).toEqual([]);
  });

  it('gives the exact known ground truth for a fixed seed', () => {
    const inst = make(nonogram, 'nonogram-known', {}, 1);
    expect(inst.answer).toBe(KNOWN);
    expect(inst.truth.rowClues).toEqual(KNOWN.split('\n').map((l) => runs([...l].map((ch) => (ch === '#' ? 1 : 0)))));
    expect(inst.evidence).toEqual([...Array(5).keys()].map((k) => `rowclue-r${k}`).concat([...Array(5).keys()].map((k) => `colclue-c${k}`)));
  });

  it('certifies uniqueness: an independent brute force finds exactly the answer (4×4 to 6×6)', () => {
    for (let s = 0; s < 24; s++) {
      const n = 4 + (s % 3);
      const t = make(nonogram, `brute-${s}`, { size: n, density: 0.4 + (s % 4) * 0.1 }).truth;
      expect(bruteForce(n, t.rowClues, t.colClues)).toEqual([t.solution]);
    }
  });

  it('rejects corrupted answers, stuffed grids, partial grids and echoes', () => {
    const inst = make(nonogram, 'nonogram-adv', {}, 2);
    expectRejectsCorruptions('nonogram', inst, alter);
    // The clues are checked: a grid with a wrong run count names the line.
    const t = inst.truth;
    const lines = inst.answer.split('\n');
    lines[0] = lines[0].replace(/#/g, '.');
    expect(verify('nonogram', `<answer>${lines.join('\n')}</answer>`, t).reason).toMatch(/row 1|column/);
  });

  it('accepts tolerant answer forms: # or 1 or X or ■ for shaded, . or 0 or □ for empty', () => {
    const inst = make(nonogram, 'nonogram-tol', {}, 3);
    const a = inst.answer;
    expectTolerantForms('nonogram', inst, [a.replace(/#/g, '1').replace(/\./g, '0'), a.replace(/#/g, 'X'), a.replace(/#/g, '■').replace(/\./g, '□')]);
  });

  it('measures solver effort and retries pictures until unique', () => {
    const f = make(nonogram, 'nonogram-f', {}, 5).features;
    expect(f.size).toBe(15);
    expect(f.prunes).toBeGreaterThan(30);
    expect(f.pictures).toBeGreaterThanOrEqual(1);
  });
});

const KNOWN = '.##..\n###..\n##...\n.####\n..###';
