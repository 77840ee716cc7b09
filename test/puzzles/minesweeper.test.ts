import { describe, expect, it } from 'vitest';
import { deriveSeed } from '../../core/rng.js';
import { around, forcedCells } from '../../generators/puzzles/minesweeper/logic.js';
import { makeItem, score, tagged } from './games-helpers.js';

/** Independent check: every mine assignment of the covered cells next to a number, kept when all numbers agree. */
function bruteForced(rows: number, cols: number, shown: Int8Array) {
  const frontier = [...shown.keys()].filter((i) => shown[i] < 0 && around(rows, cols, i).some((j) => shown[j] >= 0));
  const numbered = [...shown.keys()].filter((i) => shown[i] >= 0);
  const always = frontier.map(() => [true, true]); // [always safe, always mine]
  let solutions = 0;
  for (let mask = 0; mask < 2 ** frontier.length; mask++) {
    const mine = new Map(frontier.map((cell, k) => [cell, (mask >> k) & 1]));
    const ok = numbered.every((i) => around(rows, cols, i).reduce((s, j) => s + (mine.get(j) ?? 0), 0) === shown[i]);
    if (!ok) continue;
    solutions++;
    frontier.forEach((_, k) => ((mask >> k) & 1 ? (always[k][0] = false) : (always[k][1] = false)));
  }
  return { solutions, mines: frontier.filter((_, k) => always[k][1]).sort((a, b) => a - b), safe: frontier.filter((_, k) => always[k][0]).sort((a, b) => a - b) };
}

const toShown = (board: string) => Int8Array.from(board, (ch) => (ch === '#' ? -1 : Number(ch)));
const name = ([r, c]: [number, number]) => `${String.fromCharCode(65 + c)}${r + 1}`;

describe('minesweeper constraint solver', () => {
  it('matches exhaustive enumeration on generated boards with small frontiers', () => {
    let checked = 0;
    for (let i = 0; checked < 25 && i < 200; i++) {
      const a = makeItem('minesweeper', `brute-${i}`, 1);
      const shown = toShown(a.truth.board);
      const f = forcedCells({ rows: 6, cols: 6, shown });
      if (f.frontier.length > 16) continue;
      const b = bruteForced(6, 6, shown);
      expect(b.solutions).toBeGreaterThan(0);
      expect(f.mines).toEqual(b.mines);
      expect(f.safe).toEqual(b.safe);
      checked++;
    }
    expect(checked).toBe(25);
  });

  it('solves independent regions apart: a board that once took 234 million nodes now takes few', () => {
    const a = makeItem('minesweeper', deriveSeed('bench', 'minesweeper', 25), 5);
    expect(a.features.searchNodes).toBeLessThan(200_000);
  });

  it('needs more than single-number rules on a 1-2-1 pattern', () => {
    // Row of numbers 1 2 1 above three covered cells: the outer two are mines, the middle is safe.
    const shown = toShown(['121', '###'].join(''));
    const f = forcedCells({ rows: 2, cols: 3, shown });
    expect(f.mines).toEqual([3, 5]);
    expect(f.safe).toEqual([4]);
  });
});

describe('minesweeper task', () => {
  it('gives exact ground truth on a known seed', () => {
    const a = makeItem('minesweeper', 'k1', 1);
    expect(a.truth.board).toBe('002###002###012###01####01111#00001#');
    expect(a.truth.ask).toBe('mines');
    expect(a.answer).toBe('D1, D2, C4');
  });

  it('accepts the set in any order, case and cell notation', () => {
    const a = makeItem('minesweeper', 'k1', 1);
    const cells = a.truth.cells as [number, number][];
    expect(score('minesweeper', tagged(cells.map(name).reverse().join(' and ').toLowerCase()), a.truth).score).toBe(1);
    expect(score('minesweeper', tagged(cells.map(([r, c]) => `r${r + 1}c${c + 1}`).join('; ')), a.truth).score).toBe(1);
    expect(score('minesweeper', tagged(`mines: ${cells.map(name).join(', ')}`), a.truth).score).toBe(1);
  });

  it('scores extra, missing, revealed, stuffed and echoed answers below 1', () => {
    const a = makeItem('minesweeper', 'k1', 1);
    const names = (a.truth.cells as [number, number][]).map(name);
    const covered = [...a.truth.board].map((ch, i) => (ch === '#' ? name([Math.floor(i / 6), i % 6]) : '')).filter(Boolean);
    const v = score('minesweeper', tagged(names.slice(1).join(', ')), a.truth, { partialCredit: true });
    expect(v.score).toBeGreaterThan(0);
    expect(v.score).toBeLessThan(1);
    expect(v.reason).toMatch(/missing/);
    expect(score('minesweeper', tagged(covered.join(', ')), a.truth).score).toBe(0); // every covered cell
    expect(score('minesweeper', tagged(`${names.join(', ')}, A1`), a.truth).reason).toMatch(/revealed/);
    expect(score('minesweeper', tagged(`${names.join(', ')} or ${covered.join(', ')}`), a.truth).score).toBe(0);
    expect(score('minesweeper', tagged('none'), a.truth).score).toBe(0);
    expect(score('minesweeper', a.question, a.truth).score).toBe(0);
  });

  it('certified cells agree with single-rule deduction share and ask both kinds', () => {
    const asks = new Set<string>();
    for (let i = 0; i < 20; i++) {
      const a = makeItem('minesweeper', `mix-${i}`, 3);
      asks.add(a.truth.ask);
      expect(a.features.trivialShare).toBeGreaterThanOrEqual(0);
      expect(a.features.trivialShare).toBeLessThanOrEqual(1);
      expect(a.truth.cells.length).toBe(a.features.asked);
    }
    expect([...asks].sort()).toEqual(['mines', 'safe']);
  });
});
