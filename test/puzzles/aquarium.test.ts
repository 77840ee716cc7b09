import { describe, expect, it } from 'vitest';
import { aquarium, type AquariumTruth } from '../../generators/puzzles/aquarium/index.js';
import { expectRandomCorruptionsFail, expectRejectsAdversarial, make, score, setCell } from './grid-logic-b-helpers.js';
import { withPerception } from '../../generators/puzzles/perceive.js';

const PER_LEVEL = process.env.VERIFORGE_SLOW ? 100 : 20;

/**
 * Every filling by enumerating water levels tank by tank (not cells, as the generator's CSP does):
 * each tank takes a top row from its highest row to one below its lowest (empty); a partial choice
 * is cut when a row or column already holds more water than its count, or can no longer reach it
 * with every cell of the tanks still to come.
 */
function byLevels(t: AquariumTruth): string[] {
  const n = t.cols;
  const tanks = [...new Set(t.regions)].map((k) => t.regions.flatMap((r, i) => (r === k ? [i] : [])));
  const rowHave = new Array<number>(t.rows).fill(0);
  const colHave = new Array<number>(n).fill(0);
  const wet = new Uint8Array(t.rows * n);
  const out: string[] = [];
  const restRow = tanks.map((_, k) => Array.from({ length: t.rows }, (_, r) => tanks.slice(k).flat().filter((i) => Math.floor(i / n) === r).length));
  const restCol = tanks.map((_, k) => Array.from({ length: n }, (_, c) => tanks.slice(k).flat().filter((i) => i % n === c).length));
  const reachable = (k: number) => k === tanks.length || (rowHave.every((v, r) => v + restRow[k][r] >= t.rowCounts[r]) && colHave.every((v, c) => v + restCol[k][c] >= t.colCounts[c]));
  const rec = (k: number) => {
    if (k === tanks.length) {
      if (rowHave.every((v, r) => v === t.rowCounts[r]) && colHave.every((v, c) => v === t.colCounts[c])) out.push(Array.from(wet, (w) => (w ? '#' : '.')).join(''));
      return;
    }
    const rows = tanks[k].map((i) => Math.floor(i / n));
    for (let top = Math.min(...rows); top <= Math.max(...rows) + 1; top++) {
      const cells = tanks[k].filter((i) => Math.floor(i / n) >= top);
      cells.forEach((i) => ((wet[i] = 1), rowHave[Math.floor(i / n)]++, colHave[i % n]++));
      if (cells.every((i) => rowHave[Math.floor(i / n)] <= t.rowCounts[Math.floor(i / n)] && colHave[i % n] <= t.colCounts[i % n]) && reachable(k + 1)) rec(k + 1);
      cells.forEach((i) => ((wet[i] = 0), rowHave[Math.floor(i / n)]--, colHave[i % n]--));
    }
  };
  rec(0);
  return out;
}

describe('aquarium', () => {
  it('gives the exact known ground truth for a fixed seed', () => {
    const inst = make(aquarium, 1, 0);
    expect(inst.answer).toBe('##..\n....\n##..\n##..');
    expect(inst.truth.regions).toEqual([0, 0, 1, 2, 3, 3, 2, 2, 4, 4, 2, 2, 4, 4, 2, 2]);
    expect(inst.truth.rowCounts).toEqual([2, 0, 2, 2]);
    expect(byLevels(inst.truth)).toEqual([inst.truth.solution]);
  });

  it(`exactly one filling by tank-level enumeration, the stored one (${PER_LEVEL} items per level)`, () => {
    for (const level of [1, 2, 3, 4, 5] as const) for (let i = 0; i < PER_LEVEL; i++) {
      const t = make(aquarium, level, i).truth;
      expect(byLevels(t), `level ${level} #${i}`).toEqual([t.solution]);
    }
  });

  it('accepts other symbols; rejects floating water, wrong counts, stuffed and echoed answers', () => {
    const inst = make(aquarium, 3, 2);
    const t = inst.truth;
    const n = t.cols;
    expect(score('aquarium', `<answer>${inst.answer.replace(/#/g, '~').replace(/\./g, '_')}</answer>`, t).score).toBe(1);
    expect(score('aquarium', `<answer>${inst.answer.replace(/#/g, '1 ').replace(/\./g, '0 ')}</answer>`, t).score).toBe(1);
    const on = t.solution.indexOf('#');
    const off = t.solution.lastIndexOf('.');
    const drained = setCell(inst.answer, Math.floor(on / n), on % n, '.');
    const flooded = setCell(inst.answer, Math.floor(off / n), off % n, '#');
    expectRejectsAdversarial('aquarium', inst, [drained, flooded, inst.answer.replace(/#/g, '.'), inst.answer.replace(/\./g, '#')]);
    expect(score('aquarium', `<answer>${drained}</answer>`, t).parts?.cells).toBeCloseTo(1 - 1 / (n * n));
    expectRandomCorruptionsFail('aquarium', inst, '#.', (s) => s === t.solution);
  });

  it('refuses water that floats even when every count fits', () => {
    // One 2×2 tank and two 1-cell tanks; counts fit a wet top row over a dry bottom row.
    const t: AquariumTruth = { rows: 2, cols: 2, regions: [0, 0, 0, 0], rowCounts: [1, 1], colCounts: [2, 0], solution: '#.#.' };
    expect(score('aquarium', '<answer>\n#.\n#.\n</answer>', t).reason).toMatch(/dry below or beside/);
    const tall: AquariumTruth = { rows: 2, cols: 2, regions: [0, 1, 0, 1], rowCounts: [1, 1], colCounts: [1, 1], solution: '.#.#' };
    expect(score('aquarium', '<answer>\n#.\n.#\n</answer>', tall).reason).toMatch(/dry below/);
    expect(score('aquarium', '<answer>\n.#\n.#\n</answer>', { ...tall, colCounts: [0, 2] }).score).toBe(1);
  });

  it('perceive mode: the transcribed counts and tanks agree with the certified filling', () => {
    const seen = make(withPerception(aquarium), 3, 4, { mode: 'perceive' });
    const t = make(aquarium, 3, 4).truth;
    const cells = (seen.truth as unknown as { perceive: { cells: string[] } }).perceive.cells;
    const n = t.cols;
    expect(cells.slice(0, n).map(Number)).toEqual(Array.from({ length: n }, (_, c) => [...t.solution].filter((ch, i) => ch === '#' && i % n === c).length));
    for (let r = 0; r < n; r++) {
      const line = cells.slice((r + 1) * (n + 1), (r + 2) * (n + 1));
      expect(Number(line[n])).toBe(t.solution.slice(r * n, (r + 1) * n).split('#').length - 1);
      for (let c = 0; c + 1 < n; c++) expect(line[c] === line[c + 1]).toBe(t.regions[r * n + c] === t.regions[r * n + c + 1]);
    }
  });
});
