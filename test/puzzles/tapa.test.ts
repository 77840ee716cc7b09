import { describe, expect, it } from 'vitest';
import { tapa, type TapaTruth } from '../../generators/puzzles/tapa/index.js';
import { solveTapa } from '../../generators/puzzles/tapa/solver.js';
import { expectRandomCorruptionsFail, expectRejectsAdversarial, make, score, setCell } from './grid-logic-b-helpers.js';
import { withPerception } from '../../generators/puzzles/perceive.js';

const PER_LEVEL = process.env.VERIFORGE_SLOW ? 100 : 20;

/** Runs of black around a cell, counted afresh here (not the generator's helper): ascending, [0] for none. */
function runs(t: TapaTruth, black: Uint8Array, i: number): string {
  const n = t.cols;
  const [r, c] = [Math.floor(i / n), i % n];
  const ring = [[-1, -1], [-1, 0], [-1, 1], [0, 1], [1, 1], [1, 0], [1, -1], [0, -1]].map(([dr, dc]) => (r + dr >= 0 && r + dr < t.rows && c + dc >= 0 && c + dc < n ? black[(r + dr) * n + c + dc] : 0));
  const doubled = [...ring, ...ring];
  const out: number[] = [];
  const start = ring.indexOf(0);
  if (start < 0) return '8';
  for (let s = start, run = 0; s <= start + 8; s++) {
    if (doubled[s]) run++;
    else if (run) out.push(run), (run = 0);
  }
  return (out.length ? out.sort((a, b) => a - b) : [0]).join(',');
}

/**
 * Every shading by plain backtracking in reading order: a clue is checked once its last neighbour
 * is decided, a 2×2 square at its bottom-right cell, connectivity on the full grid.
 */
function plainSearch(t: TapaTruth): string[] {
  const n = t.cols;
  const N = t.rows * n;
  const black = new Uint8Array(N);
  const out: string[] = [];
  const lastOfRing = (i: number) => Math.min(N - 1, Math.min(Math.floor(i / n) + 1, t.rows - 1) * n + Math.min((i % n) + 1, n - 1));
  const checkAt = Array.from({ length: N }, () => [] as number[]);
  t.clues.forEach((c, i) => c && checkAt[Math.max(i, lastOfRing(i))].push(i));
  const connected = () => {
    const all = [...black.keys()].filter((i) => black[i]);
    const seen = new Set(all.slice(0, 1));
    const stack = all.slice(0, 1);
    while (stack.length) {
      const i = stack.pop()!;
      for (const j of [i - n, i + n, i % n ? i - 1 : -1, i % n < n - 1 ? i + 1 : -1]) if (j >= 0 && j < N && black[j] && !seen.has(j)) seen.add(j), stack.push(j);
    }
    return seen.size === all.length;
  };
  const rec = (i: number) => {
    if (i === N) {
      if (connected()) out.push(Array.from(black, (b) => (b ? '#' : '.')).join(''));
      return;
    }
    for (const v of t.clues[i] ? [0] : [0, 1]) {
      black[i] = v;
      const [r, c] = [Math.floor(i / n), i % n];
      const block = r > 0 && c > 0 && black[i] && black[i - 1] && black[i - n] && black[i - n - 1];
      if (!block && checkAt[i].every((k) => runs(t, black, k) === t.clues[k]!.join(','))) rec(i + 1);
    }
    black[i] = 0;
  };
  rec(0);
  return out;
}

describe('tapa', () => {
  it('gives the exact known ground truth for a fixed seed', () => {
    const inst = make(tapa, 1, 0);
    expect(inst.answer).toBe('.###\n.#.#\n...#\n....');
    expect(plainSearch(inst.truth)).toEqual([inst.truth.solution]);
  });

  it(`levels 1–3: exactly one shading by plain backtracking, the stored one (${PER_LEVEL} items each at levels 1–2, ${PER_LEVEL / 4} at 3)`, () => {
    for (const level of [1, 2, 3] as const) for (let i = 0; i < (level < 3 ? PER_LEVEL : PER_LEVEL / 4); i++) {
      const t = make(tapa, level, i).truth;
      expect(plainSearch(t), `level ${level} #${i}`).toEqual([t.solution]);
    }
  });

  it(`levels 4–5: the transposed puzzle has one solution too, the stored one transposed (${PER_LEVEL} items each)`, () => {
    for (const level of [4, 5] as const) for (let i = 0; i < PER_LEVEL; i++) {
      const t = make(tapa, level, i).truth;
      const n = t.rows;
      const tr = (i: number) => (i % n) * n + Math.floor(i / n);
      const res = solveTapa({ rows: n, cols: n, clues: t.clues.map((_, i) => t.clues[tr(i)]) }, 2);
      expect(res.solutions).toBe(1);
      expect(Array.from({ length: n * n }, (_, i) => (res.solution![tr(i)] === 2 ? '#' : '.')).join('')).toBe(t.solution);
    }
  });

  it('accepts other symbols; rejects shaded clues, wrong runs, 2×2 blocks, split walls, stuffed and echoed answers', () => {
    const inst = make(tapa, 3, 2);
    const t = inst.truth;
    const n = t.cols;
    expect(score('tapa', `<answer>${inst.answer.replace(/#/g, 'x').replace(/\./g, 'o')}</answer>`, t).score).toBe(1);
    const on = t.solution.indexOf('#');
    const off = t.solution.split('').findIndex((ch, i) => ch === '.' && !t.clues[i]);
    const clueCell = t.clues.findIndex(Boolean);
    const removed = setCell(inst.answer, Math.floor(on / n), on % n, '.');
    const added = setCell(inst.answer, Math.floor(off / n), off % n, '#');
    const shadedClue = setCell(inst.answer, Math.floor(clueCell / n), clueCell % n, '#');
    expectRejectsAdversarial('tapa', inst, [removed, added, shadedClue, inst.answer.replace(/#/g, '.'), inst.answer.replace(/\./g, '#')]);
    expect(score('tapa', `<answer>${shadedClue}</answer>`, t).reason).toMatch(/clue cell/);
    expect(score('tapa', `<answer>${removed}</answer>`, t).parts?.cells).toBeCloseTo(1 - 1 / (n * n));
    expectRandomCorruptionsFail('tapa', inst, '#.', (s) => s === t.solution);
  });

  it('refuses a 2×2 block and a split wall even when every clue fits', () => {
    const block: TapaTruth = { rows: 3, cols: 3, clues: [null, null, null, null, null, null, null, null, [1]], solution: '##.##....' };
    expect(score('tapa', '<answer>\n##.\n##.\n...\n</answer>', block).reason).toMatch(/2×2/);
    const split: TapaTruth = { rows: 3, cols: 3, clues: [null, null, null, null, [1, 1], null, null, null, null], solution: '#.......#' };
    expect(score('tapa', '<answer>\n#..\n...\n..#\n</answer>', split).reason).toMatch(/connected/);
  });

  it('perceive mode: the transcribed clues are the runs around the certified shading', () => {
    const seen = make(withPerception(tapa), 3, 4, { mode: 'perceive' });
    const t = make(tapa, 3, 4).truth;
    const cells = (seen.truth as unknown as { perceive: { cells: string[] } }).perceive.cells;
    const black = Uint8Array.from(t.solution, (ch) => (ch === '#' ? 1 : 0));
    cells.forEach((c, i) => c !== '.' && expect([...c].join(',')).toBe(runs(t, black, i)));
    expect(cells.filter((c) => c !== '.').length).toBe(t.clues.filter(Boolean).length);
  });
});
